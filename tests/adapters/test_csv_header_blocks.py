"""A CSV of several header blocks (decision 0060, "Stop 66: lang-100, a CSV of several header blocks"):
Miller 6.6 writing records whose fields change prints, at each change, a blank line and a new header
(trial-93, "Probed, not done" (i)). The hub reads one table under one header: such a file is refused at
the second header, saying what it is and what to do, where the rows under it were lost in silence (a
header with a column less) or said to be a second export (the same header again). `hub adapters suggest`
drafts the first block and says so, where it drafted `[forms.items]` once a block (no TOML).

The file is written here by hand in Miller's shape (visits as in trial-93's `skanderborg_besoeg.json`, the
empty notes of two visits left out as `omitempty` leaves them, so Miller's second header lacks `note`).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from test_mapping import HEAD

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form_items import map_items
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.errors import Rejection

BLOCKS = (
    "borger.cpr,dato,timer,note,godkendt.af\n"
    "0904931457,2026-12-01,1.5,Opstart,Lis Ørum\n"
    "2311889912,2026-12-02,2,Køkkenet,Jens Thrane\n"
    "\n"
    "borger.cpr,dato,timer,godkendt.af\n"  # row 5: no note in the third and fourth visits
    "0904931457,2026-12-03,0.75,Lis Ørum\n"
    "2311889912,2026-12-04,1,Jens Thrane\n"
    "\n"
    "borger.cpr,dato,timer,note,godkendt.af\n"  # row 9: the first block's header again
    "0904931457,2026-12-08,2,Sortering,Lis Ørum\n"
    "2311889912,2026-12-09,1.75,Opvask,Jens Thrane\n"
)

FORM = """
[[forms]]
id = "besoeg"
form_type = "mentor_hours"
format = "csv"
  [forms.recognise]
  contains = ["borger.cpr"]
  [forms.items]
  key = "borger.cpr"
  group = true
  [[forms.fields]]
  path = "citizen.cpr"
  source = "column:borger.cpr"
  [[forms.fields]]
  path = "signed_by"
  source = "column:godkendt.af"
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  table = { date = "dato", hours = "timer" }
    [[forms.lists.fields]]
    key = "date"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    transforms = ["hours"]
"""


def _read(tmp_path: Path, text: str) -> None:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + FORM, encoding="utf-8")
    form = load_config_file(path).forms[0]
    map_items(extract(text.encode(), "besoeg.csv", READ_OPTIONS), form, "ab" * 32, "besoeg.csv", "159")


def test_a_second_header_with_a_column_less_is_refused_at_its_row(tmp_path: Path) -> None:
    with pytest.raises(Rejection) as info:
        _read(tmp_path, BLOCKS)
    (problem,) = info.value.problems
    assert (problem.locator, problem.locator_da) == ("row 5, column 1 (A5)", "række 5, kolonne 1 (A5)")
    assert problem.reason_en == (
        "a table with other columns starts in row 5: its header is not the one in row 1, so the file holds"
        " several tables, each under its own header (as Miller 6.6 writes CSV when the records' fields"
        " change), and the rows under it are not read; send the file with every row under one header"
        " (Miller: add the verb unsparsify)"
    )
    assert problem.reason_da == (
        "en tabel med andre kolonner begynder i række 5: dens overskrift er ikke den i række 1, så filen"
        " har flere tabeller, hver under sin egen overskrift (som Miller 6.6 skriver CSV, når posternes"
        " felter skifter), og rækkerne under den bliver ikke læst; send filen med alle rækker under én"
        " overskrift (Miller: tilføj verbet unsparsify)"
    )


def test_the_same_header_again_is_still_two_exports(tmp_path: Path) -> None:
    """Two exports put into one file keep their own advice (`joined_exports`)."""
    again = BLOCKS.replace(
        "borger.cpr,dato,timer,godkendt.af\n0904931457,2026-12-03,0.75,Lis Ørum\n2311889912,2026-12-04,1,Jens"
        " Thrane\n\n",
        "",
    )
    with pytest.raises(Rejection) as info:
        _read(tmp_path, again)
    (problem,) = info.value.problems
    assert problem.locator == "row 5, column 1 (A5)"
    assert problem.reason_en.startswith("the table's header is printed again in row 5, below the blank row 4")


def test_suggest_drafts_the_first_block_and_says_why_the_file_is_refused() -> None:
    draft = render(suggest(extract(BLOCKS.encode(), "besoeg.csv", READ_OPTIONS), "besoeg.csv"))
    tomllib.loads(HEAD + draft)  # was: "Cannot declare ('forms', 'items') twice"
    assert draft.count("[forms.items]") == 1
    assert (
        "  # WARNING: the table at row 1 is printed again under a header of its own at row 5, row 9" in draft
    )
    assert "(Miller: add the verb unsparsify)" in draft
