"""`hub adapters suggest` on a timesheet typed as a grid: one row a week, one column a weekday and no
total column ("A week a row" in docs/config-language.md). The draft's hours are the day columns added
up (`sources` with `sum`), where it used to leave one commented list field per day for a person to
rewrite by hand. Each draft is read as a person would paste it, through the real schema and mapping."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pipeline import ROOT
from suggest_support import drafted_config

from hub.adapters.language.golden import canonical_records
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.weekdays import weekday

GOLDEN = ROOT / "tests" / "onboarding" / "golden"

# Written by hand from docs/config-language.md, "A week a row": the lines after the form's own fields.
_LIST = """
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  table = { week = "Uge" }

    [[forms.lists.fields]]
    key = "week"
    transforms = ["week"]

    [[forms.lists.fields]]
    key = "hours"
    # a week a row, a column a weekday and no total column: a week's hours are its days added up,
    # an empty day as 0 hours. TODO: check that every day column the form can have is listed, and
    # drop empty_is_zero if a blank day must be refused (docs/config-language.md, "A week a row")
    sources = [DAYS]
    transforms = [{ name = "sum", empty_is_zero = true }]

  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
"""


def _draft(path: Path) -> str:
    return suggest(extract(path.read_bytes(), path.name), path.name).to_toml()


def _lists(text: str) -> list[dict[str, Any]]:
    lists: list[dict[str, Any]] = tomllib.loads(text)["forms"][0].get("lists", [])
    return lists


@pytest.mark.parametrize(
    ("source", "code", "slug", "town", "days"),
    [
        (
            GOLDEN / "fanoe" / "mentor_hours_grid.csv",
            "563",
            "fanoe",
            "Fanø",
            ["Man", "Tir", "Ons", "Tor", "Fre"],
        ),
        (
            GOLDEN / "laesoe" / "mentor_hours.xlsx",
            "825",
            "laesoe",
            "Læsø",
            ["Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn"],
        ),
    ],
)
def test_a_weekday_grid_is_drafted_as_its_days_added_up_and_maps_the_sample(
    source: Path, code: str, slug: str, town: str, days: list[str], tmp_path: Path
) -> None:
    """Fanø's grid (Man-Fre, CSV) and Læsø's (Man-Søn, a workbook): the draft as written maps the sample
    to the record written by hand from the form (tests/onboarding/golden/*/…expected.json)."""
    text = _draft(source)
    expected_list = _LIST.replace("DAYS", ", ".join(f'"{day}"' for day in days))
    assert expected_list in text
    assert "column_2" not in text  # no commented field per day column is left
    form = tomllib.loads(text)["forms"][0]
    assert form["form_type"] == "mentor_hours"
    config = drafted_config(text, tmp_path, code, slug, town)
    record = canonical_records(config, source.read_bytes(), source.name)
    expected = json.loads(source.with_name(source.stem + ".expected.json").read_text(encoding="utf-8"))
    assert record == expected


_GRID = "CPR-nr.;120479-2236\n\nUge;{days};Bemærkning\n11/2026;{hours};\n12/2026;{hours};Syg\n"


def _csv(tmp_path: Path, name: str, days: list[str], hours: list[str]) -> Path:
    path = tmp_path / name
    path.write_text(_GRID.format(days=";".join(days), hours=";".join(hours)), encoding="utf-8")
    return path


def test_a_grid_with_a_total_column_is_drafted_from_the_total(tmp_path: Path) -> None:
    """ "Timer i alt" after the days is the week's hours as the form says them: the draft reads it, as
    before; the same table without it is a grid whose days are added up."""
    days = ["Man", "Tir", "Ons", "Tor", "Fre"]
    total = _lists(_draft(_csv(tmp_path, "total.csv", [*days, "Timer i alt"], ["1", "2", "", "1", "0", "4"])))
    assert total[0]["table"] == {"week": "Uge", "hours": "Timer i alt"}
    assert [f["key"] for f in total[0]["fields"]] == ["week", "hours"]
    assert all("sources" not in f for f in total[0]["fields"])
    grid = _lists(_draft(_csv(tmp_path, "grid.csv", days, ["1", "2", "", "1", "0"])))
    assert grid[0]["table"] == {"week": "Uge"}
    assert grid[0]["fields"][1]["sources"] == days


def test_three_weekday_columns_are_no_grid(tmp_path: Path) -> None:
    """Man, Tir and Ons are not a working week: the table is left to a person (no list drafted), while
    Monday to Friday in English, written otherwise, is a grid."""
    text = _draft(_csv(tmp_path, "three.csv", ["Man", "Tir", "Ons"], ["1", "2", "3"]))
    assert _lists(text) == []
    assert "sources =" not in text
    english = ["monday", "Tue.", "WED", "Thursday", "Fri"]
    grid = _lists(_draft(_csv(tmp_path, "english.csv", english, ["1", "2", "", "1", "0"])))
    assert grid[0]["fields"][1]["sources"] == english


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("Mandag", 0),
        ("man.", 0),
        ("MA", 0),
        ("Ti", 1),
        ("Ons.", 2),
        ("torsdag", 3),
        ("Fr.", 4),
        ("LØRDAG", 5),
        ("lø", 5),
        ("Søn.", 6),
        ("Sunday", 6),
        ("Thu", 3),
        ("Manden", None),
        ("Uge", None),
        ("Man 9/3", None),
    ],
)
def test_weekday_names_danish_and_english_any_case_with_or_without_a_dot(
    header: str, day: int | None
) -> None:
    assert weekday(header) == day


def test_a_grid_of_many_citizens_sums_each_citizens_weeks(tmp_path: Path) -> None:
    """One row a citizen's week under a CPR column: the grid's list is drafted inside the items, and each
    record's weeks are its own rows' days added up (by hand: 1+2+1+0 = 4, 1; 2 × 5 = 10)."""
    path = tmp_path / "udtraek.csv"
    path.write_text(
        "CPR-nr.;Uge;Mandag;Tirsdag;Onsdag;Torsdag;Fredag\n"
        "120479-2236;11/2026;1;2;;1;0\n120479-2236;12/2026;1;;;;\n030485-1234;11/2026;2;2;2;2;2\n",
        encoding="utf-8",
    )
    text = _draft(path)
    assert "group = true" in text
    assert _lists(text)[0]["fields"][1]["sources"] == ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"]
    given = (("site.p_number", "1023456789"), ("mentor.name", "Jens Bach"), ("signed_on", "2026-03-30"))
    constants = "".join(f'\n  [[forms.fields]]\n  path = "{p}"\n  value = "{v}"\n' for p, v in given)
    constants += '\n  [[forms.fields]]\n  path = "signed_by"\n  value = "Jens Bach"\n'
    cut = text.index("  # the rows of the table")
    config = drafted_config(text[:cut] + constants + text[cut:], tmp_path)
    records = canonical_records(config, path.read_bytes(), path.name)
    assert [(r["citizen"]["cpr"], r["entries"], r["total_hours"]) for r in records] == [
        ("1204792236", [{"week": "2026-W11", "hours": "4.0"}, {"week": "2026-W12", "hours": "1.0"}], "5.0"),
        ("0304851234", [{"week": "2026-W11", "hours": "10.0"}], "10.0"),
    ]
