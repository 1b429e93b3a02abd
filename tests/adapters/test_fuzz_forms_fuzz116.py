"""Stop 70's mutation fuzzing (decision 0064, "Stop 70: fuzz-116"): a list's day outside the period its
document states is refused at its element, where the config names that period (`{ name = "date", period =
... }`; Greve's visit made `2026-01-01Z` among March 2027's, `88/xml/value/17@greve`, was read as a visit
in 2026-W01, as fuzz-113's Frederikssund visit of another year was); a moment written with ISO 8601's
decimal comma, as LibreOffice Calc in a Danish locale saves polars' timestamps again, is read as the day it
is (Fredensborg's CSV saved by Calc was refused "not a date", `88/csv/libreoffice/0@fredensborg`); and the
fifty-fifth to fifty-seventh trials are drawn from seed 88 on, by no earlier seed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from simulator_support import fixture_script

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import parse_date
from hub.errors import ConfigError, Rejection

fuzz_forms = fixture_script("fuzz_forms")
ONBOARDING = Path(__file__).resolve().parent.parent / "onboarding"
# What every refusal of a day outside its document's period says after the period.
WHAT_EN = "correct the day, or send what was done that day on the form for its own period"
WHAT_DA = "ret dagen, eller send det, der blev gjort den dag, på skemaet for dens egen periode"
MARCH_EN = "the period the document states, 2027-03-01 to 2027-03-31"
MARCH_DA = "den periode, dokumentet angiver, 1-03-2027 til 31-03-2027"


def _seed(slug: str, name: str) -> bytes:
    return (ONBOARDING / "golden" / slug / name).read_bytes()


def _read(slug: str, name: str, data: bytes) -> object:
    config = fuzz_forms._config(ONBOARDING / "config" / f"{slug}.toml")
    return canonical_records(config, data, name)


def _expected(slug: str, name: str) -> object:
    return json.loads((ONBOARDING / "golden" / slug / f"{name}.expected.json").read_text("utf-8"))


def _refused(slug: str, name: str, data: bytes) -> Rejection:
    with pytest.raises(Rejection) as info:
        _read(slug, name, data)
    return info.value


def _once(data: bytes, old: bytes, new: bytes) -> bytes:
    assert data.count(old) == 1, old
    return data.replace(old, new)


def _trial(slug: str) -> object:
    return fuzz_forms.Seed(
        Path("c.toml"), Path(f"tests/onboarding/golden/{slug}/f.xml"), "xml", Path("e"), False
    )


@pytest.mark.parametrize("slug", ["fredensborg", "egedal", "greve"])
def test_the_three_trials_are_drawn_from_seed_88_and_the_seeds_after_draw_no_later_trial(slug: str) -> None:
    assert not fuzz_forms._in_pool(_trial(slug), 87)
    assert fuzz_forms._in_pool(_trial(slug), 88) and fuzz_forms._in_pool(_trial(slug), 90)
    later = _trial("a-trial-merged-later")
    assert not fuzz_forms._in_pool(later, 90)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)


def test_greves_visit_in_february_on_marchs_report_is_refused_at_its_element() -> None:
    # The second visit of the first course, 04-03-2027, typed as 03-02-2027 on a report of periode="2027-03".
    mutant = _once(_seed("greve", "mentorbesoeg.xml"), b"<dato>04-03-2027</dato>", b"<dato>03-02-2027</dato>")
    [problem] = _refused("greve", "mentorbesoeg.xml", mutant).problems
    assert problem.locator == "/mentorbesoeg/forloeb[1]/besoeg[2]/dato"
    assert problem.reason_en == f"the day '03-02-2027' lies outside {MARCH_EN}: {WHAT_EN}"
    assert problem.reason_da == f"dagen '03-02-2027' ligger uden for {MARCH_DA}: {WHAT_DA}"


def test_greves_visit_of_another_year_is_refused_naming_the_day_read() -> None:
    # fuzz-116's 88/xml/value/17@greve: an xs:date with a zone, read as its day, 2026-01-01.
    mutant = _once(
        _seed("greve", "mentorbesoeg.xml"), b"<dato>04-03-2027</dato>", b"<dato>2026-01-01Z</dato>"
    )
    [problem] = _refused("greve", "mentorbesoeg.xml", mutant).problems
    assert problem.reason_en == f"the day '2026-01-01Z' (2026-01-01) lies outside {MARCH_EN}: {WHAT_EN}"
    assert problem.reason_da == f"dagen '2026-01-01Z' (1-01-2026) ligger uden for {MARCH_DA}: {WHAT_DA}"


@pytest.mark.parametrize(
    ("moment", "day_en", "day_da"),
    [
        # Danish midnight of 1 April 2027 (summer time): the day after March's last.
        (b"2027-03-31T22:00:00.000Z", "2027-04-01", "1-04-2027"),
        # Danish midnight of 28 February 2027 (winter time): the day before March's first.
        (b"2027-02-27T23:00:00.000Z", "2027-02-28", "28-02-2027"),
    ],
)
def test_egedals_visit_a_day_outside_march_is_refused_as_its_danish_day(
    moment: bytes, day_en: str, day_da: str
) -> None:
    mutant = _once(
        _seed("egedal", "mentortimer.xml"),
        b"<dato>2027-03-17T23:00:00.000Z</dato>",
        b"<dato>" + moment + b"</dato>",
    )
    [problem] = _refused("egedal", "mentortimer.xml", mutant).problems
    assert problem.locator == "/mentortimer/forloeb[1]/besoeg[2]/dato"
    said = moment.decode()
    assert problem.reason_en == f"the day '{said}' ({day_en}) lies outside {MARCH_EN}: {WHAT_EN}"
    assert problem.reason_da == f"dagen '{said}' ({day_da}) ligger uden for {MARCH_DA}: {WHAT_DA}"


def test_egedals_visits_on_the_first_and_last_day_of_march_are_read() -> None:
    # Danish midnight of 1 March (winter time) and of 31 March (summer time, from 28 March 2027).
    seed = _seed("egedal", "mentortimer.xml")
    mutant = _once(seed, b"<dato>2027-03-17T23:00:00.000Z</dato>", b"<dato>2027-02-28T23:00:00.000Z</dato>")
    mutant = _once(mutant, b"<dato>2027-03-29T22:00:00.000Z</dato>", b"<dato>2027-03-30T22:00:00.000Z</dato>")
    records = _read("egedal", "mentortimer.xml", mutant)
    assert isinstance(records, list)
    weeks = [e["week"] for r in records for e in r["entries"]]
    assert "2027-W09" in weeks  # Monday 1 March 2027
    assert records[0]["total_hours"] == _expected("egedal", "mentortimer")[0]["total_hours"]


def test_frederikssunds_report_without_its_stated_month_is_refused_at_the_period() -> None:
    # The period is where the config says it is: without it no day of the list can be checked.
    mutant = _once(_seed("frederikssund", "mentortimer.xml"), b' periode="2027-03"', b"")
    problems = _refused("frederikssund", "mentortimer.xml", mutant).problems
    assert {p.reason_en for p in problems} == {
        "no period stated: /mentortimer/@periode is empty or not found"
    }
    assert {p.reason_da for p in problems} == {
        "ingen periode angivet: /mentortimer/@periode er tom eller findes ikke"
    }


def test_greves_report_stating_a_month_without_its_year_is_refused_for_its_days() -> None:
    # fuzz-116's 90/xml/value/44@greve made periode 9…9: said as the period its days are checked in.
    mutant = _once(_seed("greve", "mentorbesoeg.xml"), b' periode="2027-03"', b' periode="marts"')
    problems = _refused("greve", "mentorbesoeg.xml", mutant).problems
    assert {p.locator for p in problems} == {"/mentorbesoeg/@periode"}
    assert {p.reason_en for p in problems} == {
        "no period or year to check the days in: 'marts' states no month with its year, no two days and no"
        " year alone (write the period as december 2026, 01-12-2026 - 31-12-2026 or 2026)"
    }
    assert {p.reason_da for p in problems} == {
        "ingen periode eller årstal at kontrollere datoerne i: 'marts' angiver ingen måned med årstal, ingen"
        " to datoer og intet årstal alene (skriv perioden som december 2026, 01-12-2026 - 31-12-2026 eller"
        " 2026)"
    }


def test_period_on_a_date_of_forms_fields_is_a_config_error(tmp_path: Path) -> None:
    text = (ONBOARDING / "config" / "greve.toml").read_text("utf-8")
    signed = '  source = "m:attestation/m:tidspunkt"\n  transforms = ["date"]'
    assert text.count(signed) == 1
    path = tmp_path / "greve.toml"
    path.write_text(
        text.replace(
            signed, signed.replace('["date"]', '[{ name = "date", period = "/m:mentorbesoeg/@periode" }]')
        ),
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    where = "greve.toml: forms[1].fields[7].transforms[0]: "
    assert info.value.message.splitlines() == [
        f"{where}period does nothing on field 'signed_on': it checks a list's days are in the period their"
        " document states, so it goes on the date transform of a [[forms.lists]] field (the table's date"
        " column)"
    ]
    assert info.value.message_da.splitlines() == [
        f"{where}period gør intet på feltet 'signed_on': den kontrollerer, at en listes datoer ligger i den"
        " periode, deres dokument angiver, så den hører til date-transformationen i et felt af"
        " [[forms.lists]] (tabellens datokolonne)"
    ]


def test_a_moment_with_isos_decimal_comma_is_read_as_its_day() -> None:
    # ISO 8601 takes a comma as the decimal sign of a second's fraction as well as a point.
    assert parse_date("2027-04-30T16:05:12,000") == "2027-04-30"


def test_fredensborgs_csv_saved_again_by_a_danish_calc_is_read_as_its_seed() -> None:
    # Calc writes polars' 2027-04-30T16:05:12.000000 back as 2027-04-30T16:05:12,000, quoted for its comma.
    seed = _seed("fredensborg", "mentortimer.csv").decode("utf-8")
    resaved, count = re.subn(r",(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.000000$", r',"\1,000"', seed, flags=re.M)
    assert count == 12
    assert _read("fredensborg", "mentortimer.csv", resaved.encode("utf-8")) == _expected(
        "fredensborg", "mentortimer"
    )
