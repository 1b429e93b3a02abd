"""Audit rules applied to hand-made placements: each rule finds its evidence, or says what is missing or
wrong and which documents it looked at."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from hub.adapters.language.config_model import AuditRules
from hub.exports.completeness import check_placement
from hub.exports.facts import Dated, Grant, PlacementFacts, Source, Timesheet
from hub.exports.payments import Terms
from hub.periods import parse_period

SEPTEMBER = parse_period("2026-09")
ALL = AuditRules(
    "month",
    "masked",
    5,
    grant_on_or_before_start=True,
    hours_signed_by_mentor=True,
    hours_within_grant=True,
    timesheet_every_month=True,
    progress_report_every_weeks=4,
    end_form_within_days=14,
)
FORMS = Terms("occupied_places", D("275.00"), D("3.0"), grants_from_forms=True)


def source(n: int, kind: str) -> Source:
    return Source(n, 1, kind, f"{n:064x}", f"{kind}-{n}.pdf", date(2026, 10, 1))


def timesheet(n: int, weeks: range, signed_by: str | None = "Mads Eksempel", hours: str = "3") -> Timesheet:
    return Timesheet(
        tuple((f"2026-W{w:02d}", D(hours)) for w in weeks),
        signed_by,
        None,
        "Mads Eksempel",
        source(n, "mentor_hours"),
    )


def placement(**more: object) -> PlacementFacts:
    base: dict[str, object] = {
        "participant_id": "P-1",
        "municipality_code": "159",
        "name": "Ida Jensen",
        "p_number": "1900000101",
        "site_name": "Falck Søborg",
        "start": date(2026, 8, 3),
        "end": date(2026, 10, 25),
        "mentor_name": "Mads Eksempel",
        "cpr": "0101901234",
        "grants": (
            Grant(
                date(2026, 8, 3),
                date(2026, 10, 25),
                D("3.0"),
                D("275.00"),
                date(2026, 7, 28),
                source=source(1, "mentor_support"),
            ),
        ),
        "timesheets": (timesheet(2, range(36, 41)),),
        "progress_reports": (
            Dated(date(2026, 8, 28), source(3, "progress_report")),
            Dated(date(2026, 9, 24), source(4, "progress_report")),
        ),
    }
    return PlacementFacts(**(base | more))  # type: ignore[arg-type]


def statuses(facts: PlacementFacts, terms: Terms = FORMS) -> dict[str, str]:
    checked = check_placement(facts, SEPTEMBER, ALL, terms)
    assert checked is not None
    return {c.rule: c.status for c in checked.checks}


def test_a_placement_with_all_its_evidence_is_complete() -> None:
    checked = check_placement(placement(), SEPTEMBER, ALL, FORMS)
    assert checked is not None and checked.complete, [(c.rule, c.detail_en) for c in checked.checks]
    grant = next(c for c in checked.checks if c.rule == "grant_on_or_before_start")
    assert [s.filename for s in grant.documents] == ["mentor_support-1.pdf"]


def test_each_rule_finds_what_is_missing_or_wrong() -> None:
    late = Grant(date(2026, 8, 3), date(2026, 10, 25), D("3.0"), D("275.00"), date(2026, 8, 12))
    assert statuses(placement(grants=(late,)))["grant_on_or_before_start"] == "wrong"
    assert statuses(placement(grants=()))["grant_on_or_before_start"] == "missing"
    assert (
        statuses(placement(grants=()), Terms("occupied_places", D("275"), D("3")))["grant_on_or_before_start"]
        == "ok"
    )
    # Where the agreement's terms are the grant, the check says which hours, and where to read them.
    checked = check_placement(
        placement(grants=()), SEPTEMBER, ALL, Terms("occupied_places", D("275"), D("3"))
    )
    assert checked is not None
    grant = next(c for c in checked.checks if c.rule == "grant_on_or_before_start")
    assert (
        grant.detail_en == "the agreement's terms are the grant: 3.0 hours a week (agreements/ in the bundle)"
    )
    assert grant.detail_da == "aftalens vilkår er bevillingen: 3 timer om ugen (agreements/ i pakken)"
    assert (
        statuses(placement(timesheets=(timesheet(2, range(36, 41), None),)))["hours_signed_by_mentor"]
        == "missing"
    )
    other = statuses(placement(timesheets=(timesheet(2, range(36, 41), "Ida Jensen"),)))
    assert other["hours_signed_by_mentor"] == "wrong"
    assert (
        statuses(placement(timesheets=(timesheet(2, range(36, 41), hours="5"),)))["hours_within_grant"]
        == "wrong"
    )
    assert statuses(placement(timesheets=()))["timesheet_every_month"] == "missing"


def test_progress_reports_every_four_weeks() -> None:
    # Started 3 August: the first report was due by 31 August (came 28 August), the next by 25 September
    # (came 24 September). Without the second, it was due by 25 September: missing.
    only_first = placement(progress_reports=(Dated(date(2026, 8, 28)),))
    checked = check_placement(only_first, SEPTEMBER, ALL, FORMS)
    assert checked is not None
    progress = next(c for c in checked.checks if c.rule == "progress_report_every_weeks")
    assert (progress.status, progress.detail_en) == ("missing", "a progress report was due by 2026-09-25")
    assert "senest 25. sep. 2026" in progress.detail_da  # written the Danish way


def test_a_report_missing_before_the_period_is_not_the_periods_but_the_ones_after_it_are() -> None:
    # Started Monday 5 January 2026, no report ever, one due every four weeks: by 2 February, 2 and 30
    # March, 27 April, 25 May, 22 June, 20 July, 17 August, 14 September, 12 October. The third quarter's
    # auditor is shown the three due in the quarter; the first, in February, was the first quarter's.
    since_january = placement(start=date(2026, 1, 5), end=date(2026, 12, 18), progress_reports=())
    checked = check_placement(since_january, parse_period("2026-Q3"), ALL, FORMS)
    assert checked is not None
    progress = next(c for c in checked.checks if c.rule == "progress_report_every_weeks")
    assert progress.detail_en == "a progress report was due by 2026-07-20, 2026-08-17, 2026-09-14"
    # One report on 1 September: the one due by 17 August came late; the next, due by 29 September, did
    # not come either.
    one = placement(
        start=date(2026, 1, 5), end=date(2026, 12, 18), progress_reports=(Dated(date(2026, 9, 1)),)
    )
    checked = check_placement(one, parse_period("2026-Q3"), ALL, FORMS)
    assert checked is not None
    progress = next(c for c in checked.checks if c.rule == "progress_report_every_weeks")
    assert progress.detail_en == "a progress report was due by 2026-07-20, 2026-08-17, 2026-09-29"


def test_an_end_form_is_due_within_its_days_even_after_the_placement_left_the_period() -> None:
    ended_in_august = placement(end=date(2026, 8, 21), timesheets=(), progress_reports=())
    # Planned end 21 August, no end form: due by 4 September, so September's check shows it missing.
    checked = check_placement(ended_in_august, SEPTEMBER, ALL, FORMS)
    assert checked is not None
    end = next(c for c in checked.checks if c.rule == "end_form_within_days")
    assert (end.status, end.detail_en) == ("missing", "no end form, due by 2026-09-04")
    late = Source(9, 1, "placement_end", "9" * 64, "ophoer.pdf", date(2026, 9, 30))
    reported = placement(ended=Dated(date(2026, 9, 10), late))
    assert statuses(reported)["end_form_within_days"] == "wrong"  # received 20 days after the end


def test_a_placement_that_owes_nothing_in_the_period_is_not_checked() -> None:
    before = placement(start=date(2026, 3, 2), end=date(2026, 5, 31), ended=Dated(date(2026, 5, 29)))
    assert check_placement(before, SEPTEMBER, ALL, FORMS) is None


def test_where_nothing_is_paid_no_grant_is_looked_for() -> None:
    none = Terms("none", D(0), D(0))
    assert "grant_on_or_before_start" not in statuses(placement(grants=()), none)
    assert "hours_within_grant" not in statuses(placement(grants=()), none)


def test_inside_a_quarter_only_what_is_due_by_the_day_asked_for_is_missing() -> None:
    # Ballerup claims by quarter. Its lead's dashboard shows, for each month of Q3, what is missing by
    # that month's end: a timesheet for a month not over, a report due later, is not missing yet.
    q3 = parse_period("2026-Q3")
    no_evidence = placement(
        start=date(2026, 7, 6), end=date(2026, 9, 27), timesheets=(), progress_reports=(), grants=()
    )

    def missing(as_of: date | None) -> dict[str, str]:
        checked = check_placement(no_evidence, q3, ALL, FORMS, as_of=as_of)
        assert checked is not None
        return {c.rule: c.detail_en for c in checked.checks if c.status != "ok"}

    july = missing(date(2026, 7, 31))
    assert (
        july["timesheet_every_month"]
        == "no timesheet for July 2026, although the placement ran 2026-07-06–2026-07-31"
    )
    # Started 6 July: the first report is due by 3 August, after July's end.
    assert "progress_report_every_weeks" not in july and "end_form_within_days" not in july
    august = missing(date(2026, 8, 31))
    assert (
        "August 2026" in august["timesheet_every_month"]
        and "September" not in august["timesheet_every_month"]
    )
    # Due by 3 August, and with none by then, the next four weeks later: by 31 August.
    assert august["progress_report_every_weeks"] == "a progress report was due by 2026-08-03, 2026-08-31"
    # By the quarter's end (the auditor's view, and the default) everything due in it counts.
    whole = missing(None)
    assert "September 2026" in whole["timesheet_every_month"]
    assert whole == missing(date(2026, 12, 1))  # a day after the period: no more than the period's end


def test_each_check_cites_only_the_timesheets_and_grants_of_its_period() -> None:
    # September's check rests on the sheet of weeks 36–40; October's sheet (weeks 41–44) and a grant for
    # the spring are not evidence for September, in the report or in the bundle that copies its documents.
    spring = Grant(
        date(2026, 3, 2), date(2026, 6, 28), D("3.0"), D("275"), date(2026, 2, 20), None, source(9, "grant")
    )
    facts = placement(
        timesheets=(timesheet(2, range(36, 41)), timesheet(5, range(41, 45))),
        grants=(*placement().grants, spring),
    )
    checked = check_placement(facts, SEPTEMBER, ALL, FORMS)
    assert checked is not None
    cited = {c.rule: [s.filename for s in c.documents] for c in checked.checks}
    assert cited["hours_within_grant"] == ["mentor_hours-2.pdf", "mentor_support-1.pdf"]
    assert cited["hours_signed_by_mentor"] == ["mentor_hours-2.pdf"]


def details(facts: PlacementFacts, rule: str) -> tuple[str, str, str]:
    """One rule's status and its detail in English and Danish, for September."""
    checked = check_placement(facts, SEPTEMBER, ALL, FORMS)
    assert checked is not None
    found = next(c for c in checked.checks if c.rule == rule)
    return found.status, found.detail_en, found.detail_da


