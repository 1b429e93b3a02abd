"""The demo population reproduces seed 002's published results, counted here from the plans themselves.

Expected numbers are typed in from the seed ("81 borgere har deltaget i projektet ..."), not taken from
the code. Birth dates come from python-stdnum, independently of the hub's own CPR helpers.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from stdnum.dk import cpr as stdnum_cpr

from hub.demo.population import CitizenPlan, build_population, site_of, to_end_record, to_placement_record
from hub.schemas.agreement import load_agreement_file
from hub.schemas.records import load_record

AGREEMENTS_DIR = Path(__file__).resolve().parents[2] / "config" / "agreements"

PLACES = {"falck-hovedstaden": 10, "brfkredit": 6, "danfoss": 6, "falck-randers": 4}
MUNICIPALITIES = {
    "falck-hovedstaden": {"gladsaxe", "ballerup", "herlev", "hoeje-taastrup", "furesoe"},
    "brfkredit": {"gentofte", "lyngby-taarbaek"},
    "danfoss": {"soenderborg"},
    "falck-randers": {"randers"},
}
CODES = {"gladsaxe": "159", "ballerup": "151", "herlev": "163", "hoeje-taastrup": "169", "furesoe": "190",
         "gentofte": "157", "lyngby-taarbaek": "173", "soenderborg": "540", "randers": "730"}  # fmt: skip


@pytest.fixture(scope="module")
def plans() -> list[CitizenPlan]:
    """The default population, built once."""
    return build_population()


def _age(plan: CitizenPlan) -> int:
    birth = stdnum_cpr.get_birth_date(plan.cpr)
    return plan.start.year - birth.year - ((plan.start.month, plan.start.day) < (birth.month, birth.day))


def _last_day(plan: CitizenPlan) -> date:
    return plan.ended_on or plan.end


def test_status_counts(plans: list[CitizenPlan]) -> None:
    assert len(plans) == 81
    assert sum(p.ended_on is None for p in plans) == 21
    assert sum(p.ended_on is not None for p in plans) == 60


def test_outcomes(plans: list[CitizenPlan]) -> None:
    published = {"ordinary_job": 4, "education": 4, "flexjob": 7, "rehabilitation_team": 4,
                 "other_municipal_offer": 10, "internship_other_company": 7, "long_term_sick": 5,
                 "stopped_other": 18}  # fmt: skip
    # The seed's eight rows add up to 59 although it says 60 ended: the 60th ended with no outcome stated.
    assert sum(published.values()) == 59
    expected = published | {None: 1}
    assert Counter(p.outcome for p in plans if p.ended_on) == expected
    assert all(p.outcome is None for p in plans if p.ended_on is None)


def test_sex_age_and_benefits(plans: list[CitizenPlan]) -> None:
    assert sum(int(p.cpr[-1]) % 2 == 1 for p in plans) == 57
    assert sum(int(p.cpr[-1]) % 2 == 0 for p in plans) == 24
    assert sum(_age(p) < 30 for p in plans) == 30
    assert sum(_age(p) >= 30 for p in plans) == 51
    assert Counter((p.benefit, p.visitation) for p in plans) == {
        ("kontanthjaelp", "aktivitetsparat"): 23,
        ("uddannelseshjaelp", "uddannelsesparat"): 14,
        ("kontanthjaelp", "jobparat"): 6,
        ("uddannelseshjaelp", "aktivitetsparat"): 10,
        ("sygedagpenge", None): 16,
        ("ledighedsydelse", None): 6,
        ("ressourceforloebsydelse", None): 4,
        ("selvforsoergende", None): 1,
        ("unknown", None): 1,
    }


def test_ended_average_100_days_inclusive(plans: list[CitizenPlan]) -> None:
    ended = [p for p in plans if p.ended_on is not None]
    total = sum((p.ended_on - p.start).days + 1 for p in ended if p.ended_on is not None)
    assert total == 6000
    assert total / len(ended) == 100


def test_cprs_are_unique_real_dates_and_match_the_name(plans: list[CitizenPlan]) -> None:
    assert len({p.cpr for p in plans}) == 81
    for plan in plans:
        assert stdnum_cpr.validate(plan.cpr) == plan.cpr  # 10 digits, a real date, never mod 11
        assert 18 <= _age(plan) <= 66
    men = {p.name.split()[0] for p in plans if int(p.cpr[-1]) % 2}
    women = {p.name.split()[0] for p in plans if not int(p.cpr[-1]) % 2}
    assert not men & women
    assert len({p.name for p in plans}) == 81


def test_periods_lie_in_2026(plans: list[CitizenPlan]) -> None:
    for plan in plans:
        assert plan.start >= date(2026, 1, 5)
        assert 13 * 7 <= (plan.end - plan.start).days + 1 <= 26 * 7
        assert plan.hours_per_week in {"15.0", "18.5", "20.0", "25.0", "30.0", "37.0"}
        if plan.ended_on is None:
            assert plan.start <= date(2026, 11, 20) < date(2026, 11, 22) < plan.end
        else:
            assert plan.start <= plan.ended_on <= plan.end
            assert plan.ended_on <= date(2026, 11, 20)


def test_every_municipality_has_an_intern_in_august(plans: list[CitizenPlan]) -> None:
    day = date(2026, 8, 15)
    active = {p.municipality for p in plans if p.start <= day <= _last_day(p)}
    assert active == set(CODES)


def test_agreements_and_municipalities(plans: list[CitizenPlan]) -> None:
    for plan in plans:
        assert plan.municipality in MUNICIPALITIES[plan.agreement_id]
    sizes = Counter(p.agreement_id for p in plans)
    assert sizes == {"falck-hovedstaden": 40, "brfkredit": 17, "danfoss": 14, "falck-randers": 10}


@pytest.mark.parametrize("seed", [2015, 7])
def test_occupancy_never_exceeds_places(seed: int) -> None:
    plans = build_population(seed)
    day = date(2026, 1, 1)
    while day <= date(2026, 12, 31):
        busy = Counter(p.agreement_id for p in plans if p.start <= day <= _last_day(p))
        for agreement, count in busy.items():
            assert count <= PLACES[agreement], (agreement, day)
        day += timedelta(days=1)


def test_deterministic_and_other_seeds_keep_the_table() -> None:
    assert build_population() == build_population(2015)
    other = build_population(7)
    assert other != build_population()
    assert len(other) == 81 and sum(p.ended_on is None for p in other) == 21
    assert sum(p.days() or 0 for p in other) == 6000


AGREEMENT = {
    "id": "danfoss",
    "company": {"cvr": "77777776", "name": "Danfoss"},
    "sites": [
        {"p_number": "1900000301", "name": "Danfoss Nordborg", "places": 4},
        {"p_number": "1900000302", "name": "Danfoss Drives Gråsten", "places": 2},
    ],
}


def test_records_are_canonical(plans: list[CitizenPlan]) -> None:
    plan = next(p for p in plans if p.agreement_id == "danfoss" and p.ended_on is not None)
    placement = to_placement_record(plan, AGREEMENT)
    assert load_record(placement) == placement
    assert placement["form_type"] == "placement" and placement["schema_version"] == 1
    assert placement["municipality_code"] == "540"
    assert placement["company"] == {"cvr": "77777776", "name": "Danfoss"}
    assert placement["site"] == {k: AGREEMENT["sites"][plan.site_index][k] for k in ("p_number", "name")}
    assert placement["mentor"]["employer"] == "jobcentre"
    assert placement["period"] == {"start": plan.start.isoformat(), "end": plan.end.isoformat()}
    end = to_end_record(plan, AGREEMENT)
    assert end is not None and load_record(end) == end
    assert end["citizen"] == {"cpr": plan.cpr} and end["site"] == {"p_number": placement["site"]["p_number"]}
    assert end["ended_on"] == plan.ended_on.isoformat() if plan.ended_on else False
    running = next(p for p in plans if p.ended_on is None)
    assert to_end_record(running, AGREEMENT) is None


def test_every_record_validates_and_names_its_municipality(plans: list[CitizenPlan]) -> None:
    for plan in plans:
        agreement = AGREEMENT | {"id": plan.agreement_id}
        record = to_placement_record(plan, agreement)
        load_record(record)
        assert record["municipality_code"] == CODES[plan.municipality]
        expected = "jobcentre" if plan.agreement_id == "danfoss" else "company"
        assert record["mentor"]["employer"] == expected
        end = to_end_record(plan, agreement)
        assert (end is None) == (plan.ended_on is None)
        if end is not None:
            load_record(end)


def test_site_occupancy_within_the_agreement_files_places(plans: list[CitizenPlan]) -> None:
    agreements = {p.stem: load_agreement_file(p) for p in sorted(AGREEMENTS_DIR.glob("*.toml"))}
    assert set(agreements) == set(PLACES)
    day = date(2026, 1, 1)
    while day <= date(2026, 12, 31):
        busy = Counter(
            site_of(p, agreements[p.agreement_id])["p_number"]
            for p in plans
            if p.start <= day <= _last_day(p)
        )
        for agreement in agreements.values():
            for site in agreement["sites"]:
                assert busy[site["p_number"]] <= site["places"], (site["name"], day)
        day += timedelta(days=1)
    for plan in plans:
        load_record(to_placement_record(plan, agreements[plan.agreement_id]))
