"""Write the form of the twelfth onboarding trial: `python -m tools.make_fixtures_onboarding_twelfth`.

Sorø (340) is onboarded by config alone in tests/onboarding/, on a form shaped unlike the earlier
trials': a caseworker's grant of mentor support as a one-page workbook made from the job centre's
template, **its lookup lists on a hidden sheet `Lister` placed first** (the sheet a reader opens by
default), the mentor's employer chosen from **a data-validation dropdown** over that list, every label
merged over two columns (A:B) and every value over three (C:E), the first day typed `5. marts 2026`, the
rate `412,50 kr.` typed as text, and **a value left inside a merged label**: the template was laid out
again in a program that merges cells keeping their contents (LibreOffice's "keep the contents of the
hidden cells", Apache POI's merged regions), so the rate of the old layout, `275,00` in B12, is still
in the file under the label `Timepris` merged over A12:B12. Excel and LibreOffice show the label there
and nothing else; the rate the caseworker typed is `412,50 kr.` in C12. The values are written here as
a caseworker would; the expected record beside the file was written by hand from these values.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import xlsxwriter

from tools.fixture_files import write_all
from tools.fixture_workbooks import Fact, merged_facts

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "soroe"

EMPLOYERS = ("Virksomheden", "Jobcentret")  # the dropdown's list, on the hidden sheet
# The label and value rows from row 5; a datetime is a date cell, an int a number, a str typed text.
FACTS: tuple[Fact, ...] = (
    ("CPR-nr.", "170592-3318"),
    ("Borgerens navn", "Sofie Lund Mikkelsen"),
    ("Mentor", "Jens Bach Olesen"),
    ("Mentor ansat hos", "Virksomheden"),
    ("P-nr.", "1018765432"),
    ("Bevilget fra", "5. marts 2026"),
    ("Bevilget til", datetime(2026, 6, 26)),
    ("Timepris", "412,50 kr."),
    ("Timer pr. uge", 6),
    ("Bevilget den", datetime(2026, 3, 2)),
)
# A value of the old layout left in a merged label's hidden cell: (row index, column index, text).
HIDDEN = ((12, 1, "275,00"),)


def grant_xlsx(
    facts: tuple[Fact, ...] = FACTS,
    hidden: tuple[tuple[int, int, str], ...] = HIDDEN,
) -> bytes:
    """Sorø's grant: `Lister` hidden first, `Bevilling` the form (a test gives other values, or other
    hidden ones)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": datetime(2026, 3, 2, 10, 0, 0)})  # the same bytes every run
    lists = book.add_worksheet("Lister")
    lists.write_string(0, 0, "Ansat hos")
    for row, text in enumerate(EMPLOYERS, start=1):
        lists.write_string(row, 0, text)
    lists.hide()

    sheet = book.add_worksheet("Bevilling")
    sheet.activate()  # Excel opens it, as the caseworker saved it; a hidden sheet cannot be the first shown
    title = book.add_format({"bold": True, "font_size": 14})
    label = book.add_format({"bold": True, "border": 1})
    value = book.add_format({"border": 1})
    date = book.add_format({"border": 1, "num_format": "d. mmmm yyyy", "align": "left"})
    sheet.merge_range("A1:E1", "Sorø Kommune - Jobcenter Sorø", title)
    sheet.merge_range("A2:E2", "Bevilling af mentorstøtte", book.add_format({"italic": True}))
    merged_facts(sheet, facts, 4, (0, 2, 4), (label, value, date))  # the label over A:B, its value over C:E
    employer = 4 + [text for text, _ in facts].index("Mentor ansat hos")
    sheet.data_validation(employer, 2, employer, 2, {"validate": "list", "source": "=Lister!$A$2:$A$3"})
    for row, col, text in hidden:
        sheet.write_string(row - 1, col, text, label)  # inside the merged range, as a program left it
    sheet.write_string(4 + len(facts) + 1, 0, "Sagsbehandler: Lone Vestergaard, Jobcenter Sorø")
    sheet.set_column("A:B", 12)
    sheet.set_column("C:E", 14)
    book.close()
    return buffer.getvalue()


# The job centre's overview of grants, for a test (no golden form): a citizen's CPR number and name merged
# down over their grants' rows, as a caseworker merges them to show one citizen's two mentors.
OVERVIEW_HEADER = ("CPR-nr.", "Navn", "Mentor", "Ansat hos", "P-nr.", "Fra", "Til", "Timer pr. uge",
                   "Timepris", "Bevilget")  # fmt: skip
OVERVIEW: tuple[tuple[str, str, tuple[tuple[str, ...], ...]], ...] = (
    ("170592-3318", "Sofie Lund Mikkelsen", (
        ("Jens Bach Olesen", "Virksomheden", "1018765432", "05-03-2026", "26-06-2026", "6", "412,50",
         "02-03-2026"),
        ("Mona Friis", "Jobcentret", "1018765432", "29-06-2026", "28-08-2026", "3", "350,00", "22-06-2026"),
    )),
    ("030488-2214", "Ali Hassan", (
        ("Per Holm", "Virksomheden", "1022334455", "16-03-2026", "12-06-2026", "4", "300,00", "10-03-2026"),
    )),
)  # fmt: skip


def overview_xlsx() -> bytes:
    """The overview: a title, the header on row 4, a row a grant, each citizen's CPR and name merged down
    over their rows (the value in the range's top cell, as Excel keeps it)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": datetime(2026, 6, 22, 10, 0, 0)})
    sheet = book.add_worksheet("Bevillinger")
    middle = book.add_format({"valign": "vcenter"})
    sheet.write_string(0, 0, "Sorø Kommune - Jobcenter Sorø: bevilgede mentorforløb")
    for col, text in enumerate(OVERVIEW_HEADER):
        sheet.write_string(3, col, text)
    row = 4
    for cpr, name, grants in OVERVIEW:
        for col, text in enumerate((cpr, name)):
            if len(grants) > 1:
                sheet.merge_range(row, col, row + len(grants) - 1, col, text, middle)
            else:
                sheet.write_string(row, col, text)
        for offset, grant in enumerate(grants):
            for col, text in enumerate(grant, start=2):
                sheet.write_string(row + offset, col, text)
        row += len(grants)
    book.close()
    return buffer.getvalue()


def render_all() -> dict[Path, bytes]:
    """The form of the twelfth trial: its path and bytes (nothing is written)."""
    return {GOLDEN / "mentor_support.xlsx": grant_xlsx()}


if __name__ == "__main__":
    write_all(render_all())
