"""Which gaps between granted and delivered hours the company is told, and what it can do about each.

DESIGN.md's claim line pays `rate × min(granted, delivered)` and shows every gap to the lead, the company
and the auditor. The company's mentors deliver the hours, so it is told each gap that its hours, its
timesheets or its intern's days decide, with what it can do, in Danish and English (docs/decisions/
0011-company-documents.md, "Stop 48: the company sees the gaps"). `grant_after_start` is not told: the
day the municipality decided its grant is the municipality's casework, and what it would cost the
company, hours no grant covers, is told as `no_grant`. The gaps' own reasons name hours, weeks and days,
never an amount: the company's page and export show none.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from hub.exports.company_model import CompanyGap, Intern
from hub.exports.gaps import Gap
from hub.periods import Period
from hub.schemas.municipalities import danish_sort_key

_SEND_AGAIN_EN = "send the mentor hours form again with the right hours"
_SEND_AGAIN_DA = "send skemaet med mentortimer igen med de rigtige timer"
_ASK_EN = "ask your contact at the job centre"
_ASK_DA = "spørg jeres kontakt i jobcentret"

# Kind -> what the company can do (English, Danish), in the order a reader acts on them: its own
# paperwork first (a timesheet missing or unsigned), then its hours, then what the job centre decides.
SHOWN: dict[str, tuple[str, str]] = {
    "no_timesheet": (
        "Send the mentor hours form for the month; write 0 in a week without mentor hours.",
        "Send skemaet med mentortimer for måneden; skriv 0 i en uge uden mentortimer.",
    ),
    "unsigned": (
        "Send the mentor hours form again, signed by the mentor: unsigned hours are not counted.",
        "Send skemaet med mentortimer igen, underskrevet af mentoren: timer uden underskrift tælles ikke.",
    ),
    "below_grant": (
        f"If the mentor gave more hours than the form says, {_SEND_AGAIN_EN}.",
        f"Har mentoren givet flere timer, end skemaet siger, så {_SEND_AGAIN_DA}.",
    ),
    "above_grant": (
        f"Hours above the grant are not paid: keep to the granted hours, or {_ASK_EN} about more. "
        f"If the hours are written wrong, {_SEND_AGAIN_EN}.",
        f"Timer ud over bevillingen betales ikke: hold jer til de bevilgede timer, eller {_ASK_DA} "
        f"om flere. Er timerne skrevet forkert, så {_SEND_AGAIN_DA}.",
    ),
    "week_above_grant": (
        f"Check the week's hours on the form you sent; if they are wrong, {_SEND_AGAIN_EN}.",
        f"Tjek ugens timer på det skema, I sendte; er de forkerte, så {_SEND_AGAIN_DA}.",
    ),
    "after_end": (
        f"Hours after the last day are not counted: if they belong to an earlier week, {_SEND_AGAIN_EN}; "
        f"if the intern did not end that day, tell your contact at the job centre.",
        f"Timer efter sidste dag tælles ikke: hører de til en tidligere uge, så {_SEND_AGAIN_DA}; "
        "sluttede praktikanten ikke den dag, så sig det til jeres kontakt i jobcentret.",
    ),
    "no_grant": (
        f"The job centre grants mentor support: {_ASK_EN} about a grant for those days.",
        f"Jobcentret bevilger mentorstøtten: {_ASK_DA} om en bevilling for de dage.",
    ),
    "over_allotment": (
        f"The job centre placed the intern beyond its places under the agreement: {_ASK_EN}.",
        f"Jobcentret har placeret praktikanten ud over sine pladser i aftalen: {_ASK_DA}.",
    ),
}
ORDER = {kind: number for number, kind in enumerate(SHOWN)}


def settled(period: Period, as_of: date) -> Period | None:
    """The part of `period` whose months are over by `as_of` (its last day included), or None: a month's
    timesheet is due once it is over, so a month still running has no gaps yet."""
    months = period.months()
    over = [month for month in months if month.end <= as_of]
    if not over:
        return None
    if len(over) == len(months):
        return period
    return over[0] if len(over) == 1 else Period(period.start, over[-1].end, period.kind)


def for_company(gap: Gap, intern: Intern) -> CompanyGap | None:
    """The gap as the company is told it, naming the intern as its interns' table does; None for a gap
    that is not the company's to be told (`grant_after_start`)."""
    action = SHOWN.get(gap.kind)
    if action is None:
        return None
    return CompanyGap(
        participant_id=gap.participant_id,
        name=intern.name,
        municipality=intern.municipality,
        kind=gap.kind,
        hours=gap.hours,
        reason_en=gap.reason_en,
        reason_da=gap.reason_da,
        action_en=action[0],
        action_da=action[1],
    )


def by_intern(gaps: Iterable[CompanyGap]) -> list[CompanyGap]:
    """The gaps intern by intern, job centre by job centre by name as the interns' table is (Furesø
    before Gladsaxe); an intern's gaps together, its own paperwork first (`SHOWN`'s order): the payments
    give a placement's gaps apart (under `fixed_per_place` the hours' gaps of all placements first)."""
    found = list(gaps)
    first: dict[str, int] = {}
    for number, gap in enumerate(found):
        first.setdefault(gap.participant_id, number)
    return sorted(
        found,
        key=lambda g: (danish_sort_key(g.municipality), first[g.participant_id], ORDER[g.kind]),
    )
