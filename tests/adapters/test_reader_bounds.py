"""The XML and CSV readers run in the worker's own process: a document built to cost time or memory is
refused before it does (decision 0061, "Bounds"), naming the file, where, and why in both languages."""

from __future__ import annotations

import tracemalloc

import pytest

from hub.adapters.readers import extract, xml
from hub.adapters.readers.csv_refusals import csv_refusal
from hub.errors import Rejection


def _refusal(data: bytes, filename: str) -> tuple[str, str, str, str, str]:
    with pytest.raises(Rejection) as caught:
        extract(data, filename)
    problem = caught.value.problems[0]
    return problem.file, problem.locator, problem.locator_da, problem.reason_en, problem.reason_da


def test_xml_with_more_tags_than_a_form_has_is_refused_before_it_is_parsed() -> None:
    # 600,001 empty elements and the root: 600,002 "<", over 6 x 100,000.
    data = b"<r>" + b"<e/>" * 600_001 + b"</r>"
    file, locator, _, en, da = _refusal(data, "tags.xml")
    # One line: the 600,001st "<" is on it (decision 0061, "Stop 60: limits-71").
    assert (file, locator) == ("tags.xml", "line 1")
    # The limit grouped each language's way; it read "mere end 600000 tags".
    assert en.startswith("more than 600,000 tags in the document (far more than any form has)")
    assert da.startswith("mere end 600.000 tags i dokumentet (langt flere end nogen blanket har)")


def test_xml_crowd_of_children_is_refused_at_its_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    # Eleven leaves under <liste> can only give eleven values, over a limit of ten: refused at <liste>,
    # before any of them is read (with no early check the refusal came after the eleventh, naming none).
    monkeypatch.setattr(xml, "MAX_VALUES", 10)
    data = b"<r><navn>A</navn><liste>" + b"<e>1</e>" * 11 + b"</liste></r>"
    file, locator, _, en, da = _refusal(data, "crowd.xml")
    assert (file, locator) == ("crowd.xml", "/r/liste")
    assert en.startswith("more than 10 values in the document, the most the hub reads: export it in parts")
    assert da.startswith("mere end 10 værdier i dokumentet, det meste hubben læser: eksportér det i dele")


def test_xml_within_the_value_limit_is_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # Ten leaves and a limit of ten: the early check counts no value twice.
    monkeypatch.setattr(xml, "MAX_VALUES", 10)
    data = b"<r><liste>" + b"<e>1</e>" * 9 + b"</liste><navn>A</navn></r>"
    assert len(extract(data, "ten.xml").values) == 10


def test_csv_of_empty_rows_is_refused_at_the_first_row_over_the_limit() -> None:
    # One cell, then 100,001 line breaks: rows 2 to 100,001 are empty, row 100,001 is over the limit.
    data = b"x\n" + b"\n" * 100_001
    file, locator, locator_da, en, da = _refusal(data, "blank.csv")
    # The row is where to look in a spreadsheet, whose row headers have no separators; the limit is an
    # amount, grouped each language's way.
    assert (file, locator, locator_da) == ("blank.csv", "row 100001", "række 100001")
    assert en.startswith("more than 100,000 rows, the most the hub reads in one file")
    assert da.startswith("mere end 100.000 rækker, det meste hubben læser i én fil")


def test_csv_delimiter_is_sniffed_without_splitting_the_whole_file() -> None:
    # 3 million rows of two empty cells (9 MB): split whole into lines they were some 200 MB of strings;
    # the reading itself stops at the cell limit.
    data = b"a;b\n" + b";;\n" * 3_000_000
    tracemalloc.start()
    try:
        with pytest.raises(Rejection, match="more than 100,000 cells"):
            extract(data, "wide.csv")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 60 * 1024 * 1024


def test_a_quote_left_open_names_the_cell_limit_grouped_each_languages_way() -> None:
    # Python's csv module allows 128 × 1024 = 131072 characters in a cell unless told otherwise.
    [problem] = csv_refusal("open.csv", 7).problems
    assert problem.reason_en == 'a cell is longer than 131,072 characters: is a quote (") left open?'
    assert problem.reason_da == (
        'en celle er længere end 131.072 tegn: mangler der et afsluttende anførselstegn (")?'
    )
    assert (problem.locator, problem.locator_da) == ("row 7", "række 7")


def test_a_quote_never_closed_is_refused_at_its_cell_not_read_as_the_rest_of_the_file() -> None:
    # The quote opened in B3 ("8) is never closed: the csv module read week 11's row, the total and the
    # signature below as that one cell, and the timesheet was stored without them.
    data = b'Uge;Timer\n2026-W10;3\n2026-W11;"8\n2026-W12;3\nI alt;14\nUnderskrevet;Mads Holm\n'
    with pytest.raises(Rejection) as caught:
        extract(data, "timer.csv")
    [problem] = caught.value.problems
    assert problem.reason_en == (
        'a quote (") opened in cell B3 is never closed: every line after it would be read as that cell'
    )
    assert problem.reason_da == (
        'et anførselstegn (") åbnet i celle B3 lukkes aldrig: alle linjer efter det ville blive læst som '
        "den ene celle"
    )
    assert (problem.file, problem.locator, problem.locator_da) == ("timer.csv", "row 3", "række 3")


def test_a_closed_quote_with_lines_inside_and_a_stray_quote_in_a_cell_are_read_as_before() -> None:
    # A note of two lines, quoted and closed, last in the file; a 5" screen unquoted: both are CSV.
    data = 'Navn;Note\nMads;"første linje\nanden linje"\nLone;5" skærm\n'.encode()
    values = {v.key: v.value for v in extract(data, "noter.csv").values}
    assert values["B2"] == "første linje\nanden linje"
    assert values["B3"] == '5" skærm'
    last = 'Navn;Note\nMads;"første linje\nanden linje"\n'.encode()
    assert {v.key: v.value for v in extract(last, "noter.csv").values}["B2"] == "første linje\nanden linje"
