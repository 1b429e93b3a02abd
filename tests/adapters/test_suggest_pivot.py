"""`hub adapters suggest` drafts a timesheet laid out as a pivot as a list with `across = true` (decision
0060, "Stop 66: lang-100, a timesheet laid out as a pivot"), and the draft as printed reads the file.

The file is written here by hand as DuckDB's `PIVOT visits ON uge USING sum(timer) GROUP BY art` prints
its rows under a head of the citizen's facts (comma, the sums `3.0`), and as the same rows in a workbook;
the expected record is read off the rows by hand: weeks 45, 46 and 48 of 2026 with 3, 2.5 and 4 mentor
hours, 9.5 in all; the calls row (`samtaler`) is another kind, not read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from test_mapping import HEAD
from test_subtotal_lines import xlsx

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import map_form
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

ROWS = [
    ["Mentortimer pr. uge"],
    ["CPR-nr.", "010190-1234"],
    ["P-nr.", "1900000101"],
    ["Mentor", "Mads Eksempel"],
    [],
    ["art", "2026-W45", "2026-W46", "2026-W48"],  # row 6
    ["mentortimer", "3.0", "2.5", "4.0"],
    ["samtaler", "1.0", "0.5", ""],
    [],
    ["Underskrevet af", "Hans Jensen"],
    ["Dato", "30-11-2026"],
]


def _csv(rows: list[list[str]]) -> Extraction:
    return extract("".join(",".join(row) + "\n" for row in rows).encode(), "pivot.csv", READ_OPTIONS)


@pytest.mark.parametrize(("read", "name"), [(_csv, "pivot.csv"), (xlsx, "rapport.xlsx")])
def test_a_pivot_is_drafted_as_a_list_across_and_the_draft_reads_it(
    tmp_path: Path, read: Callable[[list[list[str]]], Extraction], name: str
) -> None:
    draft = render(suggest(read(ROWS), name))
    block = draft[draft.index("  [[forms.lists]]") :].split("\n\n")[0].splitlines()
    assert '  table = { week = "art", hours = "mentortimer" }' in block
    assert [line.split("  #")[0] for line in block if "across" in line] == ["  across = true"]
    config = tmp_path / "gladsaxe.toml"
    config.write_text(HEAD + draft, encoding="utf-8")
    form = load_config_file(config).forms[0]
    record = map_form(read(ROWS), form, "ab" * 32, name, "159").record
    assert record["entries"] == [
        {"week": "2026-W45", "hours": "3.0"},
        {"week": "2026-W46", "hours": "2.5"},
        {"week": "2026-W48", "hours": "4.0"},
    ]
    assert record["total_hours"] == "9.5"
    assert record["citizen"]["cpr"] == "0101901234"
