"""A column headed by a function's call around its name is that column (decision 0060, "Stop 74:
trial-136").

Helsingør's caseworker sums the mentor firm's visit log with GNU datamash, whose `--header-out` heads each
column by the operation that made it: `GroupBy(cpr)`, `GroupBy(navn)`, `sum(timer)`. A table keyed by
the CPR column reads a column headed "Navn" and nothing more as the row's citizen's name, but
`GroupBy(navn)` was "not recognised", so the draft had no `citizen.name`."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.adapters.suggest.words import called_on


def _draft(headings: str, *rows: str) -> str:
    text = "\n".join((headings, *rows)) + "\n"
    return render(suggest(extract(text.encode(), "timer.csv", READ_OPTIONS), "timer.csv", text.encode()))


def test_datamashs_group_heading_around_navn_is_the_citizens_name() -> None:
    draft = _draft(
        "GroupBy(cpr);GroupBy(navn);GroupBy(mentor);GroupBy(uge);sum(timer)",
        "0511913378;Mads Øster Lindholm;Birgitte Ågård;2027-W36;2.25",
        "0511913378;Mads Øster Lindholm;Birgitte Ågård;2027-W37;3.3",
        "2207860142;Søren Æbelø Hansen;Poul Dahl;2027-W37;3",
    )
    # a mentor_hours record may hold the name: the draft offers it, to be taken in as its TODO says
    offered = "# TODO: looks like citizen.name, which a mentor_hours record may hold (optional)"
    assert f'{offered} (column "GroupBy(navn)"' in draft
    assert 'path = "mentor.name"\n  source = "column:GroupBy(mentor)"' in draft


def test_a_heading_that_is_no_call_is_itself() -> None:
    assert called_on("GroupBy(navn)") == "navn"
    assert called_on("max( name )") == "name"
    assert called_on("Navn (borger)") == "Navn (borger)"  # words after a name, not a call around it
    assert called_on("sum(timer) (i alt)") == "sum(timer) (i alt)"
