"""`hub adapters suggest` drafts a week column of `Uge 49` alone under a title stating its month ("Mentortimer
december 2026") as `{ name = "week", period = "A1" }` (decision 0060, "Stop 67: fixes-105"), and the draft
as printed reads the file; drafted `week` alone, every row was refused ("not a week: 'Uge 49'").

The sheet is written here by hand; the weeks worked out by hand: 1 December 2026 is a Tuesday of week 49,
28-31 December 2026 are in 2026-W53.
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

ROWS = [
    ["Mentortimer december 2026"],  # A1
    ["CPR-nr.", "010190-1234"],
    ["P-nr.", "1900000101"],
    ["Mentor", "Mads Eksempel"],
    [],
    ["Uge", "Timer"],
    ["Uge 49", "3"],
    ["Uge 53", "2,5"],
    [],
    ["Underskrevet af", "Hans Jensen"],
    ["Dato", "04-01-2027"],
]


@pytest.mark.parametrize(
    ("read", "name", "title"), [(csv, "rapport.csv", "A1"), (xlsx, "rapport.xlsx", "Ark1!A1")]
)
def test_weeks_without_their_year_are_drafted_in_the_titles_period_and_the_draft_reads_them(
    tmp_path: Path, read: Callable[[list[list[str]]], Extraction], name: str, title: str
) -> None:
    draft = render(suggest(read(ROWS), name))
    assert f'    transforms = [{{ name = "week", period = "{title}" }}]' in draft.splitlines()
    config = tmp_path / "gladsaxe.toml"
    config.write_text(HEAD + draft, encoding="utf-8")
    record = map_form(read(ROWS), load_config_file(config).forms[0], "ab" * 32, name, "159").record
    assert record["entries"] == [
        {"week": "2026-W49", "hours": "3.0"},
        {"week": "2026-W53", "hours": "2.5"},
    ]


def test_weeks_with_their_year_are_drafted_as_before() -> None:
    """A guard: a week written with its year needs no period."""
    rows = [*ROWS[:6], ["2026-W49", "3"], ["2026-W53", "2,5"], *ROWS[8:]]
    draft = render(suggest(csv(rows), "rapport.csv"))
    assert "period" not in draft
    assert '    transforms = ["week"]' in draft.splitlines()
