"""qpdf opens a PDF's bytes once, whatever the file is told (corpus-50, issue 9 point 5).

Why a file has no fields, or why qpdf failed on it, was told from a second opening of the bytes, to
walk the page tree before qpdf mended it. For a file qpdf rebuilds (a lost table of objects, qpdf's
fuzz file 394129398: 1.2 s and 560 MB an opening) or cannot open at all after a long search (a 19 MB
file of objects without a trailer: 1.8 s, then 3.4 s again), that doubled the reading's time. The
tree is now walked on the one opening, before any page is asked for. Every file is built here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pikepdf
import pytest
from test_readers_pdf import _form
from test_readers_pdf_bombs import _CATALOGUE, _CYCLES, _PAGE, _edited, _raw

from hub.adapters.readers import pdf
from hub.adapters.readers import pdf_reasons as reasons


@pytest.fixture
def openings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every `pikepdf.open` of the reading, counted (one entry a call)."""
    calls: list[int] = []
    real: Callable[..., pikepdf.Pdf] = pikepdf.open

    def counted(*args: Any, **kwargs: Any) -> pikepdf.Pdf:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pikepdf, "open", counted)
    return calls


def _reason(data: bytes) -> tuple[str, str]:
    """The reason the worker gives for the file (`_read_in_child` is what the sandbox runs)."""
    (problem,) = pdf._read_in_child(data, "f.pdf", False)["problems"]
    return problem["reason_en"], problem["reason_da"]


def test_a_letter_without_a_form_is_opened_once(openings: list[int]) -> None:
    letter = _raw(_CATALOGUE, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _PAGE)
    assert _reason(letter) == reasons.NO_FIELDS
    assert len(openings) == 1


@pytest.mark.parametrize("name", sorted(_CYCLES))
def test_a_broken_page_tree_is_told_from_the_one_opening(name: str, openings: list[int]) -> None:
    # qpdf mends some of these as it lists the pages (no fields) and stops at the others (an error):
    # both are told from the tree as written, walked before the pages were listed.
    assert _reason(_raw(*_CYCLES[name])) == reasons.DAMAGED_PAGES
    assert len(openings) == 1


def test_a_form_whose_page_tree_loops_is_opened_once(openings: list[int]) -> None:
    looping = _edited(lambda doc: doc.Root.Pages.Kids.append(doc.Root.Pages))
    openings.clear()  # building the file opened the form
    assert _reason(looping) == reasons.DAMAGED_PAGES
    assert len(openings) == 1


def test_a_file_qpdf_cannot_open_is_not_opened_again(openings: list[int]) -> None:
    # Objects but no trailer: qpdf searches the whole file for one and gives up.
    no_trailer = b"%PDF-1.7\n" + b"".join(b"%d 0 obj\n<< /A %d >>\nendobj\n" % (n, n) for n in range(1, 50))
    assert _reason(no_trailer) == reasons.DAMAGED_STRUCTURE
    assert len(openings) == 1


def test_a_form_is_read_from_one_opening_with_its_labels(openings: list[int]) -> None:
    read = pdf._read_in_child(_form(), "f.pdf", True)
    assert "extraction" in read
    assert len(openings) == 1
