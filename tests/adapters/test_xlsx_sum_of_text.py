"""A total whose `SUM` adds hours typed as text (decision 0061, "Stop 66: fixes-102"): Excel's `SUM`
passes over text, so the total Excel shows leaves those hours out too, and the old advice, "open it in
Excel, save it and send it again" (a formula never calculated), would have sent the same total back. The
refusal says the hours are text and names the cells. Haderslev's timesheet of the seventeenth trial
(XlsxWriter's, `fullCalcOnLoad`, `SUM(C8:C12)` saved as the placeholder 0) with hours C9 and C11 typed
as text ("2", "1,5") in cells as a program writes them (inline strings)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial
from test_xlsx_true_zero_total import _form
from test_xlsx_worked_out import WEEKS, _book, _read

from hub.adapters.language.golden import canonical_records
from hub.adapters.readers.tabular import read_xlsx
from hub.errors import Rejection

THIS = Trial("haderslev", "510", "make_fixtures_onboarding_seventeenth")


def _typed_as_text(texts: dict[str, str], errors: tuple[str, ...] = ()) -> bytes:
    """The timesheet with the hour cells of `texts` (C8..C12) holding that text instead of a number, and
    those of `errors` Excel's #N/A."""
    out = io.BytesIO()
    data = (THIS.golden / "mentor_hours.xlsx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as book, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in book.infolist():
            part = book.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                for ref, text in texts.items():
                    cell = rf'<c r="{ref}" s="4"><v>[^<]*</v></c>'.encode()
                    typed = f'<c r="{ref}" s="4" t="inlineStr"><is><t>{text}</t></is></c>'.encode()
                    if ref in errors:
                        typed = f'<c r="{ref}" s="4" t="e"><v>{text}</v></c>'.encode()
                    part, count = re.subn(cell, typed, part)
                    assert count == 1
            copy.writestr(item, part)
    return out.getvalue()


def test_a_sum_of_hours_typed_as_text_names_the_cells(tmp_path: Path) -> None:
    data = _typed_as_text({"C9": "2", "C11": "1,5"})
    with pytest.raises(Rejection) as refused:
        canonical_records(THIS.config(tmp_path, _form()), data, "mentor_hours.xlsx")
    (problem,) = [p for p in refused.value.problems if p.field == "total_hours"]
    assert problem.reason_en == (
        "the cell's formula SUM(C8:C12) adds cells holding text, not numbers: C9, C11; the hours there are"
        " typed as text, which a sum passes over (Excel's total leaves them out too): type them as numbers,"
        " then send it again"
    )
    assert problem.reason_da == (
        "cellens formel SUM(C8:C12) lægger celler sammen, der har tekst, ikke tal: C9, C11; timerne der er"
        " skrevet som tekst, som en sum springer over (Excels sum udelader dem også): skriv dem som tal, og"
        " send den så igen"
    )


def test_the_cell_shows_what_excel_shows_and_is_marked() -> None:
    """2.5 + 3 + 2 of the numbers, the text passed over, as Excel shows the total."""
    extraction = read_xlsx(_typed_as_text({"C9": "2", "C11": "1,5"}), "t.xlsx")
    (total,) = [v for v in extraction.values if v.key == "Timeseddel!C13"]
    assert (total.value, total.meta["text_summed"]) == ("7.5", ["SUM(C8:C12)", ["C9", "C11"]])


def test_text_beside_an_error_is_still_a_formula_never_calculated() -> None:
    """Only text beside numbers and empty cells: a sum Excel could not make (an error among its cells)
    keeps its words, as before."""
    extraction = read_xlsx(_typed_as_text({"C9": "2", "C10": "#N/A"}, errors=("C10",)), "t.xlsx")
    assert ["Timeseddel", 13, 3] in extraction.meta["uncached_formulas"]
    assert not [v for v in extraction.values if v.key == "Timeseddel!C13"]


def test_a_sum_with_no_value_saved_over_text_names_the_cells_too() -> None:
    """A program that saves no value at all (pyexcelerate's): the same mark, the weeks' 5.6 shown."""
    rows = [*WEEKS, ["2026-W36", "2,5"], ["I alt", "=SUM(B2:B6)"]]
    (total,) = [v for v in _read(_book(rows)).values if v.key == "Timer!B7"]
    assert (total.value, total.meta["text_summed"]) == ("5.6", ["SUM(B2:B6)", ["B6"]])
