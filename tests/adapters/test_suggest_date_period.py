"""`hub adapters suggest` drafts a list's date column under a cell stating its document's month or two
days as `{ name = "date", period = "<that cell>" }` (decision 0060, "Stop 70: fixes-118"), so a day
outside the period is refused; where no cell states a period, the draft is `date` alone as before.

The sheet is written here by hand: a November 2026 timesheet whose visits are on 2 and 30 November.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from test_mapping import HEAD
from test_subtotal_lines import csv, xlsx

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import map_form
from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.errors import Rejection

ROWS = [
    ["Mentortimer november 2026"],  # A1
    ["CPR-nr.", "010190-1234"],
    ["P-nr.", "1900000101"],
    ["Mentor", "Mads Eksempel"],
    [],
    ["Dato", "Timer"],
    ["02-11-2026", "3"],
    ["30-11-2026", "2,5"],
    [],
    ["Underskrevet af", "Hans Jensen"],
    ["Dato", "01-12-2026"],
]
PLAIN = '    transforms = ["date"]'


def _dated(rows: list[list[str]], first: str, second: str) -> list[list[str]]:
    return [*rows[:6], [first, "3"], [second, "2,5"], *rows[8:]]


@pytest.mark.parametrize(
    ("read", "name", "title"), [(csv, "rapport.csv", "A1"), (xlsx, "rapport.xlsx", "Ark1!A1")]
)
def test_a_lists_days_under_a_stated_month_are_drafted_in_it_and_a_day_outside_is_refused(
    tmp_path: Path, read: Callable[[list[list[str]]], Extraction], name: str, title: str
) -> None:
    draft = render(suggest(read(ROWS), name))
    assert f'    transforms = [{{ name = "date", period = "{title}" }}]' in draft.splitlines()
    config = tmp_path / "gladsaxe.toml"
    config.write_text(HEAD + draft, encoding="utf-8")
    form = load_config_file(config).forms[0]
    record = map_form(read(ROWS), form, "ab" * 32, name, "159").record
    assert record["entries"] == [
        {"week": "2026-W45", "hours": "3.0"},
        {"week": "2026-W49", "hours": "2.5"},
    ]
    # The same draft on a sheet for November holding a visit on 3 February: refused at that day.
    with pytest.raises(Rejection, match="03-02-2027"):
        map_form(read(_dated(ROWS, "02-11-2026", "03-02-2027")), form, "ab" * 32, name, "159")


def test_two_stated_days_are_a_period_too() -> None:
    rows = [
        ["Periode: 01-11-2026 - 15-11-2026"],
        *ROWS[1:6],
        ["02-11-2026", "3"],
        ["13-11-2026", "1"],
        *ROWS[8:],
    ]
    assert (
        '    transforms = [{ name = "date", period = "A1" }]'
        in render(suggest(csv(rows), "r.csv")).splitlines()
    )


@pytest.mark.parametrize(
    "title",
    [
        "Mentortimer",  # no period stated: the draft as before
        "Mentortimer 2026",  # a year alone is a week-year (29-12-2025 is in 2026's), not a year's days
    ],
)
def test_no_month_or_days_stated_drafts_date_alone(title: str) -> None:
    draft = render(suggest(csv([[title], *ROWS[1:]]), "rapport.csv"))
    assert PLAIN in draft.splitlines()
    assert "period" not in draft


def test_a_day_outside_the_stated_month_is_no_sign_the_cell_is_the_lists_period() -> None:
    """The first cell stating a period is not the days' where a day of the list lies outside it (a grant's
    months, a print's): not drafted, rather than a draft refusing the document it was made from."""
    draft = render(suggest(csv(_dated(ROWS, "02-11-2026", "01-12-2026")), "rapport.csv"))
    assert PLAIN in draft.splitlines()
