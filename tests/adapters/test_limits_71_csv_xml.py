"""A CSV file past the cell limit is refused before its cells are read into values, and every refusal
at a CSV's or an XML document's limits says the limit, where it was passed and what to send instead
(decision 0061, "Stop 60: limits-71")."""

from __future__ import annotations

from typing import Any

import pytest

from hub.adapters.readers import tabular
from hub.adapters.readers.tabular import read_csv
from hub.adapters.readers.xml import read_xml
from hub.errors import FieldProblem, UnreadableDocument


@pytest.fixture
def values_made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A spy on the CSV reader's values: how many cells were read into one."""
    made = [0]
    real = tabular.SourceValue

    def spy(*args: Any, **kwargs: Any) -> Any:
        made[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(tabular, "SourceValue", spy)
    return made


def _problem(read: Any, data: bytes, filename: str) -> FieldProblem:
    with pytest.raises(UnreadableDocument) as info:
        read(data, filename)
    (problem,) = info.value.problems
    assert problem.file == filename
    return problem


def test_a_csv_past_the_cell_limit_is_refused_before_a_value_is_read(values_made: list[int]) -> None:
    # A header and 40,000 rows of 3 cells: rows 1-33,333 hold 99,999 cells, row 33,334 the 100,002nd.
    lines = ["Dato;Timer;Navn"] + [f"2026-08-{n % 28 + 1:02d};7,5;Anders {n}" for n in range(40_000)]
    problem = _problem(read_csv, "\n".join(lines).encode(), "timer.csv")
    assert values_made == [0]
    assert (problem.locator, problem.locator_da) == ("row 33334", "række 33334")
    assert problem.reason_en == (
        "more than 100,000 cells, the most the hub reads in one file: split it into files of at most "
        "33,333 rows each (one a month, say)"
    )
    assert problem.reason_da == (
        "mere end 100.000 celler, det meste hubben læser i én fil: del den op i filer med højst 33.333 "
        "rækker hver (fx én pr. måned)"
    )


def test_a_csv_of_empty_rows_says_to_delete_them(values_made: list[int]) -> None:
    # One cell, then 100,001 line breaks: row 100,001 is past the row limit, every row after 1 empty.
    problem = _problem(read_csv, b"x\n" + b"\n" * 100_001, "blank.csv")
    assert values_made == [0]
    assert (problem.locator, problem.locator_da) == ("row 100001", "række 100001")
    assert problem.reason_en == (
        "more than 100,000 rows, the most the hub reads in one file, most of them empty: delete the empty "
        "rows at the end (in Excel, Ctrl+End shows the last row the file uses) or send files of at most "
        "100,000 rows each"
    )
    assert problem.reason_da.startswith("mere end 100.000 rækker, det meste hubben læser i én fil, de fleste")


def test_a_short_csv_is_read_without_a_count_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # Fewer characters than the limit's cells cannot pass it: no second pass over a form's few rows.
    def counted(*args: Any) -> None:
        raise AssertionError("counted first")

    monkeypatch.setattr(tabular, "count_first", counted)
    assert len(read_csv(b"Dato;Timer\n2026-08-03;7,5\n", "t.csv").values) == 4


def test_xml_with_more_tags_than_the_limit_names_the_line_and_what_to_send() -> None:
    # 600,001 elements on lines of their own after the root's line: the 600,001st "<" opens line 600,001.
    data = b"<r>\n" + b"<e/>\n" * 600_001 + b"</r>"
    problem = _problem(read_xml, data, "tags.xml")
    assert (problem.locator, problem.locator_da) == ("line 600001", "linje 600001")
    assert problem.reason_en == (
        "more than 600,000 tags in the document (far more than any form has), the most the hub reads: "
        "export it in parts (one a month, say), each a document of its own"
    )
    assert problem.reason_da == (
        "mere end 600.000 tags i dokumentet (langt flere end nogen blanket har), det meste hubben læser: "
        "eksportér det i dele (fx én pr. måned), hver som sit eget dokument"
    )


def test_xml_attributes_past_the_limit_are_refused_at_their_element() -> None:
    attributes = b" ".join(b'a%d="1"' % n for n in range(1_001))
    problem = _problem(read_xml, b"<r><ark><e " + attributes + b"/></ark></r>", "attr.xml")
    assert problem.locator == "/r/ark/e"
    assert problem.reason_en == (
        "an element has more than 1,000 attributes (1,001; no form's export has more than a few): send the "
        "export the form's own system makes"
    )
    assert problem.reason_da == (
        "et element har mere end 1.000 attributter (1.001; ingen blankets udtræk har mere end nogle få): "
        "send det udtræk, blankettens eget system laver"
    )
