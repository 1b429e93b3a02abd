"""Labels of a template page worked out once (`pdf_labelmemo`): the next copy is given them, and reads
exactly as it reads with no cache; boxes placed otherwise on the same printed page are worked out anew
(a page of their own: the page's key holds its boxes)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from test_pdf_pagecache import DEMO_LAYOUTS, _filled, _read

from hub.adapters.readers import pdf_layout
from hub.adapters.readers.pdf_pagecache import RunCache
from hub.demo.render_pdf import render_pdf

FORM = "gladsaxe_layouts/placement"


@pytest.fixture
def worked_out(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many times a label was looked for among a page's words (`PageTexts._nearest`)."""
    calls: list[int] = []
    nearest = pdf_layout.PageTexts._nearest

    def counted(self: pdf_layout.PageTexts, *args: object, **kwargs: object) -> str | None:
        calls.append(1)
        return nearest(self, *args, **kwargs)

    monkeypatch.setattr(pdf_layout.PageTexts, "_nearest", counted)
    yield calls


def test_a_second_copy_is_given_the_labels_of_the_first(
    worked_out: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    layout = DEMO_LAYOUTS[FORM]
    first, second = render_pdf(layout, _filled(layout, "A")), render_pdf(layout, _filled(layout, "B"))
    uncached = _read(second, "b.pdf", None, monkeypatch)
    cache = RunCache()
    _read(first, "a.pdf", cache, monkeypatch)
    worked_out.clear()
    got = _read(second, "b.pdf", cache, monkeypatch)
    assert worked_out == []  # every label and every box's words came from the first copy's
    assert got == uncached
    labels = [value["meta"]["label"] for value in json.loads(got)["values"]]
    assert [f.label for f in layout.fields if f.kind == "text"][0] in labels


def _moved(data: bytes, by: int) -> bytes:
    """`data` with every box moved `by` points down, its bytes otherwise as they were (each number
    written as wide as before), so that the printed page is the same bytes."""

    def lower(match: re.Match[bytes]) -> bytes:
        x0, y0, x1, y1 = match[1], match[2], match[3], match[4]
        down = [b"%*d" % (len(y), int(y) - by) for y in (y0, y1)]
        return b"/Rect [ %s %s %s %s ]" % (x0, down[0], x1, down[1])

    return re.sub(rb"/Rect \[ (\d+) (\d+) (\d+) (\d+) \]", lower, data)


def test_boxes_placed_otherwise_on_a_kept_page_are_labelled_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    layout = DEMO_LAYOUTS[FORM]
    data = render_pdf(layout, _filled(layout, "A"))
    moved = _moved(data, 30)
    cache = RunCache()
    got = _read(data, "a.pdf", cache, monkeypatch)
    got_moved = _read(moved, "moved.pdf", cache, monkeypatch)
    # The same printed page, but its boxes are part of its key: the runs keep apart the words a box
    # stands among (`pdf_runs`; decision 0060, "Stop 61: trial-73"), so it is a page of its own.
    assert cache.hits == 0
    assert all(len(layouts) == 1 for layouts in cache.memo._pages.values())
    assert got_moved == _read(moved, "moved.pdf", None, monkeypatch)
    assert got_moved != got  # 30 points lower, some box is nearest other words
