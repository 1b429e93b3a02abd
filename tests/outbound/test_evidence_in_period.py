"""A period's audit checks count and list only the period's evidence: a timesheet by the weeks it holds
(a week is the period's its Thursday lies in), a progress report by its day, an end form only in the
period the placement ended in. Expected values are worked out by hand from the rules the configs state
(Ballerup: quarters, reports every 6 weeks, an end form within 30 days; Gladsaxe: months, a timesheet a
month)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from hub.adapters.language.config_model import AuditRules
from hub.exports.completeness import Check, check_placement
from hub.exports.facts import Dated, Grant, PlacementFacts, Source, Timesheet
from hub.exports.payments import Terms
from hub.periods import parse_period

Q3, Q4 = parse_period("2026-Q3"), parse_period("2026-Q4")
BALLERUP = AuditRules(
    "quarter",
    "masked",
    5,
    hours_signed_by_mentor=True,
    hours_within_grant=True,
    progress_report_every_weeks=6,
    end_form_within_days=30,
)
MONTHLY = AuditRules("month", "masked", 5, timesheet_every_month=True, hours_within_grant=True)
AGREEMENT = Terms("occupied_places", D("275.00"), D("3.0"))  # the agreement's terms are the grant


def source(n: int, kind: str, received: date = date(2026, 11, 2)) -> Source:
    return Source(n, 1, kind, f"{n:064x}", f"{kind}-{n}.pdf", received)


def sheet(n: int, first: int, last: int) -> Timesheet:
    """A signed timesheet of weeks `first..last` of 2026, 3 hours each."""
    weeks = tuple((f"2026-W{w:02d}", D("3.0")) for w in range(first, last + 1))
    return Timesheet(weeks, "Mads Eksempel", None, "Mads Eksempel", source(n, "mentor_hours"))


def report(n: int, day: date) -> Dated:
    return Dated(day, source(n, "progress_report", day))


def facts(**more: object) -> PlacementFacts:
    base: dict[str, object] = {
        "participant_id": "P-1",
        "municipality_code": "151",
        "name": "Ida Jensen",
        "p_number": "1900000101",
        "site_name": "Falck Ballerup",
        "start": date(2026, 5, 18),
        "end": date(2026, 11, 15),
        "mentor_name": "Mads Eksempel",
    }
    return PlacementFacts(**(base | more))  # type: ignore[arg-type]


def rule_of(found: PlacementFacts, period: object, rules: AuditRules, rule: str) -> Check:
    checked = check_placement(found, period, rules, AGREEMENT)  # type: ignore[arg-type]
    assert checked is not None
    return next(c for c in checked.checks if c.rule == rule)


def cited(check: Check) -> list[str]:
    return [s.filename for s in check.documents]


# Started Monday 18 May, ended Sunday 4 October (end form received 6 October). The months' sheets hold
# the weeks whose Thursday is in the month: June W23–W26 (W26's Thursday is 25 June), July W27–W31
# (W27 begins Monday 29 June, its Thursday is 2 July), August W32–W35, September W36–W39, October W40
# (Monday 28 September to Sunday 4 October, its Thursday 1 October). Reports every 6 weeks or sooner.
ENDED_IN_OCTOBER = facts(
    ended=Dated(date(2026, 10, 4), source(20, "placement_end", date(2026, 10, 6))),
    timesheets=(sheet(6, 23, 26), sheet(7, 27, 31), sheet(8, 32, 35), sheet(9, 36, 39), sheet(10, 40, 40)),
    progress_reports=(
        report(11, date(2026, 6, 11)),
        report(12, date(2026, 7, 9)),
        report(13, date(2026, 8, 6)),
        report(14, date(2026, 9, 3)),
        report(15, date(2026, 10, 1)),
    ),
)


def test_the_quarter_counts_its_own_timesheets_not_the_next_months() -> None:
    signed = rule_of(ENDED_IN_OCTOBER, Q3, BALLERUP, "hours_signed_by_mentor")
    assert (signed.status, signed.detail_en) == ("ok", "3 timesheets signed")
    assert cited(signed) == ["mentor_hours-7.pdf", "mentor_hours-8.pdf", "mentor_hours-9.pdf"]
    # October's sheet is the fourth quarter's, where it is the one sheet.
    later = rule_of(ENDED_IN_OCTOBER, Q4, BALLERUP, "hours_signed_by_mentor")
    assert (later.detail_en, cited(later)) == ("1 timesheet signed", ["mentor_hours-10.pdf"])


def test_the_hours_check_cites_a_later_sheet_only_for_the_days_of_its_week_in_the_period() -> None:
    # The claim spreads a week's hours over its days (decision 0009): Q3's lines take 28–30 September of
    # W40 from October's sheet, and 1–5 July of W27 from July's; June's sheet has no day in Q3.
    within = rule_of(ENDED_IN_OCTOBER, Q3, BALLERUP, "hours_within_grant")
    assert within.status == "ok"
    assert cited(within) == [
        "mentor_hours-7.pdf",
        "mentor_hours-8.pdf",
        "mentor_hours-9.pdf",
        "mentor_hours-10.pdf",
    ]
    assert within.detail_en == (
        "delivered hours within the granted hours (the agreement's 3.0 hours a week); counted with the "
        "period's days of 2026-W40, a week of another period's timesheet"
    )
    assert within.detail_da.endswith(
        "; talt med periodens dage af uge 40 2026, en uge på en anden periodes timeseddel"
    )


def test_the_quarter_lists_its_own_progress_reports_not_junes_or_octobers() -> None:
    # From 18 May: due by 29 June, came 11 June; then by 23 July (came 9 July), 20 August (6 August),
    # 17 September (3 September), 15 October: nothing missing in Q3, and its reports are the three of
    # July, August and September. June's set when July's was due, but is the second quarter's.
    progress = rule_of(ENDED_IN_OCTOBER, Q3, BALLERUP, "progress_report_every_weeks")
    assert (progress.status, progress.detail_en) == ("ok", "3 progress reports in time")
    assert cited(progress) == ["progress_report-12.pdf", "progress_report-13.pdf", "progress_report-14.pdf"]
    # In Q4 it ran until 4 October: the report of 1 October is the quarter's one.
    later = rule_of(ENDED_IN_OCTOBER, Q4, BALLERUP, "progress_report_every_weeks")
    assert (later.detail_en, cited(later)) == ("1 progress report in time", ["progress_report-15.pdf"])


def test_the_end_form_is_the_quarter_of_the_end() -> None:
    # Ended 4 October: nothing about its end is due in Q3; Q4 has the form, received 2 days after.
    before = rule_of(ENDED_IN_OCTOBER, Q3, BALLERUP, "end_form_within_days")
    assert (before.status, before.detail_en, cited(before)) == ("ok", "not due in the period", [])
    after = rule_of(ENDED_IN_OCTOBER, Q4, BALLERUP, "end_form_within_days")
    assert (after.status, after.detail_en) == ("ok", "end form for 2026-10-04")
    assert cited(after) == ["placement_end-20.pdf"]


def test_reports_just_before_and_just_after_the_quarter_are_not_its_evidence() -> None:
    # Started Monday 6 April, running to December. Reports on 30 June and 1 October only. Every 6 weeks:
    # due by 18 May and 29 June (missed, the second quarter's), then 30 June + 6 weeks = 11 August and
    # 22 September, both missed in Q3; the next, 3 November, is after it. Neither report is Q3's.
    edges = facts(
        start=date(2026, 4, 6),
        end=date(2026, 12, 18),
        progress_reports=(report(1, date(2026, 6, 30)), report(2, date(2026, 10, 1))),
    )
    progress = rule_of(edges, Q3, BALLERUP, "progress_report_every_weeks")
    assert (progress.status, progress.detail_en) == (
        "missing",
        "a progress report was due by 2026-08-11, 2026-09-22",
    )
    assert cited(progress) == []
    # A day later, 1 July, the report is the quarter's: due by 12 August and 23 September after it.
    inside = facts(
        start=date(2026, 4, 6),
        end=date(2026, 12, 18),
        progress_reports=(report(1, date(2026, 7, 1)), report(2, date(2026, 10, 1))),
    )
    progress = rule_of(inside, Q3, BALLERUP, "progress_report_every_weeks")
    assert (progress.status, progress.detail_en) == (
        "missing",
        "a progress report was due by 2026-08-12, 2026-09-23",
    )
    assert cited(progress) == ["progress_report-1.pdf"]


def test_the_next_months_sheet_is_not_a_months_timesheet() -> None:
    # Started Monday 21 September; no September sheet, October's holds W40–W44. September's own week is
    # W39 (21–27 September, Thursday 24th): missing. W40 touches 28–30 September but is October's.
    september = parse_period("2026-09")
    late_start = facts(start=date(2026, 9, 21), end=date(2027, 1, 31), timesheets=(sheet(3, 40, 44),))
    monthly = rule_of(late_start, september, MONTHLY, "timesheet_every_month")
    assert monthly.status == "missing"
    # September's line is paid 28–30 September of W40 all the same (3 of its 7 days: 3 × 3/7 = 1.2857 →
    # 1.29 hours), from October's sheet: said, as where the month's hours come from (decision 0016, Stop 43).
    assert monthly.detail_en == (
        "no timesheet for September 2026, although the placement ran 2026-09-21–2026-09-30; the 1.29 hours"
        " delivered in September 2026 are for its days in 2026-W40 (on the timesheet for October 2026)"
    )
    assert cited(monthly) == []
    # Started Monday 28 September: September's three days are in W40, October's week, on October's sheet
    # (the hub's one form for September asks no week of it): no September sheet is owed.
    edge = facts(start=date(2026, 9, 28), end=date(2027, 1, 31), timesheets=(sheet(3, 40, 44),))
    monthly = rule_of(edge, september, MONTHLY, "timesheet_every_month")
    assert (monthly.status, cited(monthly)) == ("ok", [])
    assert rule_of(edge, parse_period("2026-10"), MONTHLY, "timesheet_every_month").status == "ok"


def test_a_later_grant_is_not_the_periods_but_the_first_one_is_the_rules() -> None:
    rules = AuditRules("quarter", "masked", 5, grant_on_or_before_start=True)
    first = Grant(
        date(2026, 5, 18), date(2026, 8, 31), D("3"), D("275"), date(2026, 5, 11), None, source(1, "g")
    )
    second = Grant(
        date(2026, 9, 1), date(2026, 11, 15), D("3"), D("275"), date(2026, 8, 25), None, source(2, "g")
    )
    third = Grant(
        date(2026, 11, 16), date(2026, 12, 31), D("3"), D("275"), date(2026, 11, 9), None, source(3, "g")
    )
    granted = facts(end=date(2026, 12, 31), grants=(third, first, second))
    checked = check_placement(granted, Q3, rules, Terms("occupied_places", D("275"), D("3"), 0, True))
    assert checked is not None
    # The rule is about the first grant (18 May, before Q3); the second covers September; the third
    # begins in November, the fourth quarter's.
    assert cited(checked.checks[0]) == ["g-1.pdf", "g-2.pdf"]
