"""A box's label and the text beside it are found among the runs near its height (`PageTexts.between`),
and must be what a look at every run of the page finds: random pages and boxes, runs on the edges of
each band, and coordinates that are not numbers, infinite or huge."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

import pytest

from hub.adapters.readers.pdf_layout import PageTexts
from hub.adapters.readers.pdf_runs import Box, Run

_ODD = (math.nan, math.inf, -math.inf, 1e20, -1e20, 2e6)


def _every_run(texts: PageTexts, page: int, _low: float, _high: float) -> Sequence[Run]:
    return texts.runs(page)  # what every question scanned before the bands


def _page(rng: random.Random, boxes: list[Box]) -> list[Run]:
    runs: list[Run] = []
    for n in range(rng.randrange(0, 60)):
        x, y = rng.uniform(-50, 650), rng.uniform(-50, 850)
        if rng.random() < 0.4 and boxes:  # on the edge of a band some question asks about
            rect = boxes[rng.randrange(len(boxes))][0] or (0.0, 0.0, 1.0, 1.0)
            x0, y0, x1, y1 = rect
            edge = rng.choice([y0 - 4, y1 + 2, y1, y1 + 40, y0, y0 - max(2 * (y1 - y0), 24)])
            y = edge + rng.choice([0.0, 1e-9, -1e-9, 0.5, -0.5, 1.0, -1.0])
            x = rng.choice([x0 - 5, x1 + 3, (x0 + x1) / 2, x0 - 20, x1])
        if rng.random() < 0.05:
            y = rng.choice(_ODD)
        if rng.random() < 0.03:
            x = rng.choice(_ODD)
        runs.append((x, y, f"t{n % 7}", rng.uniform(0, 80), rng.choice([8.0, 10.0, 14.0])))
    return runs


def _box(rng: random.Random) -> Box:
    x0, y0 = rng.uniform(0, 600), rng.uniform(0, 800)
    rect = (x0, y0, x0 + rng.uniform(0, 200), y0 + rng.uniform(0, 30))
    if rng.random() < 0.05:
        rect = tuple(rng.choice(_ODD) if rng.random() < 0.5 else v for v in rect)  # type: ignore[assignment]
    return (rect if rng.random() > 0.03 else None, ["Off", f"V{rng.randrange(4)}"])


@pytest.mark.parametrize("seed", range(40))
def test_the_bands_find_what_every_run_finds(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    questions = [[_box(rng) for _ in range(rng.randrange(1, 4))] for _ in range(30)]
    runs = _page(rng, [box for boxes in questions for box in boxes])
    banded = PageTexts(lambda _page: runs, 1)
    banded.add_boxes(0, [box for boxes in questions[::2] for box in boxes])  # a box's words right of it
    answers = [
        (
            banded.label(0, boxes, True),
            banded.choices("checkbox", 0, boxes),
            banded.choices("radio", 0, boxes),
        )
        for boxes in questions
    ]
    monkeypatch.setattr(PageTexts, "between", _every_run)
    every = PageTexts(lambda _page: runs, 1)
    every.add_boxes(0, [box for boxes in questions[::2] for box in boxes])
    expected = [
        (every.label(0, boxes, True), every.choices("checkbox", 0, boxes), every.choices("radio", 0, boxes))
        for boxes in questions
    ]
    assert repr(answers) == repr(expected)  # repr: a NaN in a box is equal to itself there


def test_a_band_is_a_few_runs_of_the_page() -> None:
    runs: list[Run] = [(10.0, float(y), f"line {y}", 40.0, 10.0) for y in range(0, 800, 20)]
    texts = PageTexts(lambda _page: runs, 1)
    assert [run[1] for run in texts.between(0, 100.0, 140.0)] == [100.0, 120.0, 140.0]
    assert len(texts.between(0, math.nan, 140.0)) == len(runs)  # not a number: the whole page
