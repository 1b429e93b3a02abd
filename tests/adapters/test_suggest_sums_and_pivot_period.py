"""`hub adapters suggest` drafts fixes-105's two rules where the document shows them (decision 0061, "Stop
68: fixes-111"): an xml list whose week element states its own sum over visits of their own
(`<uge timer='3.5'>` around `<besøg dato timer>`) is drafted a visit a row with `subtotals` checking each
week's sum, and a DuckDB pivot whose week row is headed `uge_45`, `uge_46` under a title stating its month
is drafted `across` with `{ name = "week", period = "A1" }`. Before, the first read the weeks' sums and
left the visits unchecked against them, and the second drafted no list at all.

The documents are written by hand: fixes-105's Frederikshavn-shaped xml (week 41: visits 1.5 and 2.0, 3.5;
week 43: one visit of 3.0), and a November 2026 pivot (2 November 2026 is the Monday of week 45; weeks
45, 46 and 48 with 3.0, 2.5 and 1.0 mentor hours)."""

from __future__ import annotations

from pathlib import Path

from test_mapping import HEAD
from test_subtotal_lines import csv
from test_xml_list_subtotals import XML

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import map_form
from hub.adapters.mapping.form_items import map_items
from hub.adapters.readers.xml import read_xml
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

SHA = "ab" * 32


def _config(tmp_path: Path, draft: str) -> Path:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + draft, encoding="utf-8")
    return path


def test_an_xml_weeks_own_sum_is_drafted_as_subtotals_over_its_visits(tmp_path: Path) -> None:
    draft = render(suggest(read_xml(XML.format(week41="3.5").encode(), "t.xml"), "t.xml"))
    lines = draft.splitlines()
    assert '  rows = "/d:mentortimer/d:forløb/d:uge/d:besøg"' in lines
    assert '  subtotals = { element = "/d:mentortimer/d:forløb/d:uge", sums = { hours = "@timer" } }' in lines
    config = load_config_file(_config(tmp_path, draft)).forms[0]
    (item,) = map_items(read_xml(XML.format(week41="3.5").encode(), "t.xml"), config, SHA, "t.xml", "159")
    assert item.mapped is not None and item.mapped.record["entries"] == [
        {"week": "2026-W41", "hours": "3.5"},
        {"week": "2026-W43", "hours": "3.0"},
    ]
    (wrong,) = map_items(read_xml(XML.format(week41="4.0").encode(), "t.xml"), config, SHA, "t.xml", "159")
    (problem,) = wrong.problems
    assert problem.locator == "/mentortimer/forløb/uge[1]/@timer"
    assert "add up to 3.5" in problem.reason_en


def test_an_xml_week_without_a_sum_of_its_own_is_drafted_as_before() -> None:
    """A guard: weeks whose hours are only their visits' are drafted a week a row, no subtotals."""
    xml = XML.replace(" timer='{week41}'>", ">").replace(" timer='3.0'>", ">")
    draft = render(suggest(read_xml(xml.encode(), "t.xml"), "t.xml"))
    assert "subtotals" not in draft


PIVOT = [
    ["Mentortimer november 2026"],  # A1
    ["CPR-nr.", "010190-1234"],
    ["P-nr.", "1900000101"],
    ["Mentor", "Mads Eksempel"],
    [],
    ["art", "uge_45", "uge_46", "uge_48"],
    ["mentortimer", "3.0", "2.5", "1.0"],
    [],
    ["Underskrevet af", "Hans Jensen"],
    ["Dato", "04-12-2026"],
]


def test_a_pivot_of_uge_columns_is_drafted_in_its_titles_period_and_the_draft_reads_it(
    tmp_path: Path,
) -> None:
    draft = render(suggest(csv(PIVOT), "rapport.csv"))
    lines = draft.splitlines()
    assert '  table = { week = "art", hours = "mentortimer" }' in lines
    assert '    transforms = [{ name = "week", period = "A1" }]' in lines
    config = load_config_file(_config(tmp_path, draft)).forms[0]
    record = map_form(csv(PIVOT), config, SHA, "rapport.csv", "159").record
    assert record["entries"] == [
        {"week": "2026-W45", "hours": "3.0"},
        {"week": "2026-W46", "hours": "2.5"},
        {"week": "2026-W48", "hours": "1.0"},
    ]


def test_a_row_of_bare_numbers_is_no_pivot_of_weeks() -> None:
    """A guard: `45`, `46`, `48` beside a label are as often figures as weeks: not drafted across."""
    rows = [*PIVOT[:5], ["art", "45", "46", "48"], *PIVOT[6:]]
    assert "across" not in render(suggest(csv(rows), "rapport.csv"))
