"""A dropdown (a combo box) whose box draws other lines of its list than the one its value holds: TCPDF
draws every line, one under the other, so that poppler shows "Kontanthjælp" over a cut "Uddannelseshjælp"
on an agreement whose value is `UDH` (decision 0060, "Stop 61: trial-76"). The value is read as before, and
its source keeps the lines drawn, said on the record page in both languages (decision 0025, "Stop 63:
pdf-77, a dropdown drawing other lines").

On Norddjurs' second placement agreement as TCPDF made it: `ydelse` holds `UDH`, its /Opt the five
benefits `[KTH Kontanthjælp] [UDH Uddannelseshjælp] [SDP Sygedagpenge] [LYD Ledighedsydelse] [RFY
Ressourceforløbsydelse]`, its appearance drawing the five in that order.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pikepdf
import pytest
from flask import Flask, session
from flask_babel import refresh
from onboarding_trial import Trial, trial_registry

from hub.adapters.mapping.form_items import map_items
from hub.adapters.mapping.provenance import Provenance
from hub.adapters.readers import READ_OPTIONS, extract
from hub.web.marks import drawn_mark

THIS = Trial("norddjurs", "707", "make_fixtures_onboarding_twentyninth")
FORM = THIS.golden / "praktikaftale_jobcenter.pdf"
EVERY_LINE = ["Kontanthjælp", "Uddannelseshjælp", "Sygedagpenge", "Ledighedsydelse", "Ressourceforløbsydelse"]


def _benefit(data: bytes) -> tuple[str, Provenance]:
    """The agreement's benefit as read, and its source."""
    config = trial_registry().get("norddjurs")
    (item,) = map_items(extract(data, FORM.name, READ_OPTIONS), config.forms[0], "0" * 64, FORM.name, "707")
    (source,) = [p for p in item.mapped.provenance if p.path == "benefit"]
    return item.mapped.record["benefit"], source


def test_a_dropdown_drawing_every_line_is_read_and_said(app: Flask) -> None:
    """Before: read "uddannelseshjaelp", its source saying nothing of a box that draws five lines."""
    benefit, source = _benefit(FORM.read_bytes())
    assert (benefit, source.raw_value) == ("uddannelseshjaelp", "Uddannelseshjælp")
    assert source.locator.get("drawn_lines") == EVERY_LINE
    said = "'Kontanthjælp', 'Uddannelseshjælp', 'Sygedagpenge', 'Ledighedsydelse', 'Ressourceforløbsydelse'"
    with app.test_request_context():  # Danish, the caseworker's language unless they chose English
        assert drawn_mark(source) == (
            f"rullelisten tegner {said} på siden, ikke kun den læste linje: et PDF-program, der viser "
            "tegningen, kan vise en anden linje end den valgte; læst fra feltets gemte værdi"
        )
        session["lang"] = "en"
        refresh()  # the page's language is worked out once a request
        assert drawn_mark(source) == (
            f"the dropdown draws {said} on the page, not only the line read: a PDF program that shows the "
            "drawing may show another line than the one chosen; read from the field's saved value"
        )


def _edited(edit: Callable[[pikepdf.Pdf, Any], None]) -> bytes:
    """The agreement with its dropdown (and the document) changed by `edit`."""
    pdf = pikepdf.open(io.BytesIO(FORM.read_bytes()))
    (box,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "ydelse"]
    edit(pdf, box)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _draws_its_line(pdf: pikepdf.Pdf, box: Any) -> None:
    """The box's appearance drawing only the line chosen, in TCPDF's font (WinAnsi: æ is E6)."""
    box.AP.N.write(b"/Tx BMC q BT /F1 10 Tf 2.8 7.2 Td (Uddannelseshj\xe6lp) Tj ET Q EMC")


def _drawn_anew(pdf: pikepdf.Pdf, box: Any) -> None:
    pdf.Root.AcroForm.NeedAppearances = True  # viewers draw the boxes from their values


@pytest.mark.parametrize("edit", [_draws_its_line, _drawn_anew], ids=["its-line", "need-appearances"])
def test_a_dropdown_drawing_its_line_or_drawn_anew_says_nothing_more(
    edit: Callable[[pikepdf.Pdf, Any], None],
) -> None:
    benefit, source = _benefit(_edited(edit))
    assert (benefit, "drawn_lines" in source.locator, drawn_mark(source)) == (
        "uddannelseshjaelp",
        False,
        None,
    )
