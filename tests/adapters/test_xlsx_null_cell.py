"""A number cell holding a program's word for no value (zipcelx writes a JavaScript null as
`<v>null</v>`) is refused saying what it is and what to do (decision 0060, "Stop 70: fixes-118"): not
"damaged ... open it in Excel and save it again", which Excel's repair would answer by emptying the cell
and the sender could not act on. Egedal's trial workbook, its P-nr. cell F2 given `null` here by hand.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.errors import UnreadableDocument

BOOK = Path(__file__).parents[1] / "onboarding" / "golden" / "egedal" / "praktikaftaler.xlsx"


def _with_f2(value: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(BOOK) as source, zipfile.ZipFile(out, "w") as book:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                old = b'<c r="F2"><v>1027364518</v></c>'
                assert old in data
                data = data.replace(old, f'<c r="F2"><v>{value}</v></c>'.encode())
            book.writestr(item, data)
    return out.getvalue()


@pytest.mark.parametrize("word", ["null", "undefined"])
def test_a_programs_null_in_a_number_cell_is_said_as_a_missing_value(word: str) -> None:
    with pytest.raises(UnreadableDocument) as raised:
        extract(_with_f2(word), "praktikaftaler.xlsx", READ_OPTIONS)
    (problem,) = raised.value.problems
    assert problem.locator == 'sheet "Sheet1", cell F2'
    assert problem.reason_en == (
        f"the cell holds the word '{word}' where a value belongs: the program that made the file wrote it"
        " because the value was missing when the file was made; fill in the value where the file comes"
        " from and send it again"
    )
    assert problem.reason_da.startswith(f"cellen indeholder ordet '{word}', hvor der skal stå en værdi")


def test_other_text_in_a_number_cell_is_still_damage() -> None:
    """A guard: a value no program writes for nothing is the cell's type broken, said as before."""
    with pytest.raises(UnreadableDocument) as raised:
        extract(_with_f2("abc"), "praktikaftaler.xlsx", READ_OPTIONS)
    assert "does not fit its cell's type" in raised.value.problems[0].reason_en
