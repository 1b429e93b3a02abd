"""A refusal of the company's PDF form says where the form prints it, never the name of a PDF field.

The reader names a field by its name (`felt "d2_timer3" ("Timer") på side 1`), which the company's HR
person never saw: the form showed a page, the intern's block "Deltager 2 af N · P-… · name" and a line
of the week with a box under "Timer". Its page and the API's status now say "side 1, feltet "Timer" i uge
40 2026" under the intern's item, and an unsigned form "side N, feltet "Underskrevet af (navn)""
(stop 52). Expected words are read from the form as downloaded: its fields, their pages, their values.
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

import pytest
from company_sent_support import row_of, send
from flask import Flask
from page_support import client_of, demo_copy_fixture
from pypdf import PdfReader, PdfWriter

from hub.demo.company_filler import fill_pdf
from hub.extensions import db
from hub.queue import queue
from hub.services.reprocess import reprocess

demo = demo_copy_fixture("company-refusal-words", name="demo")
URL = "/company/form?agreement=falck-hovedstaden&kind=mentor_hours&format=pdf&period=2026-10"


def _fields(form: bytes) -> dict[str, tuple[str, int]]:
    """Every field of the form: its value as printed and the (1-based) page its box is on."""
    found = {}
    for number, page in enumerate(PdfReader(io.BytesIO(form)).pages, start=1):
        for annot in page.get("/Annots") or []:
            field = annot.get_object()
            if "/T" in field:
                found[str(field["/T"])] = (str(field.get("/V") or ""), number)
    return found


def _with(filled: bytes, values: dict[str, str]) -> bytes:
    """The filled form with some fields typed over, as a person would in their PDF program."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(filled)))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _status(company: Any, sent: dict[str, Any]) -> dict[str, Any]:
    answer = company.get(sent["status_url"], headers={"Accept": "application/json"})
    assert answer.status_code == 200, answer.get_data(as_text=True)
    return answer.get_json()  # type: ignore[no-any-return]


@pytest.mark.usefixtures("demo_today")  # Tuesday 1 December 2026
def test_hours_not_a_number_are_told_by_page_intern_and_week(demo: Flask) -> None:
    company = client_of(demo, "falck")
    form = company.get(URL).data
    fields = _fields(form)
    hours = {
        v: {w: "3.0" for n, (w, _) in fields.items() if n.startswith(f"{k[:-3]}_uge")}
        for k, (v, _) in fields.items()
        if re.fullmatch(r"d[0-9]+_id", k)
    }
    filled = fill_pdf(form, hours, "Mads Eksempel", date(2026, 11, 2))
    name, page = fields["d2_navn"][0], fields["d2_timer1"][1]
    week = re.fullmatch(r"uge ([0-9]{1,2}) ([0-9]{4})", fields["d2_uge1"][0])  # as printed (stop 63)
    assert week is not None
    sent = send(company, _with(filled, {"d2_timer1": "tre"}), "oktober.pdf")
    queue.run_burst(demo)
    status = _status(company, sent)
    assert status["status"] == "partial"
    [problem] = [p for item in status["items"] for p in item["problems"]]
    # The API's English: the page, the box's printed words and the week of its line, the intern named
    # by the item as the block heads it.
    assert problem["item"] == f"participant 2 ({name})"
    assert problem["locator"] == f'page {page}, the field "Timer" in week {int(week[1])} {week[2]}'
    assert problem["locator_da"] == f'side {page}, feltet "Timer" i uge {int(week[1])} {week[2]}'
    row = row_of(company.get("/company").get_data(as_text=True), "oktober.pdf")
    assert f"deltager 2 ({name}) / side {page}, feltet &#34;Timer&#34; i uge {int(week[1])}" in row
    assert "d2_timer1" not in row and "d2_timer1" not in str(status)


@pytest.mark.usefixtures("demo_today")
def test_an_unsigned_form_is_told_by_the_words_at_the_signature(demo: Flask) -> None:
    company = client_of(demo, "falck")
    form = company.get(URL).data
    fields = _fields(form)
    pid = next(v for k, (v, _) in fields.items() if k == "d1_id")
    week = fields["d1_uge1"][0]
    filled = fill_pdf(form, {pid: {week: "2.0"}}, "Mads Eksempel", date(2026, 11, 2))
    sent = send(company, _with(filled, {"underskrevet_af": ""}), "usigneret.pdf")
    queue.run_burst(demo)
    status = _status(company, sent)
    assert status["status"] == "rejected"
    page = fields["underskrevet_af"][1]
    [problem] = status["problems"]
    assert problem["locator"] == f'page {page}, the field "Underskrevet af (navn)"'
    assert problem["locator_da"] == f'side {page}, feltet "Underskrevet af (navn)"'
    assert "underskrevet_af" not in str(status)
    row = row_of(company.get("/company").get_data(as_text=True), "usigneret.pdf")
    assert f"side {page}, feltet &#34;Underskrevet af (navn)&#34;" in row
    assert "underskrevet_af" not in row
    # Read again after a change of the company's config (`hub reprocess`): still refused, said alike.
    with demo.app_context():
        reprocess(db.session, None, dry_run=False, actor="test")
        db.session.commit()
    assert _status(company, sent)["problems"] == status["problems"]
