"""Payments computed from hand-made facts, compared with tables worked out by hand (in the comments).

August 2026 has 31 days; ISO week 31 runs Mon 27 July–Sun 2 August, week 36 Mon 31 August–Sun 6 September.
A week's hours are spread evenly over the days the placement ran in it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from hub.exports.facts import Dated, Grant, PlacementFacts, Timesheet
from hub.exports.gaps import Gap, hours_gaps
from hub.exports.payments import PaymentLine, Terms, fixed_lines, occupied_lines
from hub.periods import parse_period

AUGUST = parse_period("2026-08")
FALCK = Terms("occupied_places", D("275.00"), D("3.0"))
BRF = Terms("fixed_per_place", D("275.00"), D("6.25"), places=3)
GLADSAXE = Terms("occupied_places", D("275.00"), D("3.0"), grants_from_forms=True)


def placement(pid: str, start: date, end: date, *sheets: Timesheet, **more: object) -> PlacementFacts:
    return PlacementFacts(
        pid, "159", f"Navn {pid}", "1900000101", "Falck Søborg", start, end, timesheets=sheets, **more
    )  # type: ignore[arg-type]


def sheet(*weeks: tuple[int, str], signed: bool = True) -> Timesheet:
    return Timesheet(tuple((f"2026-W{w:02d}", D(h)) for w, h in weeks), "Mads" if signed else None)


def row(line: PaymentLine) -> tuple[object, ...]:
    return (
        line.participant_id,
        line.first_day.day,
        line.last_day.day,
        line.days_active,
        line.granted_hours,
        line.delivered_hours,
        line.claimable_hours,
        line.amount_dkk,
    )


def kinds(gaps: list[Gap]) -> list[tuple[str, D | None]]:
    return [(g.kind, g.hours) for g in gaps]


def test_falck_occupied_places_whole_month_start_and_end_mid_month() -> None:
    # P1 runs all August. Granted 3 × 31/7 = 13.2857 → 13.29. Delivered: week 31 gives 2 of its 7 days
    # (3 × 2/7), weeks 32–35 give 12, week 36 gives 1 of 7 (3 × 1/7): 12 + 9/7 = 13.2857 → 13.29.
    # Amount 275 × 13.29 = 3654.75.
    p1 = placement(
        "P-1",
        date(2026, 5, 4),
        date(2026, 10, 25),
        sheet((31, "3"), (32, "3"), (33, "3")),
        sheet((34, "3"), (35, "3"), (36, "3")),
    )
    # P2 starts Wednesday 19 August: 13 days, granted 3 × 13/7 = 5.5714 → 5.57. Week 34 ran Wed–Sun, so
    # all its 2 hours fall in August; week 35 gives 3; week 36 3 × 1/7: 5.4286 → 5.43 delivered.
    # Claimable min(5.57, 5.43) = 5.43; 275 × 5.43 = 1493.25; 0.14 hours below the grant.
    p2 = placement("P-2", date(2026, 8, 19), date(2026, 11, 17), sheet((34, "2"), (35, "3"), (36, "3")))
    # P3 ended Friday 14 August: 14 days, granted 6.00. Delivered 3 × 2/7 + 4 + 3 (week 33 ran Mon–Fri)
    # = 7.857 → 7.86; claimable 6.00, 275 × 6 = 1650.00; 1.86 above the grant. Week 34 lies wholly after
    # the end: its 3 hours are listed, not paid. Week by week (decision 0066): week 32's 4 hours are 1
    # above its 3 granted; week 33's 3 hours on 5 days are 3 − 3 × 5/7 = 6/7 → 0.86 above.
    hours = sheet((31, "3"), (32, "4"), (33, "3"), (34, "3"))
    p3 = placement("P-3", date(2026, 6, 1), date(2026, 8, 30), hours, ended=Dated(date(2026, 8, 14)))
    results = [occupied_lines(p, AUGUST, FALCK) for p in (p1, p2, p3)]
    lines = [row(line) for found, _ in results for line in found]
    assert lines == [
        ("P-1", 1, 31, 31, D("13.29"), D("13.29"), D("13.29"), D("3654.75")),
        ("P-2", 19, 31, 13, D("5.57"), D("5.43"), D("5.43"), D("1493.25")),
        ("P-3", 1, 14, 14, D("6.00"), D("7.86"), D("6.00"), D("1650.00")),
    ]
    assert sum(line.amount_dkk for found, _ in results for line in found) == D("6798.00")
    assert [kinds(gaps) for _, gaps in results] == [
        [],
        [("below_grant", D("0.14"))],
        [
            ("after_end", D("3")),
            ("above_grant", D("1.86")),
            ("week_above_grant", D("1.00")),
            ("week_above_grant", D("0.86")),
        ],
    ]


def test_a_placement_that_did_not_run_in_the_period_has_no_line() -> None:
    before = placement("P-9", date(2026, 3, 2), date(2026, 7, 31), sheet((30, "3")))
    assert occupied_lines(before, AUGUST, FALCK) == ([], [])


def test_brfkredit_pays_every_allotted_place_whether_occupied_or_not() -> None:
    # Gentofte has 3 places at 6.25 hours a week. A holds place 1 all month: 6.25 × 31/7 = 27.68 hours,
    # 275 × 27.68 = 7612.00. B starts 10 August in place 2: empty 1–9 August, 6.25 × 9/7 = 8.04 → 2211.00,
    # then B 10–31 August, 6.25 × 22/7 = 19.64 → 5401.00. Place 3 stands empty: 27.68 → 7612.00.
    a = placement("P-A", date(2026, 6, 1), date(2026, 11, 22), sheet((32, "4")))
    b = placement("P-B", date(2026, 8, 10), date(2026, 11, 8), sheet((33, "6"), (34, "6"), (35, "6")))
    items = list(fixed_lines("157", [b, a], AUGUST, BRF, ("1900000201", "BRFkredit Lyngby")))
    lines = [i for i in items if isinstance(i, PaymentLine)]
    assert [(line.place, *row(line)) for line in lines] == [
        (1, "P-A", 1, 31, 31, D("27.68"), D("4.00"), D("27.68"), D("7612.00")),
        (2, None, 1, 9, 9, D("8.04"), D("0.00"), D("8.04"), D("2211.00")),
        (2, "P-B", 10, 31, 22, D("19.64"), D("18.00"), D("19.64"), D("5401.00")),
        (3, None, 1, 31, 31, D("27.68"), D("0.00"), D("27.68"), D("7612.00")),
    ]
    assert sum(line.amount_dkk for line in lines) == D("22836.00")
    # One timesheet in August is enough for the month not to be "without a timesheet".
    assert [(g.participant_id, g.kind) for g in items if isinstance(g, Gap)] == []


def test_more_placements_than_places_is_a_gap() -> None:
    four = [placement(f"P-{n}", date(2026, 8, 3), date(2026, 10, 25), sheet((32, "3"))) for n in range(4)]
    items = list(fixed_lines("157", four, AUGUST, BRF, ("1900000201", "BRFkredit Lyngby")))
    assert [g.participant_id for g in items if isinstance(g, Gap) and g.kind == "over_allotment"] == ["P-3"]


def test_a_grant_form_after_the_start_and_hours_without_a_grant() -> None:
    # Granted on 12 August for a placement that started Monday 3 August: 29 days, 3 × 29/7 = 12.43 hours
    # granted; delivered weeks 32–35 (12) + 3 × 1/7 of week 36 = 12.43; 275 × 12.43 = 3418.25.
    grant = Grant(date(2026, 8, 3), date(2026, 10, 25), D("3.0"), D("275.00"), date(2026, 8, 12))
    hours = sheet((32, "3"), (33, "3"), (34, "3"), (35, "3"), (36, "3"))
    late = placement("P-5", date(2026, 8, 3), date(2026, 10, 25), hours, grants=(grant,))
    lines, gaps = occupied_lines(late, AUGUST, GLADSAXE)
    assert [row(line) for line in lines] == [
        ("P-5", 3, 31, 29, D("12.43"), D("12.43"), D("12.43"), D("3418.25"))
    ]
    assert kinds(gaps) == [("grant_after_start", None)]
    assert "9 days after" in gaps[0].reason_en and "9 dage efter" in gaps[0].reason_da
    # Granted the day after the start: one day, not "1 dage" (`hub.words.counted`).
    next_day = Grant(date(2026, 8, 3), date(2026, 10, 25), D("3.0"), D("275.00"), date(2026, 8, 4))
    _, gaps = occupied_lines(
        placement("P-7", date(2026, 8, 3), date(2026, 10, 25), hours, grants=(next_day,)), AUGUST, GLADSAXE
    )
    assert (
        ", 1 day after the placement" in gaps[0].reason_en
        and ", 1 dag efter praktikstart" in gaps[0].reason_da
    )
    # No grant at all: the placement shows with nothing granted and nothing to pay.
    ungranted = placement("P-6", date(2026, 8, 3), date(2026, 10, 25), sheet((33, "3")))
    lines, gaps = occupied_lines(ungranted, AUGUST, GLADSAXE)
    assert [row(line) for line in lines] == [("P-6", 3, 31, 29, D("0.00"), D("3.00"), D("0.00"), D("0.00"))]
    assert kinds(gaps) == [("no_grant", D("3.00"))]


def test_an_unsigned_timesheet_is_not_delivered_and_a_month_without_any_is_a_gap() -> None:
    # 3 + 3 unsigned hours in August; the placement started 3 August: 29 days, 12.43 granted, 0 delivered.
    unsigned = placement(
        "P-7", date(2026, 8, 3), date(2026, 10, 25), sheet((32, "3"), (33, "3"), signed=False)
    )
    lines, gaps = occupied_lines(unsigned, AUGUST, FALCK)
    assert [row(line) for line in lines] == [("P-7", 3, 31, 29, D("12.43"), D("0.00"), D("0.00"), D("0.00"))]
    assert kinds(gaps) == [("unsigned", D("6.00")), ("below_grant", D("12.43"))]
    silent = placement("P-8", date(2026, 8, 3), date(2026, 10, 25), sheet((37, "3")))
    _, gaps = occupied_lines(silent, AUGUST, FALCK)
    assert kinds(gaps) == [("no_timesheet", None), ("below_grant", D("12.43"))]
    assert "august 2026" in gaps[0].reason_da and "2026-08-03–2026-08-31" in gaps[0].reason_en


def test_a_month_without_its_timesheet_says_where_the_hours_it_is_paid_come_from() -> None:
    # Week 44 runs Mon 26 October–Sun 1 November; its Thursday is 29 October, so October's sheet gives it.
    # November's line takes 1 of its 7 days all the same (decision 0009, "Days, not weeks"): 3 × 1/7 =
    # 0.4286 → 0.43 delivered. November's own weeks (45–48, and 49 from Mon 30 November) are on no sheet.
    # 30 days: 3 × 30/7 = 12.857 → 12.86 granted; claimable 0.43, 275 × 0.43 = 118.25.
    october = sheet((40, "3"), (41, "3"), (42, "3"), (43, "3"), (44, "3"))
    p9 = placement("P-9", date(2026, 8, 3), date(2026, 12, 20), october)
    lines, gaps = occupied_lines(p9, parse_period("2026-11"), FALCK)
    assert [row(line) for line in lines] == [
        ("P-9", 1, 30, 30, D("12.86"), D("0.43"), D("0.43"), D("118.25"))
    ]
    assert kinds(gaps) == [("no_timesheet", None), ("below_grant", D("12.43"))]
    # True, and not beside 0.43 hours as if they came from nowhere: they are week 44's, on October's sheet.
    assert gaps[0].reason_en == (
        "no timesheet for November 2026, although the placement ran 2026-11-01–2026-11-30; the 0.43 hours"
        " delivered in November 2026 are for its days in 2026-W44 (on the timesheet for October 2026)"
    )
    assert gaps[0].reason_da.startswith("ingen timeseddel for november 2026, selv om praktikken løb ")
    assert gaps[0].reason_da.endswith(
        "; de 0,43 timer leveret i november 2026 er for månedens dage i uge 44 2026"
        " (på timesedlen for oktober 2026)"
    )
    # October's sheet unsigned: nothing is delivered in November (decision 0007), and nothing is said so.
    unsigned = placement("P-9", date(2026, 8, 3), date(2026, 12, 20), sheet((44, "3"), signed=False))
    _, gaps = occupied_lines(unsigned, parse_period("2026-11"), FALCK)
    [missing] = [g for g in gaps if g.kind == "no_timesheet"]
    assert missing.reason_en.endswith("2026-11-01–2026-11-30")


def test_lines_asked_for_again_are_the_same_and_each_caller_may_change_its_own() -> None:
    # The facts keep what they derive (the dashboard's month and its audit check ask for the same
    # month): a caller that appends to its lists must not change what the next caller gets.
    p1 = placement("P-1", date(2026, 8, 10), date(2026, 10, 25), sheet((33, "3"), signed=False))
    lines, gaps = occupied_lines(p1, AUGUST, FALCK)
    first = ([row(line) for line in lines], kinds(gaps))
    lines.clear()
    gaps.append(gaps[0])
    again = occupied_lines(p1, AUGUST, FALCK)
    assert ([row(line) for line in again[0]], kinds(again[1])) == first
    # Other terms are other lines: 4.0 hours a week over 22 days (10–31 August) is 12.57 granted.
    other = occupied_lines(p1, AUGUST, Terms("occupied_places", D("275.00"), D("4.0")))
    assert [line.granted_hours for line in other[0]] == [D("12.57")]
    # Facts equal to these but another object derive afresh, and compare equal all the same.
    twin = placement("P-1", date(2026, 8, 10), date(2026, 10, 25), sheet((33, "3"), signed=False))
    assert twin == p1
    assert ([row(line) for line in occupied_lines(twin, AUGUST, FALCK)[0]], kinds(gaps[:-1])) == first


@pytest.mark.usefixtures("demo_today")
def test_a_month_without_its_timesheet_is_said_in_the_tense_of_today() -> None:
    # Today is 1 December 2026. The placement runs 3 August 2026–20 January 2027 with a timesheet for
    # week 40 only. November is over: its timesheet is missing although the placement ran all of it.
    # December has begun today: the placement runs its 31 days and no timesheet is due yet. January
    # 2027 is still to come: its 20 days are days the placement is to run. "løb 1. dec. 2026–31. dec.
    # 2026" said of days to come read as a timesheet overdue.
    p = placement("P-10", date(2026, 8, 3), date(2027, 1, 20), sheet((40, "3")))
    reasons = {}
    for label in ("2026-11", "2026-12", "2027-01"):
        [gap] = [g for g in occupied_lines(p, parse_period(label), FALCK)[1] if g.kind == "no_timesheet"]
        reasons[label] = (gap.reason_en, gap.reason_da)
    assert reasons == {
        "2026-11": (
            "no timesheet for November 2026, although the placement ran 2026-11-01–2026-11-30",
            "ingen timeseddel for november 2026, selv om praktikken løb 1. nov. 2026–30. nov. 2026",
        ),
        "2026-12": (
            "no timesheet for December 2026 yet: the placement runs 2026-12-01–2026-12-31",
            "ingen timeseddel for december 2026 endnu: praktikken løber 1. dec. 2026–31. dec. 2026",
        ),
        "2027-01": (
            "no timesheet for January 2027 yet: the placement is to run 2027-01-01–2027-01-20",
            "ingen timeseddel for januar 2027 endnu: praktikken skal løbe 1. jan. 2027–20. jan. 2027",
        ),
    }


@pytest.mark.usefixtures("demo_today")
def test_a_month_asked_as_of_its_end_is_said_as_over_whatever_today_is() -> None:
    # The dashboards keep what the completeness check says of a month as of its last day (31 December),
    # made while it runs (today, 1 December): said "løber" then, the kept text would still say so in
    # March. As of a day, the month is over by the day after it, whatever the calendar says.
    p = placement("P-11", date(2026, 8, 3), date(2027, 1, 20), sheet((40, "3")))
    december = parse_period("2026-12")
    [gap] = [g for g in hours_gaps(p, december, until=december.end) if g.kind == "no_timesheet"]
    assert (
        gap.reason_da
        == "ingen timeseddel for december 2026, selv om praktikken løb 1. dec. 2026–31. dec. 2026"
    )
    # Asked with no day, it is today's tense; both asked of the same facts, neither is handed the other's.
    [today] = [g for g in hours_gaps(p, december) if g.kind == "no_timesheet"]
    assert today.reason_da.startswith("ingen timeseddel for december 2026 endnu: praktikken løber")
