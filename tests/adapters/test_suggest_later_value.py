"""`hub adapters suggest` names the value a later row holds where the first row's cell is empty: a mentor
supplier's d3-dsv export (the sixty-fifth trial's) had a remark on one visit only, and the draft's comment
said the column was "seen: (empty)", as if it held nothing."""

from __future__ import annotations

from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest

HEAD = "cpr,dato,timer,bemaerkning,kontakt\n"


def _draft(text: str) -> str:
    return suggest(extract(text.encode(), "besoeg.csv"), "besoeg.csv").to_toml()


def test_a_remark_only_a_later_row_holds_is_named() -> None:
    text = _draft(HEAD + "0101901234,2026-09-01,1.5,,\n1505004235,2026-09-02,2,Kom for sent,\n")
    assert '(column "bemaerkning"; seen: Kom for sent)' in text


def test_a_column_empty_in_every_row_is_still_said_empty() -> None:
    text = _draft(HEAD + "0101901234,2026-09-01,1.5,,\n1505004235,2026-09-02,2,,\n")
    assert '(column "bemaerkning"; seen: (empty))' in text


def test_a_cpr_number_only_a_later_row_holds_is_not_shown() -> None:
    text = _draft(HEAD + "0101901234,2026-09-01,1.5,,\n1505004235,2026-09-02,2,,2002953317\n")
    assert "2002953317" not in text and "200295-" not in text
