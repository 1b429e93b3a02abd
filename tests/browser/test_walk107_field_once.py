"""In Chromium, walk-107's company: its own PDF form of mentor hours, a week's hours typed as 300, was
refused on the row as 'deltager 1 (…) / side 1, feltet "Timer" i uge 40 2026 / linje 1: timer: Timetallet
300 …': the place is already the box of that week's hours, and "linje 1: timer" only said the entry's
index in the record, in words the form never prints. The row says the place once, live and after a
reload."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from flask import Flask
from page_support import client_of, demo_copy_fixture
from playwright.sync_api import Page, expect
from pypdf import PdfReader
from upload_support import send_and_see_refused

from hub.demo.company_filler import fill_pdf

demo = demo_copy_fixture("walk107-field-once", name="demo")
FORM = "/company/form?agreement=falck-hovedstaden&kind=mentor_hours&format=pdf&period=2026-10"


@pytest.mark.usefixtures("demo_today")
def test_a_refused_hour_on_the_companys_pdf_form_is_placed_once(
    demo: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    form = client_of(demo, "falck").get(FORM).data
    printed = {
        name: str(f.get("/V") or "") for name, f in (PdfReader(io.BytesIO(form)).get_fields() or {}).items()
    }
    pid, name, week = printed["d1_id"], printed["d1_navn"], printed["d1_uge1"]
    sent = tmp_path / "mentortimer.pdf"
    sent.write_bytes(fill_pdf(form, {pid: {week: "300"}}, "Mads Eksempel", date(2026, 11, 2)))
    # Written from the form (its block "Deltager 1", the box "Timer" in the week's line) and the Danish of
    # hub/schemas/message_wordings.py's "hours … exceed the … hours of a week".
    line = (
        f'deltager 1 ({name}) / side 1, feltet "Timer" i {week}: Timetallet 300 overstiger ugens 168 timer.'
    )

    page = signed_in_page("falck", app=demo)
    page.goto("/company?agreement=falck-hovedstaden&period=2026-10")
    send_and_see_refused(demo, page, sent)
    # After the line of the document as a whole ("dokumentets ene post blev afvist").
    problem = page.locator("#upload-results ul.problems li").nth(1)
    expect(problem).to_have_text(f"Mentortimer (virksomhedens skema) / {line}")

    page.reload()
    row = page.locator("#recent tr", has=page.locator("th", has_text="mentortimer.pdf")).first
    row.locator("summary").click()
    stored = row.locator(".problems li").nth(1)
    expect(stored).to_contain_text(line)
    expect(stored).not_to_contain_text("linje")
