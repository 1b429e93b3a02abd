"""The completeness report's last line counts placements as each reader writes a count (decision 0062)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from types import SimpleNamespace
from typing import Any

from hub.adapters.language.config_model import AuditRules
from hub.exports.completeness import rule_name
from hub.exports.completeness_report import write_text

RULES = AuditRules(claim_period="month", cpr_in_bundles="masked", retention_years=5)


def checked(complete: bool) -> Any:
    """A placement checked by no rule: only what the text report reads of it."""
    facts = SimpleNamespace(participant_id="P-1", cpr="0101901111", name="Navn", site_name="Sted")
    return SimpleNamespace(
        complete=complete, facts=facts, first_day=date(2026, 8, 1), last_day=date(2026, 8, 31), checks=[]
    )


def last_line(complete: int, incomplete: int, lang: str) -> str:
    rows = [("a", checked(True))] * complete + [("a", checked(False))] * incomplete
    out = io.StringIO()
    write_text("Fuldstændighed", rows, RULES, out, lang)
    return out.getvalue().splitlines()[-1]


def test_thousands_are_grouped_each_languages_way() -> None:
    # 1,200 placements, 1,166 of them complete: a Dane reads "1.200" and "1.166", not "1200".
    assert last_line(1166, 34, "da") == "1.200 praktikker, 1.166 komplette, 34 med mangler"
    assert last_line(1166, 34, "en") == "1,200 placements, 1,166 complete, 34 incomplete"


def test_one_placement_is_said_in_the_singular() -> None:
    # "en praktik", and the adjective agrees with it: "1 praktik, 1 komplet", not "1 praktikker".
    assert last_line(1, 0, "da") == "1 praktik, 1 komplet, 0 med mangler"
    assert last_line(1, 0, "en") == "1 placement, 1 complete, 0 incomplete"
    assert last_line(1, 1, "da") == "2 praktikker, 1 komplet, 1 med mangler"


def test_a_rule_of_one_day_or_one_week_is_said_as_one() -> None:
    one = replace(RULES, progress_report_every_weeks=1, end_form_within_days=1)
    assert rule_name("end_form_within_days", one, "da") == "en ophørsblanket senest 1 dag efter ophør"
    assert rule_name("end_form_within_days", one, "en") == "an end form within 1 day of the end"
    assert rule_name("progress_report_every_weeks", one, "da") == "en statusrapport mindst hver uge"
    assert rule_name("progress_report_every_weeks", one, "en") == "a progress report every week"
    many = replace(RULES, progress_report_every_weeks=4, end_form_within_days=14)
    assert rule_name("end_form_within_days", many, "da") == "en ophørsblanket senest 14 dage efter ophør"
    assert rule_name("progress_report_every_weeks", many, "da") == "en statusrapport mindst hver 4. uge"
