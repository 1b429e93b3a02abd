"""Write the forms of the tenth onboarding trial: `python -m tools.make_fixtures_onboarding_tenth`.

Assens (420) is onboarded by config alone in tests/onboarding/, on a PDF form shaped unlike the earlier
trials': a mentor's weekly timesheet (AcroForm) whose hours are a grid of a field per weekday, named in a
hierarchy with dots (`uge1.nr`, `uge1.man` ... `uge4.fre`, kids of `uge1` to `uge4`), the days written
`2`, `1,5` and `2:30` or left blank, a blank fourth week, the year one field `aar`; and the same
timesheet as a browser's PDF viewer leaves it when it does not save what was typed: the mentor's name is
drawn on the page (the field's appearance) but the field holds no value (/V). The values are written here
as the mentor would; the expected record beside the file was written by hand from these values.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

from tools.fixture_files import ROOT, write_all
from tools.fixture_pages import nest_fields, titled_page

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "assens"
DAYS = ("man", "tir", "ons", "tor", "fre")
# (parent, kid, label, x, y, value): the facts above the grid.
FACTS = (
    ("borger", "cpr", "CPR-nr.", 180, 700, "080590-2163"),
    ("virksomhed", "pnr", "P-nummer", 180, 678, "1023456789"),
    ("mentor", "navn", "Mentor", 180, 656, "Mette Holm"),
    ("underskrift", "navn", "Mentorens navn", 180, 420, "Mette Holm"),
    ("underskrift", "dato", "Dato", 180, 398, "23.03.2026"),
)
# A week a row: its number, then Monday to Friday's hours; the fourth week left blank.
GRID = (
    ("10", "2", "1,5", "", "2:30", ""),
    ("11", "2", "", "2", "", "1"),
    ("12", "1,5", "1,5", "", "2", ""),
    ("", "", "", "", "", ""),
)


def _timesheet_flat() -> bytes:
    """The timesheet as reportlab writes it: flat field names `parent_kid`, made a hierarchy after."""
    buffer, canvas = titled_page("Ugeseddel - mentorstøtte", top=770)
    form = canvas.acroForm
    canvas.drawString(60, 750, "Assens Kommune, Jobcenter Assens")
    for parent, kid, label, x, y, value in FACTS:
        canvas.drawString(60, y + 4, label)
        form.textfield(name=f"{parent}_{kid}", tooltip="", value=value, x=x, y=y, width=200, height=16)
    canvas.drawString(60, 628, "År")
    form.textfield(name="aar", tooltip="", value="2026", x=180, y=624, width=60, height=16)
    for column, word in enumerate(("Uge", "Man", "Tir", "Ons", "Tor", "Fre")):
        canvas.drawString(60 + column * 70, 596, word)
    for row, week in enumerate(GRID, start=1):
        y = 570 - (row - 1) * 22
        for column, (kid, value) in enumerate(zip(("nr", *DAYS), week, strict=True)):
            form.textfield(
                name=f"uge{row}_{kid}", tooltip="", value=value, x=60 + column * 70, y=y, width=60, height=16
            )
    canvas.drawString(60, 444, "Underskrift")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def timesheet_pdf(saved: bool = True) -> bytes:
    """Assens's timesheet, each `parent_kid` made kid `kid` of a field `parent` (no value, no widget of
    its own), as a form designer writes `uge1.man`. Not `saved`: the mentor's name typed in a viewer
    that drew it (its appearance stream) but kept no value, /V removed."""
    pdf = pikepdf.open(io.BytesIO(_timesheet_flat()))
    nest_fields(pdf)  # `aar`, the year, stays a field of its own
    if not saved:
        (signature,) = [f for f in pdf.Root.AcroForm.Fields if str(f.T) == "underskrift"]
        (name,) = [kid for kid in signature.Kids if str(kid.T) == "navn"]
        del name["/V"]
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def render_all() -> dict[Path, bytes]:
    """The form of the tenth trial: its path and bytes (nothing is written). The unsaved one is made by
    the tests (`timesheet_pdf(saved=False)`): refused, it has no record to keep beside it."""
    return {GOLDEN / "timesheet.pdf": timesheet_pdf()}


if __name__ == "__main__":
    write_all(render_all())
