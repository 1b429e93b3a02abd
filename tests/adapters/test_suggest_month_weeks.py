"""A column headed `Uge` whose every value names a month (januar, feb., May 2026) is no week: `hub adapters
suggest` drafts no week from it and leaves it TODO saying why (decision 0060, "Stop 62: fixes-75").
A column of week numbers under `Uge` is drafted as weeks, as before."""

from __future__ import annotations

import tomllib

import pytest
from suggest_support import draft_of

from hub.adapters.suggest.week_values import month_names

NOTE = "holds months' names, not weeks: no week drafted; ask for each row's week or day"


def _form(text: str) -> dict:
    return tomllib.loads(text)["forms"][0]


def test_a_list_with_days_reads_no_week_from_a_column_of_months() -> None:
    draft = draft_of(b"Dato;Uge;Timer\n03-08-2026;august;3\n10-08-2026;august;2,5\n", "t.csv")
    (entries,) = _form(draft)["lists"]
    assert entries["table"] == {"date": "Dato", "hours": "Timer"}
    assert f'# TODO: {NOTE} (column "Uge"; seen: august)' in draft


def test_one_citizens_rows_of_months_are_no_list_of_weeks() -> None:
    draft = draft_of(b"CPR-nr.;Uge;Timer\n010190-1234;januar;3\n010190-1234;februar;2,5\n", "t.csv")
    assert "lists" not in _form(draft)
    assert f'  # ("Uge" {NOTE})' in draft
    assert 'week = "Uge"' not in draft


def test_many_citizens_column_of_months_is_left_todo_saying_so() -> None:
    draft = draft_of(b"CPR-nr.;Uge;Timer\n010190-1234;jan;3\n020290-1234;feb;2,5\n", "t.csv")
    assert f'# TODO: {NOTE} (column "Uge"; seen: jan, feb)' in draft


def test_a_column_of_week_numbers_is_still_weeks() -> None:
    draft = draft_of(b"CPR-nr.;Uge;Timer\n010190-1234;32;3\n010190-1234;33;2,5\n", "t.csv")
    (entries,) = _form(draft)["lists"]
    assert entries["table"] == {"week": "Uge", "hours": "Timer"}


@pytest.mark.parametrize(
    ("values", "months"),
    [
        (["januar", "Feb.", "marts 2026", "May", "okt"], True),
        (["december", ""], True),
        (["januar", "32"], False),
        (["3", "4"], False),  # a month's number is a week's number too
        (["uge 32"], False),
        ([""], False),
    ],
)
def test_month_names(values: list[str], months: bool) -> None:
    assert month_names(values) is months
