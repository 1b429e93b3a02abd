"""`hub adapters suggest` drafts the one mark of a progress report it did not find by its words as the
one value not recognised that holds only the marks 1-5 (`suggest/last_mark.py`; decision 0060,
"Twenty-third trial"). Each form here is a CSV export of progress reports, one a row, written by hand."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.suggestion import Suggestion

ROWS = ("1502962384,2026-04-24,{}\n", "2111983327,2026-04-27,{}\n", "0407011942,2026-05-04,{}\n")


def _draft(columns: dict[str, tuple[str, str, str]]) -> Suggestion:
    header = "cpr,udtalelse_dato," + ",".join(columns) + "\n"
    lines = [row.format(",".join(values[n] for values in columns.values())) for n, row in enumerate(ROWS)]
    data = (header + "".join(lines)).encode()
    return suggest(extract(data, "udtalelser.csv", READ_OPTIONS), "udtalelser.csv", data)


def _paths(draft: Suggestion) -> dict[str, str | None]:
    return {f.selectors[0]: f.path for f in draft.fields}


FOUR = {
    "fremmoede": ("4", "3", "5"),
    "samarbejde": ("3", "4", "5"),
    "opgaveloesning": ("4", "3", "5"),
    "selvstaendighed": ("3", "2", "4"),
}


def test_the_one_mark_not_found_is_the_one_column_of_marks_not_recognised() -> None:
    draft = _draft({**FOUR, "moedetider": ("5", "2", "4"), "sagsnr": ("2026-0412", "2026-0419", "2026-0431")})
    assert _paths(draft)["column:moedetider"] == "scores.punctuality"
    assert _paths(draft)["column:sagsnr"] is None and "scores.punctuality" not in draft.missing
    text = draft.to_toml()
    assert "# TODO: check this is scores.punctuality: the one mark not found by its words" in text


def _punctuality(
    extra: dict[str, tuple[str, str, str]], marks: dict[str, tuple[str, str, str]] = FOUR
) -> str | None:
    """The column drafted as the punctuality mark, or None."""
    draft = _draft({**marks, **extra})
    return next((f.selectors[0] for f in draft.fields if f.path == "scores.punctuality"), None)


def test_two_columns_of_marks_not_recognised_are_left_to_the_person() -> None:
    assert _punctuality({"niveau": ("1", "2", "1")}) == "column:niveau"
    assert _punctuality({"moedetider": ("5", "2", "4"), "niveau": ("1", "2", "1")}) is None


def test_a_column_holding_more_than_the_marks_is_no_mark() -> None:
    assert _punctuality({"antal_dage": ("5", "2", "4")}) == "column:antal_dage"
    assert _punctuality({"antal_dage": ("5", "12", "4")}) is None
    assert _punctuality({"antal_dage": ("5", "4.5", "4")}) is None


def test_with_two_marks_not_found_nothing_is_guessed() -> None:
    assert _punctuality({"moedetider": ("5", "2", "4")}) == "column:moedetider"
    three = {k: v for k, v in FOUR.items() if k != "selvstaendighed"}
    assert _punctuality({"moedetider": ("5", "2", "4")}, three) is None
