"""The outcome report: hand-built records with known answers; the demo population prints seed 002's table."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from seed_numbers import PUBLISHED_TABLE

from hub.demo.population import build_population, to_end_record, to_placement_record
from hub.exports.outcomes import OutcomeConflict, OutcomeReport, compute_outcomes, format_table
from hub.schemas.records import OUTCOMES


def placement(
    cpr: str,
    start: str,
    end: str = "2026-12-31",
    *,
    p_number: str = "1900000101",
    benefit: str = "kontanthjaelp",
    visitation: str | None = "jobparat",
) -> dict[str, Any]:
    """A placement record with only the fields the report reads."""
    return {"form_type": "placement", "citizen": {"cpr": cpr, "name": "Test Person"},
            "site": {"p_number": p_number, "name": "Site"}, "period": {"start": start, "end": end},
            "benefit": benefit, "visitation": visitation}  # fmt: skip


def end(
    cpr: str, ended_on: str, outcome: str = "ordinary_job", p_number: str = "1900000101"
) -> dict[str, Any]:
    """A placement_end record."""
    return {"form_type": "placement_end", "citizen": {"cpr": cpr}, "site": {"p_number": p_number},
            "ended_on": ended_on, "outcome": outcome}  # fmt: skip


def test_age_boundary_at_30() -> None:
    # Born 10 March 1996 (7th digit 0: the 1900s); 30 on 2026-03-10.
    report = compute_outcomes(
        [
            placement("1003960001", "2026-03-09"),  # 29 the day before the birthday: under 30
            placement("1003960013", "2026-03-10"),  # 30 on the start day: not under 30
            placement("1103960025", "2026-03-10"),  # born 11 March, turns 30 the day after: under 30
        ],
        [],
    )
    assert report.under_30 == 2


def test_century_from_the_seventh_digit() -> None:
    report = compute_outcomes(
        [
            placement("0101104001", "2026-06-01"),  # 4 with YY 10 <= 36: born 2010, aged 16
            placement("0101409001", "2026-06-01"),  # 9 with YY 40 >= 37: born 1940
            placement("0101975001", "2026-06-01"),  # 5 with YY 97 >= 58: born 1897
            placement("0101055002", "2026-06-01"),  # 5 with YY 05 <= 57: born 2005, aged 21
        ],
        [],
    )
    assert report.under_30 == 2
    assert (report.male, report.female) == (3, 1)


def test_counts_days_and_benefit_rows() -> None:
    placements = [
        placement("0101901111", "2026-01-05", benefit="sygedagpenge", visitation=None),
        placement("0101902222", "2026-01-05", benefit="uddannelseshjaelp", visitation="uddannelsesparat"),
        placement("0101903333", "2026-02-02", benefit="kontanthjaelp", visitation="uddannelsesparat"),
    ]
    ends = [end("0101901111", "2026-01-05", "stopped_other"), end("0101902222", "2026-01-14", "education")]
    report = compute_outcomes(placements, ends)
    data = report.to_dict()
    assert (data["in_progress"], data["ended"]) == (1, 2)
    assert data["outcomes"] == {"ordinary_job": 0, "education": 1, "flexjob": 0, "rehabilitation_team": 0,
                                "other_municipal_offer": 0, "internship_other_company": 0,
                                "long_term_sick": 0, "stopped_other": 1}  # fmt: skip
    assert list(data["benefits"]) == [
        "kontanthjaelp/aktivitetsparat", "uddannelseshjaelp/uddannelsesparat", "kontanthjaelp/jobparat",
        "uddannelseshjaelp/aktivitetsparat", "sygedagpenge", "ledighedsydelse", "ressourceforloebsydelse",
        "selvforsoergende", "unknown", "kontanthjaelp/uddannelsesparat",
    ]  # fmt: skip
    assert data["benefits"]["sygedagpenge"] == 1 and data["benefits"]["kontanthjaelp/uddannelsesparat"] == 1
    assert data["sex"] == {"male": 2, "female": 1}  # last digits 1, 2, 3
    # Inclusive days: 1 (same day) and 10 (5th to 14th): 5.5 on average.
    assert report.average_days_ended == Decimal("5.5")
    assert data["average_days_ended"] == 5.5
    assert json.loads(json.dumps(data)) == data


def test_average_rounds_half_up_and_whole_is_an_int() -> None:
    cprs = [f"01019{i:05d}" for i in range(20)]
    placements = [placement(cpr, "2026-03-02") for cpr in cprs]
    # 19 one-day placements and one of two days: 21 / 20 = 1.05, half-up to 1.1.
    ends = [end(cpr, "2026-03-02") for cpr in cprs[:19]] + [end(cprs[19], "2026-03-03")]
    assert compute_outcomes(placements, ends).average_days_ended == Decimal("1.1")
    whole = compute_outcomes(placements[:1], ends[:1]).to_dict()["average_days_ended"]
    assert whole == 1 and isinstance(whole, int)
    assert compute_outcomes(placements, []).to_dict()["average_days_ended"] is None


def test_ends_link_by_cpr_site_and_period() -> None:
    placements = [
        placement("0101901111", "2026-01-05", "2026-04-05"),
        placement("0101901111", "2026-06-01", "2026-08-30"),
        placement("0101901111", "2026-06-01", "2026-08-30", p_number="1900000102"),
    ]
    report = compute_outcomes(placements, [end("0101901111", "2026-07-01", "flexjob")])
    assert (report.ended, report.in_progress, report.outcomes["flexjob"]) == (1, 2, 1)
    with pytest.raises(OutcomeConflict, match="no placement") as none:
        compute_outcomes(placements, [end("0101901111", "2026-05-01")])
    assert "ingen praktik" in none.value.da and "1. maj 2026" in none.value.da
    with pytest.raises(OutcomeConflict, match="more than one") as two:
        compute_outcomes(placements, [end("0101901111", "2026-02-01"), end("0101901111", "2026-03-01")])
    assert "mere end ét afslutningsskema" in two.value.da
    # The text reaches the caseworker's terminal: the end is named by its site, never by the CPR number.
    for conflict in (none.value, two.value):
        assert "1900000101" in str(conflict) and "1900000101" in conflict.da
        assert "0101901111" not in str(conflict) + conflict.da and "010190" not in str(conflict) + conflict.da
    with pytest.raises(ValueError, match="unknown outcome"):
        compute_outcomes(placements, [end("0101901111", "2026-02-01", "retired")])


def test_format_table_small() -> None:
    report = compute_outcomes(
        [
            placement("0101901111", "2026-01-05"),
            placement("0101054222", "2026-01-05", visitation="aktivitetsparat"),
        ],
        [end("0101901111", "2026-01-05", "stopped_other")],
    )
    da = format_table(report)
    assert da.splitlines()[0] == "2 borgere: 1 i forløb, 1 afsluttet"
    assert "  1 er stoppet af andre årsager" in da.splitlines()
    assert "  0 kom i ordinært job" in da.splitlines()
    # One of a kind in the singular, as a Dane writes it: not "1 mænd", "De 1 afsluttede", "1 dage".
    assert da.splitlines()[1] == "Af den ene afsluttede er status:"
    assert "1 mand og 1 kvinde; 1 under 30 år og 1 over 30 år" in da.splitlines()
    assert "  1 modtog kontanthjælp som aktivitetsparat" in da.splitlines()
    assert "  1 modtog kontanthjælp som jobparat" in da.splitlines()
    assert da.splitlines()[-1] == "Den ene afsluttede har været 1 dag i virksomhedspraktik"
    en = format_table(report, "en")
    assert en.splitlines()[0] == "2 citizens: 1 in progress, 1 ended"
    assert en.splitlines()[1] == "Of the one who ended:"
    assert "1 man and 1 woman; 1 under 30 and 1 aged 30 or over" in en.splitlines()
    assert en.splitlines()[-1] == "The one who ended spent 1 day in the internship"
    with pytest.raises(ValueError):
        format_table(report, "de")


AGREEMENTS = {
    agreement_id: {
        "id": agreement_id,
        "company": {"cvr": "22222228", "name": "Company"},
        "sites": [{"p_number": f"19000001{k:02d}", "name": f"Site {k}", "places": 3} for k in range(4)],
    }
    for agreement_id in ("falck-hovedstaden", "brfkredit", "danfoss", "falck-randers")
}


def test_demo_population_prints_the_published_table() -> None:
    plans = build_population()
    placements = [to_placement_record(p, AGREEMENTS[p.agreement_id]) for p in plans]
    ends = [r for p in plans if (r := to_end_record(p, AGREEMENTS[p.agreement_id])) is not None]
    report = compute_outcomes(placements, ends)
    assert report.to_dict() == PUBLISHED_TABLE
    assert sum(PUBLISHED_TABLE["outcomes"].values()) == 59  # the seed's own rows
    assert format_table(report) == (
        "81 borgere: 21 i forløb, 60 afsluttet\n"
        "Af de 60 afsluttede er status:\n"
        "  4 kom i ordinært job\n"
        "  4 kom i uddannelse\n"
        "  7 blev afklaret / indstillet til fleksjob\n"
        "  4 blev afklaret til møde med rehabiliteringsteamet\n"
        " 10 fortsatte i andet kommunalt tilbud\n"
        "  7 overgik til praktik i anden virksomhed\n"
        "  5 blev langtidssygemeldte\n"
        " 18 er stoppet af andre årsager\n"
        "  1 uden angivet status\n"
        "57 mænd og 24 kvinder; 30 under 30 år og 51 over 30 år\n"
        "Ydelser under praktikken:\n"
        " 23 modtog kontanthjælp som aktivitetsparate\n"
        " 14 modtog uddannelsesydelse som uddannelsesparate\n"
        "  6 modtog kontanthjælp som jobparate\n"
        " 10 modtog uddannelsesydelse som aktivitetsparate\n"
        " 16 modtog sygedagpenge\n"
        "  6 modtog ledighedsydelse\n"
        "  4 var i ressourceforløb\n"
        "  1 var ægtefælleforsørget\n"
        "  1 er ubekendt\n"
        "De 60 afsluttede har i gennemsnit været 100 dage i virksomhedspraktik\n"
    )
    en = format_table(report, "en").splitlines()
    assert en[0] == "81 citizens: 21 in progress, 60 ended"
    assert en[-1] == "The 60 ended spent 100 days in the internship on average"


def test_a_large_municipalitys_table_writes_its_numbers_as_each_reader_does() -> None:
    # 2,345 ended, 1,000 of them in an ordinary job, an average of 1,234.5 days: a Dane reads "2.345" and
    # "1.234,5" (decision 0062), not "2345" and "1234,5"; English "2,345" and "1,234.5".
    outcomes = dict.fromkeys(OUTCOMES, 0) | {"ordinary_job": 1000, "stopped_other": 1345}
    report = OutcomeReport(
        in_progress=10, ended=2345, outcomes=outcomes, benefits={"kontanthjaelp": 2355}, male=1200,
        female=1155, under_30=1500, average_days_ended=Decimal("1234.5"),
    )  # fmt: skip
    da = format_table(report).splitlines()
    assert da[0] == "2.355 borgere: 10 i forløb, 2.345 afsluttet"
    assert da[1] == "Af de 2.345 afsluttede er status:"
    assert "1.000 kom i ordinært job" in da and "1.345 er stoppet af andre årsager" in da
    assert "1.200 mænd og 1.155 kvinder; 1.500 under 30 år og 855 over 30 år" in da
    assert "2.355 modtog kontanthjælp" in da
    assert da[-1] == "De 2.345 afsluttede har i gennemsnit været 1.234,5 dage i virksomhedspraktik"
    en = format_table(report, "en").splitlines()
    assert en[0] == "2,355 citizens: 10 in progress, 2,345 ended"
    assert en[-1] == "The 2,345 ended spent 1,234.5 days in the internship on average"


def test_one_of_each_row_is_said_in_the_singular() -> None:
    # The seed's plural words ("5 blev langtidssygemeldte", "som aktivitetsparate") agree with one too.
    outcomes = dict.fromkeys(OUTCOMES, 0) | {"flexjob": 1, "rehabilitation_team": 1, "long_term_sick": 1}
    benefits = {"kontanthjaelp/aktivitetsparat": 1, "unknown": 1, "selvforsoergende": 1,
                "ressourceforloebsydelse": 1, "uddannelseshjaelp/uddannelsesparat": 2}  # fmt: skip
    report = OutcomeReport(
        in_progress=3, ended=3, outcomes=outcomes, benefits=benefits, male=1, female=0, under_30=1,
        average_days_ended=Decimal("1.5"),
    )  # fmt: skip
    da = format_table(report).splitlines()
    assert da[0] == "6 borgere: 3 i forløb, 3 afsluttet"
    assert "  1 blev langtidssygemeldt" in da
    assert "  1 modtog kontanthjælp som aktivitetsparat" in da
    assert "  2 modtog uddannelsesydelse som uddannelsesparate" in da
    assert "1 mand og 0 kvinder; 1 under 30 år og 5 over 30 år" in da
    assert da[-1] == "De 3 afsluttede har i gennemsnit været 1,5 dage i virksomhedspraktik"
    en = format_table(report, "en").splitlines()
    assert "  1 was assessed / recommended for flexjob" in en
    assert "  1 was referred to the rehabilitation team" in en
    assert "  1 is unknown" in en and "  1 was supported by a spouse" in en
    assert "  1 was in a resource programme" in en
    assert "1 man and 0 women; 1 under 30 and 5 aged 30 or over" in en
    assert en[-1] == "The 3 ended spent 1.5 days in the internship on average"
    alone = OutcomeReport(
        in_progress=1, ended=0, outcomes=dict.fromkeys(OUTCOMES, 0), benefits={}, male=0, female=1,
        under_30=0, average_days_ended=None,
    )  # fmt: skip
    assert format_table(alone).splitlines()[0] == "1 borger: 1 i forløb, 0 afsluttet"
    assert format_table(alone, "en").splitlines()[0] == "1 citizen: 1 in progress, 0 ended"
