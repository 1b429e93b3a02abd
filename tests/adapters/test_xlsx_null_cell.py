"""A number cell holding a program's word for no value (zipcelx writes a JavaScript null as
`<v>null</v>`) is refused saying what it is and what to do (decision 0060, "Stop 70: fixes-118"): not
"damaged ... open it in Excel and save it again", which Excel's repair would answer by emptying the cell
and the sender could not act on. Egedal's trial workbook, its P-nr. cell F2 given `null` here by hand.

Since fixes-119 the word is refused where a field reads it, at its cell, with the same words; a cell no
field reads (the case number in A2, which Egedal's config does not map) refuses nothing, where the whole
workbook was refused at the first such cell before the mapping knew which cells it needs ("Stop 71:
fixes-119"). The records are then Egedal's, written by hand (`praktikaftaler.expected.json`).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import edited_config, trial_registry

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.errors import Rejection, UnreadableDocument

BOOK = Path(__file__).parents[1] / "onboarding" / "golden" / "egedal" / "praktikaftaler.xlsx"
F2 = b'<c r="F2"><v>1027364518</v></c>'
A2 = b'<c r="A2" t="inlineStr"><is><t>EG-2027-0311</t></is></c>'  # Sagsnr., read by no field


def _with(old: bytes, cell: str, value: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(BOOK) as source, zipfile.ZipFile(out, "w") as book:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert old in data
                data = data.replace(old, f'<c r="{cell}"><v>{value}</v></c>'.encode())
            book.writestr(item, data)
    return out.getvalue()


def _with_f2(value: str) -> bytes:
    return _with(F2, "F2", value)


@pytest.mark.parametrize("word", ["null", "undefined"])
def test_a_programs_null_in_a_cell_a_field_reads_is_said_as_a_missing_value(word: str) -> None:
    with pytest.raises(Rejection) as raised:
        canonical_records(trial_registry().get("egedal"), _with_f2(word), "praktikaftaler.xlsx")
    (problem,) = raised.value.problems
    assert (problem.locator, problem.field, problem.item) == (
        'sheet "Sheet1", cell F2',
        "site.p_number",
        "row 2",
    )
    assert problem.reason_en == (
        f"the cell holds the word '{word}' where a value belongs: the program that made the file wrote it"
        " because the value was missing when the file was made; fill in the value where the file comes"
        " from and send it again"
    )
    assert problem.reason_da.startswith(f"cellen indeholder ordet '{word}', hvor der skal stå en værdi")


@pytest.mark.parametrize("word", ["null", "NaN"])
def test_a_programs_null_in_a_cell_no_field_reads_refuses_nothing(word: str) -> None:
    expected = json.loads(BOOK.with_name("praktikaftaler.expected.json").read_text(encoding="utf-8"))
    data = _with(A2, "A2", word)
    assert canonical_records(trial_registry().get("egedal"), data, "praktikaftaler.xlsx") == expected


def test_other_text_in_a_number_cell_is_still_damage() -> None:
    """A guard: a value no program writes for nothing is the cell's type broken, said as before."""
    with pytest.raises(UnreadableDocument) as raised:
        extract(_with_f2("abc"), "praktikaftaler.xlsx", READ_OPTIONS)
    assert "does not fit its cell's type" in raised.value.problems[0].reason_en


Q2 = b'<c r="Q2" t="inlineStr"><is><t>72 59 60 00</t></is></c>'  # the caseworker's phone


def test_a_programs_null_in_a_cell_an_optional_field_reads_is_no_value(tmp_path: Path) -> None:
    """Read as the word in an XML's element or a CSV's cell is (decision 0060, "Stop 72: fixes-123"):
    the caseworker's phone made optional, its cell `null`, is no phone; fixes-119 refused it."""
    config = edited_config(
        tmp_path,
        "egedal",
        lambda text: text.replace(
            'source = "column:Telefon"', 'optional = true\n  source = "column:Telefon"'
        ),
    )
    expected = json.loads(BOOK.with_name("praktikaftaler.expected.json").read_text(encoding="utf-8"))
    del expected[0]["caseworker"]["phone"]
    assert canonical_records(config, _with(Q2, "Q2", "null"), "praktikaftaler.xlsx") == expected
