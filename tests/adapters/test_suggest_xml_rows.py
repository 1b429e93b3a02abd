"""`hub adapters suggest` drafts the [[forms.lists]] an XML document's repeated element asks for, with
the choice of row (a week or a day) named for the person (decision 0060, "XML rows"). Each draft is read
as a person would paste it, through the real config schema, and maps its sample to entries worked out by
hand from the sample."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pipeline import ROOT
from suggest_support import drafted_config

from hub.adapters.language.golden import canonical_records
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest

SAMSOE = ROOT / "tests" / "onboarding" / "golden" / "samsoe" / "mentor_hours.xml"


def _draft(data: bytes, name: str) -> str:
    return suggest(extract(data, name), name).to_toml()


def _lists(text: str) -> list[dict[str, object]]:
    return tomllib.loads(text)["forms"][0].get("lists", [])


def test_weeks_of_days_are_drafted_as_a_week_a_row_with_its_days_added_up(tmp_path: Path) -> None:
    """Samsø: a <tid:uge nr aar> a week, a <tid:dag navn> a day. By hand from the sample: week 11 is
    2 + 1,5 + 0,5 + 1 + 1 = 6.0 hours, week 12 1,5 + 2,25 + 0:45 = 4.5, week 13 3.0; 13.5 in all."""
    text = _draft(SAMSOE.read_bytes(), SAMSOE.name)
    (drafted,) = _lists(text)
    assert drafted["rows"] == "/tid:timeregistrering/tid:uger/tid:uge"
    week, hours = drafted["fields"]  # type: ignore[misc]
    assert week["sources"] == ["@nr", "@aar"]
    assert hours["sources"] == [f"tid:dag[@navn='{d}']" for d in ("man", "tir", "ons", "tor", "fre")]
    # The choice is named, with the other row and why it cannot be filled from this sample.
    assert "Choose what one row of the list is" in text
    assert 'a day: rows = "/tid:timeregistrering/tid:uger/tid:uge/tid:dag"' in text
    assert "(the days here have no date)" in text
    assert "TODO: check every day the form can have is listed" in text
    config = drafted_config(text, tmp_path, "741", "samsoe", "Samsø")
    record = canonical_records(config, SAMSOE.read_bytes(), SAMSOE.name)
    assert record["entries"] == [
        {"week": "2026-W11", "hours": "6.0"},
        {"week": "2026-W12", "hours": "4.5"},
        {"week": "2026-W13", "hours": "3.0"},
    ]
    assert record["total_hours"] == "13.5"
    assert "not found in this file, but a mentor_hours record needs" not in text


DAYS = (
    b"<timeseddel><cpr>0807921234</cpr><pnr>1045678901</pnr><mentor>Kirsten Holm</mentor>"
    b"<dag><dato>03-03-2026</dato><timer>2,5</timer></dag>"
    b"<dag><dato>04-03-2026</dato><timer>1</timer></dag>"
    b"<dag><dato>10-03-2026</dato><timer>0,5</timer></dag>"
    b'<underskrift dato="2026-03-12">Kirsten Holm</underskrift></timeseddel>'
)


def test_days_with_their_dates_are_drafted_as_a_day_a_row(tmp_path: Path) -> None:
    """A <dag> a day with its date and hours: by hand, 3 and 4 March 2026 (Tuesday, Wednesday) are ISO
    week 10, 2,5 + 1 = 3.5 hours; 10 March is week 11, 0.5 hours."""
    text = _draft(DAYS, "timeseddel.xml")
    (drafted,) = _lists(text)
    assert drafted["rows"] == "/timeseddel/dag"
    assert [(f["key"], f["source"]) for f in drafted["fields"]] == [("date", "dato"), ("hours", "timer")]  # type: ignore[attr-defined]
    assert "<dag> repeats (3 in this file)" in text
    record = canonical_records(drafted_config(text, tmp_path), DAYS, "timeseddel.xml")
    assert record["entries"] == [{"week": "2026-W10", "hours": "3.5"}, {"week": "2026-W11", "hours": "0.5"}]


def test_rows_the_sample_cannot_fill_are_drafted_commented_out_and_the_draft_loads(tmp_path: Path) -> None:
    """Repeated rows holding neither a week, a date nor hours: the list is shown with TODOs, commented."""
    data = (
        b"<timeseddel><cpr>0807921234</cpr><mentor>Kirsten Holm</mentor>"
        b"<linje><tekst>samtale</tekst></linje><linje><tekst>opfoelgning</tekst></linje></timeseddel>"
    )
    text = _draft(data, "timeseddel.xml")
    assert _lists(text) == []
    assert '  # rows = "/timeseddel/linje"' in text
    assert '  # source = "TODO"  # TODO' in text
    drafted_config(text, tmp_path)  # loads as written


def test_lyngby_taarbaeks_day_rows_are_drafted_as_its_config_reads_them() -> None:
    """Lyngby-Taarbæk's <lt:Dag dato timer>: the list its config (written by a person) has."""
    path = ROOT / "tests" / "golden" / "lyngby-taarbaek" / "mentor_hours.xml"
    (drafted,) = _lists(_draft(path.read_bytes(), path.name))
    config = tomllib.loads((ROOT / "config" / "municipalities" / "lyngby-taarbaek.toml").read_text())
    (written,) = next(f["lists"] for f in config["forms"] if f["id"] == "mentortimer")
    assert drafted == written


def test_a_form_without_a_list_gets_none() -> None:
    """A placement has no `entries`: its repeated elements stay TODOs, as before."""
    path = ROOT / "tests" / "golden" / "lyngby-taarbaek" / "placement.xml"
    assert "[[forms.lists]]" not in _draft(path.read_bytes(), path.name)
