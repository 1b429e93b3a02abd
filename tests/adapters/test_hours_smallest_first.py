"""A length written smallest unit first, as postgres-interval's `toPostgres()` writes node-postgres's
`interval` ("30 minutes 1 hours"; decision 0060, "Stop 69: trial-114" left it, "Stop 70: fixes-116"):
Egedal's visits with each `<varighed>` that text instead of its parts, read by `hours`, are the records
written by hand from the parts. Minutes that make no exact decimal of hours, parts of 60 or more, and
units in no order a writer uses stay refused, saying so."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from onboarding_trial import TRIAL, edited_config

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS

GOLDEN = TRIAL / "golden" / "egedal"
PARTS = 'sources = ["varighed/hours", "varighed/minutes"]'
OPTION = '[{ name = "hours_minutes", empty_is_zero = true }]'


def _as_text(match: re.Match[str]) -> str:
    """A `<varighed>` of parts as `toPostgres()` writes it: minutes, then hours, each only if not 0."""
    minutes = re.search(r"<minutes>(\d+)</minutes>", match[0])
    hours = re.search(r"<hours>(\d+)</hours>", match[0])
    parts = [f"{minutes[1]} minutes" if minutes else "", f"{hours[1]} hours" if hours else ""]
    return f"<varighed>{' '.join(p for p in parts if p)}</varighed>"


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


def test_egedal_visits_written_smallest_first_are_the_records_written_by_hand(tmp_path: Path) -> None:
    config = edited_config(
        tmp_path,
        "egedal",
        lambda text: text.replace(PARTS, 'source = "varighed"').replace(OPTION, '["hours"]'),
    )
    data = (GOLDEN / "mentortimer.xml").read_text(encoding="utf-8")
    data = re.sub(r"<varighed>.*?</varighed>", _as_text, data, flags=re.DOTALL)
    assert "<varighed>30 minutes 1 hours</varighed>" in data  # the first visit, 1 h 30 min
    expected = json.loads((GOLDEN / "mentortimer.expected.json").read_text(encoding="utf-8"))
    assert canonical_records(config, data.encode(), "mentortimer.xml") == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [("30 minutes 1 hours", "1.5"), ("45 minutes 2 hours", "2.75"), ("9 seconds 1 hours", "1.0025"),
     ("0.36 seconds 1 hours", "1.0001"), ("30 min. 1 t.", "1.5")],
)  # fmt: skip
def test_seconds_and_minutes_before_the_hours_are_read(text: str, read: str) -> None:
    assert hours(text) == read


def test_minutes_that_make_no_exact_hours_are_refused_as_in_the_other_order() -> None:
    with pytest.raises(TransformError, match="minutes that make no exact decimal hours: '20 minutes 1 h"):
        hours("20 minutes 1 hours")
    with pytest.raises(TransformError, match="seconds that make no exact decimal hours"):
        hours("15 seconds 30 minutes 1 hours")  # 1815 s is 0.50416… hours


@pytest.mark.parametrize("text", ["75 minutes 1 hours", "1 days 2 hours", "30 minutes 1 hours 2 hours"])
def test_other_lengths_in_words_stay_refused(text: str) -> None:
    with pytest.raises(TransformError) as caught:
        hours(text)
    assert text in str(caught.value)
