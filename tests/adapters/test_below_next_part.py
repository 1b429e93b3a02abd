"""A `below:` value left out under a heading reads as empty, never as the form's next part (decision
0064, "Stop 64: lang-90"). fuzz-87's `72/xlsx/cell_drop/12@mariagerfjord`: with the purpose's merged cell
gone, `below:Formål med praktikken` read the next heading, "Underskrifter", as the purpose. The
workbooks are written by hand as Mariagerfjord's agreement lays its end out: the heading merged over A:D,
its value merged under it, a blank row, the signatures' heading over `Dato | date` lines."""

from __future__ import annotations

import io

import pytest
from onboarding_trial import trial_registry
from openpyxl import Workbook

from hub.adapters.mapping.form import map_form
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction
from hub.errors import Rejection

PURPOSE = "Afklaring af arbejdsevne i produktionen"
BELOW = "below:Formål med praktikken"


def _workbook(*rows: tuple[str, ...], merged: tuple[int, ...] = ()) -> Extraction:
    """A sheet "Aftale" of these rows (from row 1; "" leaves a cell out), A:D merged in `merged` rows."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Aftale"
    for row, texts in enumerate(rows, 1):
        for col, text in enumerate(texts, 1):
            if text:
                sheet.cell(row, col, text)
    for row in merged:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    out = io.BytesIO()
    book.save(out)
    return extract(out.getvalue(), "aftale.xlsx", READ_OPTIONS)


def _purpose(extraction: Extraction) -> tuple[str, str]:
    found = SourceIndex(extraction, labels={BELOW}).resolve(BELOW)
    assert found is not None
    return found.key, found.value or ""


def test_a_purpose_left_out_is_empty_not_the_signatures_heading() -> None:
    """Before: ("Aftale!A4", "Underskrifter")."""
    rows = (("Formål med praktikken",), ("",), ("",), ("Underskrifter",), ("Dato", "02-09-2026"))
    assert _purpose(_workbook(*rows, merged=(1, 2, 4))) == ("Aftale!A2", "")
    # Without the heading, a label with its value beside it begins the next part alike (before: "Dato").
    assert _purpose(_workbook(*rows[:3], rows[4])) == ("Aftale!A2", "")


def test_a_purpose_under_its_heading_or_past_a_blank_row_reads_as_before() -> None:
    rows = (("Formål med praktikken",), (PURPOSE,), ("",), ("Underskrifter",), ("Dato", "02-09-2026"))
    assert _purpose(_workbook(*rows, merged=(1, 2, 4))) == ("Aftale!A2", PURPOSE)
    past_blank = (rows[0], ("",), rows[1], ("",), *rows[3:])
    assert _purpose(_workbook(*past_blank)) == ("Aftale!A3", PURPOSE)
    # Straight under the label the cell is its value, whatever it reads as.
    beside = (rows[0], ("Mandag-torsdag", "kl. 8-13"))
    assert _purpose(_workbook(*beside)) == ("Aftale!A2", "Mandag-torsdag")


def test_under_a_tables_header_a_row_past_blanks_is_still_the_value() -> None:
    """A header beside others heads a column: the cells of a row side by side are that row's values."""
    rows = (("Dato", "Formål med praktikken"), ("",), ("02-09-2026", PURPOSE, "3"))
    found = SourceIndex(_workbook(*rows), labels={BELOW}).resolve(BELOW)
    assert found is not None and (found.key, found.value) == ("Aftale!B3", PURPOSE)


def test_mariagerfjords_agreement_without_its_purpose_is_refused_at_the_purpose_cell() -> None:
    """Mapped by Mariagerfjord's own form: the purpose is required, so refused as empty at A2 (the cell
    under its heading), in English and Danish; before, "Underskrifter" was stored as the purpose."""
    [form] = [f for f in trial_registry().get("mariagerfjord").forms if f.format == "xlsx"]
    rows = (("Formål med praktikken",), ("",), ("",), ("Underskrifter",), ("Dato", "02-09-2026"))
    with pytest.raises(Rejection) as info:
        map_form(_workbook(*rows, merged=(1, 2, 4)), form, "0" * 64, "aftale.xlsx", "846")
    [problem] = [p for p in info.value.problems if p.field == "purpose"]
    assert (problem.locator, problem.locator_da) == ('sheet "Aftale", cell A2', 'ark "Aftale", celle A2')
    assert problem.reason_en == "empty: a value is required"
    assert problem.reason_da == "tom: feltet skal udfyldes"


def test_a_blocks_name_left_out_is_missing_not_the_next_blocks() -> None:
    """fuzz-87's `71/xlsx/cell_type/15@mariagerfjord`: `next:Borger > Navn` with the citizen's `Navn`
    unreadable read the mentor's, "Lars Hvidberg". A block ends at the next heading down its column."""
    rows = (
        ("Borger",),
        ("CPR-nummer", "210688-2746"),
        ("Navn", "Sofie Thyregod Mikkelsen"),
        ("",),
        ("Mentor",),
        ("Navn", "Lars Hvidberg"),
    )
    index = SourceIndex(_workbook(*rows), labels={"next:Borger > Navn", "next:Mentor > Navn"})
    citizen, mentor = index.resolve("next:Borger > Navn"), index.resolve("next:Mentor > Navn")
    assert citizen is not None and citizen.value == "Sofie Thyregod Mikkelsen"
    assert mentor is not None and mentor.value == "Lars Hvidberg"
    gone = SourceIndex(_workbook(rows[0], rows[1], ("",), *rows[3:]), labels={"next:Borger > Navn"})
    assert gone.resolve("next:Borger > Navn") is None  # before: "Lars Hvidberg"
    # Blocks side by side (their labels share a row) are read in row order, as before.
    beside = (("Borger", "", "Mentor"), ("Navn", "", "Navn", "Lars Hvidberg"))
    found = SourceIndex(_workbook(*beside), labels={"next:Borger > Navn"}).resolve("next:Borger > Navn")
    assert found is not None and found.key == "Aftale!B2" and found.value == ""