def test_counts_are_written_in_the_singular_or_the_plural() -> None:
    """Auditors read "1 timeseddel" and "2 timesedler", not "timeseddel/-sedler" or "statusrapport(er)"."""
    assert details(placement(), "hours_signed_by_mentor") == (
        "ok",
        "1 timesheet signed",
        "1 timeseddel underskrevet",
    )
    two = (timesheet(2, range(36, 38)), timesheet(5, range(38, 41)))
    assert details(placement(timesheets=two), "hours_signed_by_mentor") == (
        "ok",
        "2 timesheets signed",
        "2 timesedler underskrevet",
    )
    unsigned = (timesheet(2, range(36, 38), None), timesheet(5, range(38, 41), None))
    assert details(placement(timesheets=unsigned), "hours_signed_by_mentor") == (
        "missing",
        "2 timesheets not signed",
        "2 timesedler ikke underskrevet",
    )
    # Reports of 28 August, 10 and 24 September, each within four weeks of the start or the one before;
    # September's are the two measured in it (28 August is August's).
    three = (Dated(date(2026, 8, 28)), Dated(date(2026, 9, 10)), Dated(date(2026, 9, 24)))
    assert details(placement(progress_reports=three), "progress_report_every_weeks") == (
        "ok",
        "2 progress reports in time",
        "2 statusrapporter til tiden",
    )
    # Started 24 August: the first was due by 21 September (came the 18th), the next not before October.
    one = placement(start=date(2026, 8, 24), progress_reports=(Dated(date(2026, 9, 18)),))
    assert details(one, "progress_report_every_weeks") == (
        "ok",
        "1 progress report in time",
        "1 statusrapport til tiden",
    )
    # Started 14 September: the first is due by 12 October, after the period: not "0 reports in time".
    fresh = placement(start=date(2026, 9, 14), progress_reports=())
    assert details(fresh, "progress_report_every_weeks") == (
        "ok",
        "not due in the period",
        "ikke forfalden i perioden",
    )


