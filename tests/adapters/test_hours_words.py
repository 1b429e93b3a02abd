"""A timesheet's wrong hours said as a caseworker or the company reads them: too many hours in Danish
numbers ("200 overstiger ugens 168 timer", not "200.0 overstiger 168.0"), a negative number called
negative, not "not a number", and the field named one way whichever check found the problem
(`entries[0].hours`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_items import ROWS, TIMESHEETS, form, sheet

from hub.adapters.mapping.form_items import map_items
from hub.adapters.pipeline import validate_record
from hub.errors import FieldProblem, Rejection

SHA = "ef" * 32


def _problems(tmp_path: Path, hours: str) -> list[FieldProblem]:
    """What one row of hours (and nothing else wrong) is rejected for, mapped and then validated."""
    rows = [ROWS[0], [], ROWS[2], ["010190-1234", "1900000101", "2026-W32", hours], [], *ROWS[-2:]]
    [item] = map_items(sheet(rows), form(tmp_path, TIMESHEETS), SHA, "timer.xlsx", "159")
    if item.mapped is None:
        return list(item.problems)
    with pytest.raises(Rejection) as caught:
        validate_record(item.mapped, "timer.xlsx")
    return caught.value.problems


def test_too_many_hours_are_said_with_danish_numbers_and_the_field_in_one_notation(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "200")
    mine = [p for p in problems if p.field == "entries[0].hours"]
    assert [p.reason_da for p in mine] == ["Timetallet 200 overstiger ugens 168 timer."]
    # The API's English says the figures as the Danish does, without the record's ".0" (fixes-109).
    assert mine[0].reason_en == "hours 200 exceed the 168 hours of a week"
    assert "D4" in mine[0].locator  # still located where it was read
    assert all(".0." not in p.describe("da") for p in problems)


def test_hours_with_a_fraction_keep_their_decimal_comma(tmp_path: Path) -> None:
    [problem] = [p for p in _problems(tmp_path, "168,5") if p.field == "entries[0].hours"]
    assert problem.reason_da == "Timetallet 168,5 overstiger ugens 168 timer."


@pytest.mark.parametrize("hours", ["-3", "-3,5", "\u22123"])
def test_negative_hours_are_called_negative_not_not_a_number(tmp_path: Path, hours: str) -> None:
    [problem] = _problems(tmp_path, hours)
    assert problem.field == "entries[0].hours"
    assert problem.reason_en == f"the number cannot be negative: {hours!r}"
    assert problem.reason_da == f"tallet kan ikke være negativt: {hours!r}"


def test_a_word_after_a_minus_is_still_not_a_number(tmp_path: Path) -> None:
    """Not called negative; since suggest-70 said to be words with no figure, with how to write hours."""
    [problem] = _problems(tmp_path, "-tre")
    assert problem.reason_da.startswith(
        "timer skrevet kun med ord, uden tal: '-tre' (skriv timerne som et tal"
    )
    assert "negativ" not in problem.reason_da
