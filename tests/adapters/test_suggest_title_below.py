"""A CSV's title is printed above its table, never below it (decision 0060, "Stop 63: trial-82"): the
total line of Faaborg-Midtfyn's awk report, `I alt` after the visits, titled the draft, which then
recognised the form by "I alt", a line any report with a total holds."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest

_REPORT = (
    "CPR\tP-nummer\tMentor\tDato\tTimer\n"
    "010190-1234\t1234567890\tJens Bak\t01.09.2026\t1,50\n"
    "010190-1234\t1234567890\tJens Bak\t08.09.2026\t2,00\n"
    "I alt\t\t\t\t3,50\n"
)


def _suggested(text: str) -> tuple[str, object]:
    drafted = suggest(extract(text.encode(), "rapport.csv", READ_OPTIONS), "rapport.csv")
    return drafted.title, drafted.recognise


def test_a_total_line_below_the_rows_is_no_title() -> None:
    title, recognise = _suggested(_REPORT)
    assert title == "rapport"  # the file's name, as for any table without a title above it
    assert "I alt" not in str(recognise)  # recognised by the table's own headers instead


def test_a_title_above_the_table_still_titles_it() -> None:
    title, recognise = _suggested("Mentortimer september\n" + _REPORT)
    # the title's lasting words: a month's name changes from file to file
    assert title == "Mentortimer september" and recognise == {"contains": ["Mentortimer"]}