def signed_check(facts: PlacementFacts, terms: Terms) -> tuple[str, str, str, list[str]]:
    """The hours-signed check for September: status, details and the documents it cites."""
    checked = check_placement(facts, SEPTEMBER, ALL, terms)
    assert checked is not None
    found = next(c for c in checked.checks if c.rule == "hours_signed_by_mentor")
    return found.status, found.detail_en, found.detail_da, [s.filename for s in found.documents]


def test_no_timesheet_is_not_said_as_evidence_signed() -> None:
    """A month with no timesheet is not "ok – 0 timesheets signed" (decision 0012, "Stop 39")."""
    # Occupied places, no sheet at all: nothing delivered, so nothing claimed (claimable = min(granted,
    # 0)): nothing to sign, said as a check not due is.
    assert signed_check(placement(timesheets=()), FORMS) == (
        "ok",
        "no timesheets in the period, and no hours claimed for it",
        "ingen timesedler i perioden, og der søges ikke refusion for timer i den",
        [],
    )
    # Fixed places pay the place for every day it ran, delivered or not: hours claimed, none signed.
    fixed = Terms("fixed_per_place", D("275.00"), D("3.0"), places=2)
    assert signed_check(placement(timesheets=()), fixed) == (
        "missing",
        "no timesheets in the period, but hours are claimed for it",
        "ingen timesedler i perioden, men der søges refusion for timer i den",
        [],
    )
    # Started Monday 28 September: its first week, W40 (Thursday 1 October), is October's sheet's, yet
    # September's line pays 28–30 September from it (3 of its 7 days): that sheet is the evidence.
    grant = Grant(date(2026, 9, 28), date(2026, 10, 25), D("3.0"), D("275.00"), date(2026, 9, 20))
    late = placement(
        start=date(2026, 9, 28),
        grants=(grant,),
        timesheets=(timesheet(2, range(40, 45)),),
        progress_reports=(),
    )
    assert signed_check(late, FORMS) == (
        "ok",
        "1 timesheet signed",
        "1 timeseddel underskrevet",
        ["mentor_hours-2.pdf"],
    )
    other = placement(
        start=date(2026, 9, 28),
        grants=(grant,),
        timesheets=(timesheet(2, range(40, 45), "Ida Jensen"),),
        progress_reports=(),
    )
    assert signed_check(other, FORMS)[:2] == ("wrong", "signed by Ida Jensen, not by the mentor")


def test_a_problem_with_the_signatures_cites_the_timesheets_that_have_it() -> None:
    # September's two sheets, one signed by the mentor: the check names the other, not both.
    one_unsigned = (timesheet(2, range(36, 38)), timesheet(5, range(38, 41), None))
    assert signed_check(placement(timesheets=one_unsigned), FORMS) == (
        "missing",
        "1 timesheet not signed",
        "1 timeseddel ikke underskrevet",
        ["mentor_hours-5.pdf"],
    )
    one_by_another = (timesheet(2, range(36, 38), "Ida Jensen"), timesheet(5, range(38, 41)))
    assert signed_check(placement(timesheets=one_by_another), FORMS) == (
        "wrong",
        "signed by Ida Jensen, not by the mentor",
        "underskrevet af Ida Jensen, ikke af mentor",
        ["mentor_hours-2.pdf"],
    )
