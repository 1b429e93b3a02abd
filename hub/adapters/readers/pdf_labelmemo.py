"""The labels of a template page's fields, worked out once and given again to the next copy (stop 53).

A page's runs are kept under its content key (`pdf_pagecache`), and a label is a function of those runs,
of every box and text field noted on the page (`PageTexts.add_boxes`: the rows of boxes decide together
whose words are whose) and of the field asked about. Copies of one template have all three alike: the
labels and the words beside each box were worked out again for every copy, about a third of a bench
form's reading (decision 0050, "Stop 53"). They are kept beside the page's runs (`LabelMemo`), under
the page's boxes and the question, and die with those runs.

Only a page whose runs are the cache's own tuple is answered from here: that tuple is never changed, so
the same tuple, the same boxes and the same question give the same answer. A page the document's label
budget skipped, or one read without a key (qpdf repaired the file), is worked out as before. A page's
runs are read at the moment the reading without this memo would read them, so the budget charges the
same pages in the same order. A box's corners are taken as given (`box`), never from the memo: two
corners equal as numbers may differ in the sign of a zero.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from hub.adapters.readers.pdf_layout import PageTexts
from hub.adapters.readers.pdf_runs import Box, Run, first_rect

MAX_ANSWERS = 50_000  # answers kept over all pages (a form page asks tens); past it, all are dropped
MAX_LAYOUTS = 8  # ways of placing boxes kept a page: a template has one

Layout = tuple[tuple[Any, ...], tuple[Any, ...]]  # a page's boxes and its text fields, as noted
Answers = dict[Any, Any]


class LabelMemo:
    """The answers worked out on each cached page (by its key), under each layout of boxes on it."""

    def __init__(self) -> None:
        self._pages: dict[bytes, dict[Layout, Answers]] = {}
        self._count = 0
        self._lock = threading.Lock()

    def answers(self, key: bytes, layout: Layout) -> Answers:
        """The answers kept for the page `key` with the boxes `layout`, to look up and add to (`keep`)."""
        with self._lock:
            layouts = self._pages.setdefault(key, {})
            if layout not in layouts and len(layouts) >= MAX_LAYOUTS:
                self._count -= sum(map(len, layouts.values()))
                layouts.clear()
            return layouts.setdefault(layout, {})

    def keep(self, answers: Answers, question: Any, answer: Any) -> None:
        """Keep `answer` to `question` in `answers`, within `MAX_ANSWERS` over all pages."""
        with self._lock:
            if self._count >= MAX_ANSWERS:
                self._pages.clear()
                self._count = 0
            answers[question] = answer
            self._count += 1

    def drop(self, key: bytes) -> None:
        """Forget a page's answers (its runs left the cache)."""
        with self._lock:
            self._count -= sum(map(len, self._pages.pop(key, {}).values()))

    def clear(self) -> None:
        """Forget every page's answers."""
        with self._lock:
            self._pages.clear()
            self._count = 0


class KeptTexts(PageTexts):
    """`PageTexts` whose labels and words beside boxes come from `memo` on a page it answers for.

    `memo(page, runs, layout)`: the answers kept for that page, or None where its runs are not the
    cache's."""

    def __init__(
        self,
        read: Callable[[int], Sequence[Run] | None],
        count: int,
        memo: Callable[[int, Sequence[Run], Layout], Answers | None],
        keep: Callable[[Answers, Any, Any], None],
    ) -> None:
        super().__init__(read, count)
        self._memo = memo
        self._keep = keep
        self._answers: dict[int, Answers | None] = {}

    def add_boxes(self, page: int | None, boxes: list[Box], text: bool = False) -> None:
        """As `PageTexts.add_boxes`; a page's layout changed, so its answers are looked up again."""
        super().add_boxes(page, boxes, text)
        self._answers.pop(page, None)  # type: ignore[arg-type]

    def label(self, page: int | None, boxes: list[Box], box: bool = False) -> str | None:
        """As `PageTexts.label`, from the memo where the page has one."""
        if page is None or first_rect(boxes) is None:
            return None
        self.runs(page)  # where the label's own reading reads them first: the budget sees the same
        answers = self._page_answers(page)
        if answers is None:
            return super().label(page, boxes, box)
        question = ("label", _frozen(boxes), box)
        if question not in answers:
            self._keep(answers, question, super().label(page, boxes, box))
        return answers[question]

    def choices(self, kind: str, page: int | None, boxes: list[Box]) -> dict[str, Any]:
        """As `PageTexts.choices`, from the memo where the page has one and its runs are read already
        (a group with no box to name reads none)."""
        if page is None or page not in self._pages or (answers := self._page_answers(page)) is None:
            return super().choices(kind, page, boxes)
        question = ("choices", kind, _frozen(boxes))
        if question not in answers:
            found = super().choices(kind, page, boxes)
            self._keep(answers, question, {k: v for k, v in found.items() if k != "box"})
            return found
        rect = first_rect(boxes)
        if rect is None:
            return {}
        kept: dict[str, Any] = answers[question]
        found = {"box": [round(v, 1) for v in rect]}
        found.update((k, dict(v) if isinstance(v, dict) else v) for k, v in kept.items())
        return found

    def _page_answers(self, page: int) -> Answers | None:
        if page not in self._answers:
            runs = self.runs(page)
            layout = (tuple(self._boxes.get(page, ())), tuple(self._fields.get(page, ())))
            self._answers[page] = None if page in self.skipped else self._memo(page, runs, layout)
        return self._answers[page]


def _frozen(boxes: list[Box]) -> tuple[Any, ...]:
    return tuple((rect, tuple(states)) for rect, states in boxes)
