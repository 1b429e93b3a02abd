"""A template page's label charge kept under its content key (decision 0050, "Stop 54"): a copy of a
form is charged what counting its bytes charges, without counting them again; a font map is counted
once a document whichever page meets it first; a document past the budget is cut at the same page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pikepdf
import pytest
from label_form_support import TO_UNICODE, labelled_form, page_text

from hub.adapters.readers import pdf, pdf_cmapcache, pdf_labelbudget, pdf_pagecache
from hub.adapters.readers.pdf_labelbudget import LabelBudget
from hub.adapters.readers.pdf_labelcharges import ChargeMemo
from hub.adapters.readers.pdf_pagecache import RunCache
from hub.adapters.readers.pdf_pagekey import page_key

MAP_COST = len(TO_UNICODE) + 3 * 256


def _content(n: int) -> int:
    """What page `n` (0-based) of `labelled_form` prints costs: its content stream's bytes."""
    return len(page_text(n))


def _charges(data: bytes, order: Sequence[int]) -> list[int]:
    """Each page's charge, the pages charged in `order` under their keys, as `pdf_pagecache` does."""
    with pikepdf.open(io.BytesIO(data)) as doc:
        budget = LabelBudget(10**9)
        charges = []
        for number in order:
            left = budget.left
            assert budget.charge(doc.pages[number], page_key(doc.pages[number]))
            budget.keep()
            charges.append(left - budget.left)
        return charges


@pytest.fixture(autouse=True)
def cold(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh page cache, font map cache and kept charges for each test."""
    monkeypatch.setattr(pdf_pagecache, "RUNS", RunCache())
    monkeypatch.setattr(pdf_labelbudget, "CHARGES", ChargeMemo())
    pdf_cmapcache.clear()


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages whose bytes the budget counted (a list that grows with each one)."""
    pages: list[int] = []
    count = LabelBudget._object_cost

    def counting(self: LabelBudget, obj: object, depth: int, known: dict) -> int:
        if depth == 0:
            pages.append(1)
        return count(self, obj, depth, known)

    monkeypatch.setattr(LabelBudget, "_object_cost", counting)
    return pages


def test_a_copy_numbered_otherwise_is_charged_the_same_without_counting_its_bytes_again(
    counted: list[int],
) -> None:
    first = _charges(labelled_form(2), [0, 1])
    assert first == [_content(0) + MAP_COST, _content(1)]  # the map is counted once, on page 1
    assert len(counted) == 2
    assert _charges(labelled_form(2, spare=3), [0, 1]) == first
    assert len(counted) == 2  # the copy's pages were charged from what the first copy was


def test_a_map_is_counted_once_a_document_whichever_page_meets_it_first(counted: list[int]) -> None:
    _charges(labelled_form(2), [0, 1])  # page 2 kept as met with its map counted already
    assert _charges(labelled_form(2, spare=1), [1, 0]) == [_content(1) + MAP_COST, _content(0)]
    assert _charges(labelled_form(2, spare=2), [1]) == [_content(1) + MAP_COST]  # alone in its document
    # Each order's charge is kept apart: the same orders again count no bytes.
    before = len(counted)
    assert _charges(labelled_form(2, spare=4), [1, 0]) == [_content(1) + MAP_COST, _content(0)]
    assert _charges(labelled_form(2, spare=5), [0, 1]) == [_content(0) + MAP_COST, _content(1)]
    assert len(counted) == before


def test_a_copy_past_the_budget_is_cut_at_the_same_page(
    monkeypatch: pytest.MonkeyPatch, counted: list[int]
) -> None:
    # Two pages fit, the third does not: 3 pages of content and one map, less one unit.
    monkeypatch.setattr(pdf_labelbudget, "BUDGET", _content(0) + MAP_COST + _content(1) + _content(2) - 1)
    readings = [pdf.read_pdf_unsandboxed(labelled_form(4, spare=n), "f.pdf", True) for n in range(2)]
    for reading in readings:
        assert [v.meta["label"] for v in reading.values] == ["Felt 1", "Felt 2", None, None]
        assert reading.meta["labels_skipped"] == [3, 4]
    assert len(counted) == 3 + 1  # the copy counted only the page that did not fit
