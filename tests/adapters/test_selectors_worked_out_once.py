"""A CSV form's selectors are worked out from their text once, and a document's cells indexed and located
with no step done twice (decision 0030, "Stop 58: xml-66").

The storing thread recognises and maps every CSV document: each `label:` selector was split again for
every document (its sheet, its prefix, `>n`), each cell's place looked up through a method where the
reader had put it in the cell's meta, and each value's cell made quotable once for the English and again
for the Danish words of its locator. What is read, and said, is the same.
"""

from __future__ import annotations

from typing import Any

import pytest
from pipeline import GOLDEN, repository_registry

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping import provenance, selector_text, tabular_cells
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers import READ_OPTIONS, base, extract
from hub.adapters.readers.base import Extraction, SourceValue

PLACEMENT = GOLDEN / "herlev" / "placement.csv"


def _read(data: bytes, config: Any) -> Any:
    return canonical_records(config, data, "praktikaftale.csv")


class _CountedPattern:
    """A compiled pattern whose `match` calls are counted."""

    def __init__(self, real: Any, asked: list[str]) -> None:
        self.real, self.asked = real, asked

    def match(self, text: str) -> Any:
        self.asked.append(text)
        return self.real.match(text)


def test_a_forms_label_selectors_are_split_once_not_again_for_each_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before: every document of Herlev's placement form split each of its selectors again (the sheet
    before it, `>n` after it), some 40 times a CSV form on the worker's storing thread."""
    split: list[str] = []
    sheets: list[str] = []
    real_nth = selector_text.split_nth

    def counted_nth(text: str) -> tuple[str, int]:
        split.append(text)
        return real_nth(text)

    monkeypatch.setattr(selector_text, "split_nth", counted_nth)
    monkeypatch.setattr(tabular_cells, "split_nth", counted_nth, raising=False)
    monkeypatch.setattr(selector_text, "_SHEET_PREFIX", _CountedPattern(selector_text._SHEET_PREFIX, sheets))
    for kept in (getattr(selector_text, "tabular_step", None), selector_text.split_sheet):
        getattr(kept, "cache_clear", lambda: None)()
    data, herlev = PLACEMENT.read_bytes(), repository_registry().get("herlev")
    first = _read(data, herlev)
    assert first["citizen"]["cpr"] == "2211004237"  # B3 of the golden file, "221100-4237"
    assert split and sheets
    once = (len(split), len(sheets))
    assert _read(data, herlev) == first
    assert (len(split), len(sheets)) == once


def test_a_csv_cells_index_takes_the_readers_row_and_column(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: each cell's place was looked up through `_where` though the reader had put its row and
    column in the cell's meta (some 35 cells a form, every document). A cell without them is still placed
    by its key."""
    asked: list[SourceValue] = []
    real = tabular_cells.TabularCells._where

    def counted(self: tabular_cells.TabularCells, value: SourceValue) -> tuple[str, int, int] | None:
        asked.append(value)
        return real(self, value)

    monkeypatch.setattr(tabular_cells.TabularCells, "_where", counted)
    values = (
        SourceValue("B2", "Hansen", {"row": 2, "col": 2}),
        SourceValue("A2", "Navn:", {"row": 2, "col": 1}),
        SourceValue("A1", "CPR-nr.", {"row": 1, "col": 1}),
        SourceValue("C7", "Note", {}),  # no row or column: placed by its key
        SourceValue("B1", "010190-1234", {"row": 1, "col": 2}),
    )
    index = SourceIndex(Extraction("csv", values, {}), labels=["label:Navn", "label:CPR-nr."])
    assert [value.key for value in asked] == ["C7"]
    assert index.cell("", 7, 3) == values[3]
    assert index.row_values(1) == [values[2], values[4]]
    assert index.row_values(2) == [values[1], values[0]]
    assert index.filled_rows() == [1, 2, 7]
    assert index.resolve("label:Navn") == values[0]
    assert index.resolve("label:CPR-nr.") == values[4]
    assert index.label_cells() == [("cpr-nr.", 1, 1), ("010190-1234", 1, 2), ("navn", 2, 1)] + [
        ("hansen", 2, 2),
        ("note", 7, 3),
    ]


def test_a_csv_values_locator_makes_its_cell_quotable_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: the cell's key was checked character by character for the English words and again for the
    Danish ones, for every value of every CSV document read."""
    asked: list[str | None] = []
    real = base.readable_name  # a key's words, cut as a name's

    def counted(text: str | None) -> str | None:
        asked.append(text)
        return real(text)  # type: ignore[arg-type]

    monkeypatch.setattr(base, "readable_name", counted)
    value = SourceValue("B3", "010190-1234", {"row": 3, "col": 2})
    assert provenance.locator_of(value, "csv") == {
        "cell": "B3",
        "row": 3,
        "col": 2,
        "text": {"en": "row 3, column 2 (B3)", "da": "række 3, kolonne 2 (B3)"},
    }
    assert asked == ["B3"]
    assert provenance.where_of(value, "csv") == ("row 3, column 2 (B3)", "række 3, kolonne 2 (B3)")
    assert base.describe_locator(value, "csv", "da") == "række 3, kolonne 2 (B3)"


class _Folded(str):
    """A cell's text whose case folding is counted."""

    folds: list[str]

    def casefold(self) -> str:
        self.folds.append(str(self))
        return super().casefold()


def test_a_documents_texts_are_folded_once_for_every_form_it_is_tried_against() -> None:
    """Before (decision 0030, "Stop 62: store-75"): each form of Herlev's tried on a CSV document whose
    recognise fields it found looked for its words in every value's text folded again, and folded its
    words again for each text: some 70 case foldings of the citizen's own cells a document, on the
    worker's storing thread. Now the document's index folds them once, and what is recognised is the
    same."""
    folds: list[str] = []
    _Folded.folds = folds
    extraction = extract(PLACEMENT.read_bytes(), "praktikaftale.csv", READ_OPTIONS)
    values = tuple(value._replace(value=_Folded(value.value)) for value in extraction.values)
    counted = Extraction(extraction.format, values, extraction.meta)
    herlev = repository_registry().get("herlev")
    assert herlev.recognise(counted, "praktikaftale.csv", {}).id == "praktikaftale"
    filled = [value.value for value in values if value.value]
    assert sorted(folds) == sorted(filled)  # each once, though two of Herlev's forms looked for words
