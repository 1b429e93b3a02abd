"""Hours in a refusal are said as a person reads them, in English as in Danish (fixes-109): the walk's
English line said "hours 300.0 exceed the 168.0 hours of a week" beside the Danish "Timetallet 300
overstiger ugens 168 timer". One rule wherever the canonical schemas say hours: too many for a week, a
total that is not the sum of its lines, more decimals than the column holds."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from marshmallow import ValidationError
from test_schema_messages import HOURS

from hub.schemas.messages import problems_from_validation
from hub.schemas.records import load_records


def _refused(**changes: Any) -> list[tuple[str, str, str]]:
    """(field, English, Danish) of each problem one mentor-hours record with `changes` is refused for."""
    record = copy.deepcopy(HOURS) | changes
    with pytest.raises(ValidationError) as caught:
        load_records([record])
    found = problems_from_validation(caught.value.messages, file="timer.json")
    return [(p.field, p.reason_en, p.reason_da) for p in found]


def test_too_many_hours_are_said_without_a_needless_decimal_in_both_languages() -> None:
    refused = _refused(entries=[{"week": "2026-W33", "hours": "300"}], total_hours="300")
    assert (
        "0.entries[0].hours",
        "hours 300 exceed the 168 hours of a week",
        "Timetallet 300 overstiger ugens 168 timer.",
    ) in refused


def test_a_fraction_and_a_thousand_keep_their_figures() -> None:
    refused = _refused(entries=[{"week": "2026-W33", "hours": "1200.50"}], total_hours="1200.5")
    assert [(en, da) for field, en, da in refused if field.endswith("hours")] == [
        ("hours 1200.5 exceed the 168 hours of a week", "Timetallet 1.200,5 overstiger ugens 168 timer.")
    ]


def test_a_total_that_is_not_the_sum_says_both_figures_as_read() -> None:
    refused = _refused(entries=[{"week": "2026-W33", "hours": "3.0"}], total_hours="4.0")
    assert refused == [
        (
            "0.total_hours",
            "total_hours 4 is not the sum of the entries (3)",
            "Timetallet i alt 4 er ikke summen af linjerne (3).",
        )
    ]
