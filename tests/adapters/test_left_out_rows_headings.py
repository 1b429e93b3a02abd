"""A left-out row's hours summed from several cells are shown by the headings the form prints over
them, each cell beside its heading ("Man (B11): 2"), not by the reader's keys alone ("B11: 2"), which no
caseworker reads on the form (decision 0068, "Stop 73: review-132"; decision 0060, "Stop 74: fixes-137").

Fanø's grid (tests/onboarding/golden/fanoe/mentor_hours_grid.csv, a week a row, Man..Fre columns B..F)
given a column "Godkendt" whose `nej` leaves its week out; week 13 is row 11: Man `2` (B11), Tir `1:30`
(C11), Tor `0,75` (E11), Ons and Fre empty.
"""

from __future__ import annotations

from pathlib import Path

from test_weekday_grid import FANOE_GRID, SHA, trial_config

from hub.adapters.mapping.form import map_form
from hub.adapters.pipeline import READ_OPTIONS, recognise
from hub.adapters.readers import extract
from hub.services.left_out_rows import left_out_rows

REQUIRE = """  table = { week = "Uge" }

    [[forms.lists.require]]
    source = "Godkendt"
    equals = "ja"
    leave_out = ["nej"]
    reason = "the week approved"
"""


def _marked() -> bytes:
    data = FANOE_GRID.read_bytes().replace(b"Bem\xe6rkning", b"Bem\xe6rkning;Godkendt")
    for week, mark in ((b"11/2026;1,5;;2;;0,5;", b"ja"), (b"13/2026;2;1:30;;0,75;;", b"nej")):
        data = data.replace(week, week + b";" + mark)
    return data.replace(b"Syg torsdag og fredag", b"Syg torsdag og fredag;ja")


def test_a_left_out_weeks_cells_are_named_by_their_headings_with_the_cell_beside(tmp_path: Path) -> None:
    config = trial_config(tmp_path, "fanoe", ('  table = { week = "Uge" }\n', REQUIRE))
    data = _marked()
    extraction = extract(data, FANOE_GRID.name, READ_OPTIONS)
    form, read = recognise(config, extraction, FANOE_GRID.name, data, {})
    mapped = map_form(read, form, SHA, FANOE_GRID.name, config.code)
    assert [e["week"] for e in mapped.record["entries"]] == ["2026-W11", "2026-W12"]
    (row,) = left_out_rows(mapped.provenance, "full")
    assert row.hours == "Man (B11): 2, Tir (C11): 1:30, Tor (E11): 0,75"
    assert row.mark == "nej"
