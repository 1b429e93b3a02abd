"""An error in the hub's own code while reading a PDF is told as the hub's, not as the file's damage
(decision 0025, stop 52): the sender is not sent to save an intact file again, and the operator is told
where it was raised, without its text."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pikepdf
import pytest
from hub_fault_support import assert_operator_told, operator_lines
from test_readers_pdf import _form

from hub.adapters.readers import pdf, pdf_values, sandbox
from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf import read_pdf
from hub.errors import FieldProblem, UnreadableDocument

CPR = "0101901234"  # the CPR field's value in `_form`, which a careless exception text quotes


@pytest.fixture(autouse=True)
def _fresh_workers() -> Iterator[None]:
    sandbox.shutdown()  # each test's stand-in is run by a worker of its own
    yield
    sandbox.shutdown()


def _failing(make: Callable[[str], Exception]) -> Callable[..., Any]:
    """`pdf_values.value` as it is, but raising `make(value)` on the CPR field's value."""
    original = pdf_values.value

    def value(*args: Any) -> Any:
        found = original(*args)
        if found == CPR:
            raise make(found)
        return found

    return value


# Stand-ins for `pdf._read_in_child`, run in the worker: the reader as it is, with one of its functions
# failing there, as a bug of the hub's (a KeyError) or as qpdf on a damaged object (a PdfError) would.
def _key_error_in_child(data: bytes, filename: str, with_labels: bool) -> Any:
    return _with_value(_failing(KeyError), data, filename, with_labels)


def _qpdf_error_in_child(data: bytes, filename: str, with_labels: bool) -> Any:
    damaged = _failing(lambda value: pikepdf.PdfError(f"object 7: bad {value}"))
    return _with_value(damaged, data, filename, with_labels)


def _with_value(value: Callable[..., Any], data: bytes, filename: str, with_labels: bool) -> Any:
    original = pdf_values.value
    pdf_values.value = value
    try:
        return pdf._read_in_child(data, filename, with_labels)
    finally:
        pdf_values.value = original  # the worker serves the next test's documents


def _refusal(data: bytes, filename: str, caplog: pytest.LogCaptureFixture) -> FieldProblem:
    """The one problem `read_pdf` refuses the file for, its log captured down to DEBUG."""
    with caplog.at_level(logging.DEBUG), pytest.raises(UnreadableDocument) as info:
        read_pdf(data, filename)
    (problem,) = info.value.problems
    return problem


def test_an_error_in_the_hubs_reader_is_refused_as_the_hubs_and_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(pdf, "_read_in_child", _key_error_in_child)
    problem = _refusal(_form(), "ansøgning.pdf", caplog)
    assert problem.file == "ansøgning.pdf"
    assert "error in the hub itself" in problem.reason_en and "not the sender's" in problem.reason_en
    assert "fejl i hubben selv" in problem.reason_da and "ikke afsenderens" in problem.reason_da
    assert "damaged" not in problem.reason_en and "beskadiget" not in problem.reason_da
    # The operator is told the class and the line of the hub's code it passed last, in both languages.
    assert_operator_told(
        caplog,
        code="pdf_extract.py",
        function="extract",
        reader_da="PDF-læser",
        frame="read_pdf_unsandboxed",
        hidden=CPR,
    )


def test_qpdfs_error_in_the_same_place_is_still_the_files_damage(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(pdf, "_read_in_child", _qpdf_error_in_child)
    problem = _refusal(_form(), "f.pdf", caplog)
    assert (problem.reason_en, problem.reason_da) == reasons.DAMAGED_STRUCTURE
    assert operator_lines(caplog) == []  # the file's damage is the sender's to mend: no operator is called


def test_a_file_qpdf_cannot_open_is_still_damaged(caplog: pytest.LogCaptureFixture) -> None:
    # Objects but no trailer: qpdf searches the whole file for one and gives up.
    broken = b"%PDF-1.7\n" + b"".join(b"%d 0 obj\n<< /A %d >>\nendobj\n" % (n, n) for n in range(1, 50))
    problem = _refusal(broken, "f.pdf", caplog)
    assert (problem.reason_en, problem.reason_da) == reasons.DAMAGED_STRUCTURE
    assert operator_lines(caplog) == []
