"""Which gaps the company is told and what it can do about each (`exports.company_gaps`), with gaps
written by hand as `exports.gaps` words them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from company_data import INTERNS

from hub.exports.company_gaps import SHOWN, by_intern, for_company, settled
from hub.exports.company_model import CompanyGap
from hub.exports.gaps import KINDS, Gap
from hub.periods import parse_period

ANNE, BO, CARL = INTERNS  # Jobcenter Gladsaxe, Jobcenter Herlev, Jobcenter Høje-Taastrup


def _gap(kind: str, pid: str = ANNE.participant_id, hours: str | None = "1.5") -> Gap:
    return Gap("159", pid, kind, Decimal(hours) if hours else None, f"{kind} in English", f"{kind} på dansk")


def test_every_kind_but_the_grants_date_is_told_with_what_to_do() -> None:
    # The grant's date is the municipality's casework; what it costs the company shows as `no_grant`.
    assert set(KINDS) - set(SHOWN) == {"grant_after_start"}
    assert for_company(_gap("grant_after_start", hours=None), ANNE) is None
    told = for_company(_gap("unsigned"), ANNE)
    assert told == CompanyGap(
        participant_id="P-AAAAAAAAAAA",
        name="Æble Øster-Åberg",
        municipality="Jobcenter Gladsaxe",
        kind="unsigned",
        hours=Decimal("1.5"),
        reason_en="unsigned in English",
        reason_da="unsigned på dansk",
        action_en="Send the mentor hours form again, signed by the mentor: unsigned hours are not counted.",
        action_da="Send skemaet med mentortimer igen, underskrevet af mentoren: timer uden underskrift "
        "tælles ikke.",
    )


def test_the_missing_timesheet_says_send_the_form() -> None:
    told = for_company(_gap("no_timesheet", hours=None), ANNE)
    assert told is not None
    assert told.action_da == "Send skemaet med mentortimer for måneden; skriv 0 i en uge uden mentortimer."


def test_gaps_come_intern_by_intern_by_job_centre_name_own_paperwork_first() -> None:
    # As the payments give them: Herlev's intern first (a lead's municipality before the others), then
    # Anne's hours gap, then a Gladsaxe line gap of Anne's after Carl's.
    found = [
        for_company(_gap("below_grant", BO.participant_id), BO),
        for_company(_gap("above_grant", ANNE.participant_id), ANNE),
        for_company(_gap("week_above_grant", CARL.participant_id), CARL),
        for_company(_gap("no_timesheet", ANNE.participant_id, None), ANNE),
    ]
    ordered = by_intern(g for g in found if g is not None)
    assert [(g.participant_id, g.kind) for g in ordered] == [
        (ANNE.participant_id, "no_timesheet"),  # Gladsaxe before Herlev before Høje-Taastrup
        (ANNE.participant_id, "above_grant"),
        (BO.participant_id, "below_grant"),
        (CARL.participant_id, "week_above_grant"),
    ]


def test_only_months_over_have_gaps() -> None:
    # A month's hours are sent after it: a month still running has none yet.
    assert settled(parse_period("2026-12"), date(2026, 12, 1)) is None
    assert settled(parse_period("2026-11"), date(2026, 11, 30)) == parse_period("2026-11")
    # The fourth quarter on 1 December: October and November are over, December is not.
    part = settled(parse_period("2026-Q4"), date(2026, 12, 1))
    assert part is not None and (part.start, part.end) == (date(2026, 10, 1), date(2026, 11, 30))
    assert settled(parse_period("2026-Q4"), date(2026, 11, 2)) == parse_period("2026-10")
    assert settled(parse_period("2026-Q3"), date(2026, 9, 30)) == parse_period("2026-Q3")
