"""A lone check box printed after the statement it answers ("Mentor er ansat i virksomheden [x]", as
LaTeX's `\\CheckBox` and word processors print it) has no words of its own beside it: the text under it
is the next line's, a heading or another field's label. Before, the reader gave such a box the text
under it as its words (`beside`), and `hub adapters suggest` drafted Kolding's box by the heading "4.
Jobcentrets kontaktperson" under it: a tick mapped to the job centre (decision 0060, "Stop 66:
trial-102").

The form is drawn here as LuaLaTeX's hyperref draws Kolding's: the statement in 10 pt, the box 14 points
square 2 points after it, the next heading 24 points lower. Every expected value is read off that layout.
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hub.adapters.readers.base import Extraction
from hub.adapters.readers.pdf import read_pdf
from hub.adapters.suggest.draft import suggest

STATEMENT = "Mentor er ansat i virksomheden"


def render() -> bytes:
    """A box after its statement with a heading under it; a box alone with its words under it."""
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.setFont("Helvetica", 10)
    form = c.acroForm
    c.drawString(60, 700, "Praktikaftale")
    c.drawString(60, 600, STATEMENT)
    box_x = 60 + stringWidth(STATEMENT, "Helvetica", 10) + 2
    form.checkbox(name="mentorvirk", tooltip="", checked=True, x=box_x, y=597, size=14)
    c.drawString(60, 576, "4. Jobcentrets kontaktperson")
    form.checkbox(name="samtykke", tooltip="", x=300, y=500, size=14)  # nothing on its line
    c.drawString(300, 486, "Samtykke givet")  # its words under it
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def form() -> Extraction:
    return read_pdf(render(), "aftale.pdf", with_labels=True)


def test_a_box_after_its_statement_has_no_words_under_it_for_its_own(form: Extraction) -> None:
    meta = {v.key: v.meta for v in form.values}
    # Before: "4. Jobcentrets kontaktperson", the next heading's words.
    assert meta["mentorvirk"].get("beside") is None
    assert meta["mentorvirk"]["label"] == STATEMENT


def test_a_box_with_nothing_on_its_line_keeps_the_words_under_it(form: Extraction) -> None:
    meta = {v.key: v.meta for v in form.values}
    assert meta["samtykke"]["beside"] == "Samtykke givet"


def test_suggest_maps_the_tick_by_the_statement() -> None:
    data = render()
    drafted = suggest(read_pdf(data, "aftale.pdf", with_labels=True), "aftale.pdf", data)
    employer = next(f for f in drafted.fields if f.path == "mentor.employer")
    # Before: {"mentorvirk": "jobcentre"}, by "Jobcentrets" in the heading under the box.
    assert employer.targets == {"mentorvirk": "company"}
    assert employer.default == "jobcentre"
