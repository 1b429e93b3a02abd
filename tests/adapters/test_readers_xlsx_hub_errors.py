"""An error in the hub's own code while reading a workbook is told as the hub's, not as the file's damage
(decision 0061, stop 53; the PDF reader's since stop 52): the sender is not sent to save an intact
workbook again, and the operator is told where it was raised, without its text. A damaged workbook is
still told as damage, with its sheet and cell."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from hub_fault_support import assert_operator_told, operator_lines
from test_readers_tabular import _SHEET_XML, _with_part, _workbook

from hub.adapters.readers import extract, faults, sandbox, xlsx_row_cells, xlsx_sandbox, xlsx_values
from hub.adapters.readers.tabular import read_xlsx
from hub.errors import FieldProblem, UnreadableDocument

CPR = "0101901234"  # cell Ark1!E4 of `_workbook` as the sheet shows it, which a careless exception quotes
_READ_IN_CHILD = xlsx_sandbox._read_in_child


@pytest.fixture(autouse=True)
def _fresh_workers() -> Iterator[None]:
    sandbox.shutdown()  # each test's stand-in is run by a worker of its own
    yield
    sandbox.shutdown()


def _key_error_in_child(data: bytes, filename: str, sheet: str | None) -> Any:
    """`xlsx_sandbox._read_in_child`, run in the worker, with the hub's `cell_text` failing on the CPR
    number's cell as a bug of the hub's would (a KeyError quoting the value)."""
    original = xlsx_values.cell_text

    def cell_text(value: Any, number_format: str) -> str | None:
        shown = original(value, number_format)
        if shown == CPR:
            raise KeyError(shown)
        return shown

    xlsx_values.cell_text = cell_text
    try:
        return _READ_IN_CHILD(data, filename, sheet)
    finally:
        xlsx_values.cell_text = original  # the worker serves the next test's workbooks


def _refusal(data: bytes, filename: str) -> FieldProblem:
    with pytest.raises(UnreadableDocument) as info:
        extract(data, filename)
    (problem,) = info.value.problems
    return problem


def _is_the_hubs(problem: FieldProblem) -> bool:
    return (
        "error in the hub itself" in problem.reason_en
        and "not the sender's" in problem.reason_en
        and "fejl i hubben selv" in problem.reason_da
        and "ikke afsenderens" in problem.reason_da
        and "damaged" not in problem.reason_en
        and "beskadiget" not in problem.reason_da
    )


def test_an_error_in_the_hubs_workbook_reader_is_refused_as_the_hubs_and_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(xlsx_sandbox, "_read_in_child", _key_error_in_child)
    with caplog.at_level(logging.DEBUG):
        problem = _refusal(_workbook(), "timer.xlsx")
    assert problem.file == "timer.xlsx" and _is_the_hubs(problem)
    # The operator is told the class and the line of the hub's code it passed last, in both languages.
    assert_operator_told(
        caplog,
        code="xlsx_values.py",
        function="read_book",
        reader_da="XLSX-læser",
        frame="read_xlsx",
        hidden=CPR,
    )
    # The same worker's damaged workbook is still the sender's to mend: damage, its cell, no operator.
    caplog.clear()
    damaged = _with_part(
        _workbook(), "xl/worksheets/sheet1.xml", _SHEET_XML % b'<row r="2"><c r="C2"><v>tre</v></c></row>'
    )
    problem = _refusal(damaged, "timer.xlsx")
    assert "damaged Excel workbook" in problem.reason_en and "beskadiget" in problem.reason_da
    assert (problem.locator, problem.locator_da) == ('sheet "Ark1", cell C2', 'ark "Ark1", celle C2')
    assert operator_lines(caplog) == []


def test_a_type_error_in_the_hubs_cell_reading_is_not_the_cells_damage(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cell loop's own conversions said "damaged, cell B2" of a TypeError or IndexError in the hub's
    code there; only what the cell's text raises is the cell's damage now."""

    def number(value: str) -> float:
        raise TypeError(CPR, value)  # as a careless text would quote a value

    monkeypatch.setattr(xlsx_row_cells, "_number", number)
    with pytest.raises(faults.HubFault) as info:
        read_xlsx(_workbook(), "timer.xlsx")
    (problem,) = info.value.problems
    assert problem.file == "timer.xlsx" and _is_the_hubs(problem) and problem.locator == ""
    assert info.value.error["class"] == "builtins.TypeError"
    assert "xlsx_row_cells.py:" in info.value.error["where"] and "(row_cells)" in info.value.error["where"]
    assert CPR not in str(info.value.error)  # the class and the lines, not the text
    # Cell C2 naming the 99th shared string of a book with none is still damage, named by its place (an
    # IndexError the loop caught, which counts as the file's no more: it is said as a ValueError now).
    sheet = _SHEET_XML % b'<row r="2"><c r="C2" t="s"><v>99</v></c></row>'
    with pytest.raises(UnreadableDocument) as damage:
        read_xlsx(_with_part(_workbook(), "xl/worksheets/sheet1.xml", sheet), "timer.xlsx")
    assert not isinstance(damage.value, faults.HubFault)
    (problem,) = damage.value.problems
    assert "damaged Excel workbook" in problem.reason_en and '"99"' in problem.reason_en
    assert (problem.locator, problem.locator_da) == ('sheet "Ark1", cell C2', 'ark "Ark1", celle C2')


def test_an_exception_the_worker_let_through_is_the_hubs_not_a_stopped_reader(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def failing(*args: Any) -> Any:
        raise sandbox.SandboxError("error", "KeyError: '0101901234'")

    monkeypatch.setattr(xlsx_sandbox.sandbox, "run", failing)
    problem = _refusal(_workbook(), "timer.xlsx")
    assert problem.file == "timer.xlsx" and _is_the_hubs(problem)
    (line,) = operator_lines(caplog)
    assert "XLSX reader" in line.getMessage() and CPR not in line.getMessage()
