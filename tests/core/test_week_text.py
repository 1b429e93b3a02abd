"""A week in a message for people is written with its year in Danish as in English: "uge 44 2026" beside
an English page's "week 44 2026" (the Danish said "uge 44", leaving out the year of the period's own
weeks, stop 60, api-71)."""

from __future__ import annotations

from hub.datewords import message_dates, week_text


def test_a_week_is_said_with_its_year_in_both_languages() -> None:
    assert week_text("2026-W44", "da") == "uge 44 2026"
    assert week_text("2026-W44", "en_GB") == "week 44 2026"
    assert week_text("2027-W01", "da") == "uge 1 2027"
    assert week_text("uge 44", "da") == "uge 44"  # not a week code: as given
    # An English message's code on a page, as `message_dates` writes it: the same words.
    assert message_dates("hours logged in 2026-W44", "en_GB") == "hours logged in week 44 2026"
