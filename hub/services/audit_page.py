"""The auditor's page: the periods it may pick, completeness for one of them, the bundle and the newest
signed checkpoint. An auditor reads one municipality and periods inside its audit period; every read is
an audit entry (`scope.note_read`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import IO

from sqlalchemy.orm import Session

from hub.access import Principal
from hub.adapters.language.config_model import AuditRules
from hub.datewords import days_da
from hub.errors import NotFound
from hub.exports.completeness import PlacementCheck
from hub.exports.completeness_terms import shown_check
from hub.models import Agreement, AuditCheckpoint
from hub.periods import Period, PeriodError, parse_period
from hub.services import audit_checkpoints, audit_reads, audit_tally, bundles, completeness, scope
from hub.services.agreement_terms import local_today
from hub.services.registry import registry

_STEP = {"month": 1, "quarter": 3, "half_year": 6}
_LETTER = {"quarter": "Q", "half_year": "H"}


@dataclass(frozen=True)
class Completeness:
    """One page of the period's placements with their audit checks, and the counts of them all."""

    period: Period
    municipality: str
    rows: list[tuple[Agreement, PlacementCheck]]  # this page's
    rules: AuditRules
    cpr_rule: str  # how CPR numbers are shown: "full" or "masked"
    total: int  # placements in the period, on every page
    complete: int  # of those, how many have every piece of evidence
    page: int  # the page shown: the one asked for, or the last when it asked past the end


def _label(year: int, month: int, kind: str) -> str:
    if kind == "month":
        return f"{year}-{month:02d}"
    return f"{year}-{_LETTER[kind]}{(month - 1) // _STEP[kind] + 1}"


def window(who: Principal, today: date) -> tuple[date, date]:
    """The days the user may pick periods in: an auditor's audit period; for staff the last year."""
    if who.role == "auditor" and who.audit_start is not None and who.audit_end is not None:
        return who.audit_start, who.audit_end
    return today - timedelta(days=366), today


def _claim_periods(who: Principal, today: date) -> Iterator[Period]:
    """The municipality's claim periods that overlap the user's window, oldest first."""
    first, last = window(who, today)
    kind = registry().get(scope.municipality(who, who.municipality or "")).audit.claim_period
    year, month = first.year, 1
    while date(year, month, 1) <= last:
        period = parse_period(_label(year, month, kind))
        if period.overlap(first, last) is not None:
            yield period
        month += _STEP[kind]
        if month > 12:
            year, month = year + 1, 1


def periods(who: Principal, today: date | None = None) -> list[Period]:
    """The municipality's claim periods inside the user's window that have ended, newest first."""
    today = today or local_today()
    first, last = window(who, today)
    found = [p for p in _claim_periods(who, today) if first <= p.start and p.end <= last and p.end < today]
    return sorted(found, key=lambda p: p.start, reverse=True)


@dataclass(frozen=True)
class Later:
    """A claim period of the window that cannot be opened (yet), and why."""

    period: Period
    ends: date | None  # it can be opened the day after: not ended yet
    outside: bool  # not wholly inside the audit period: never, unless the audit period is widened


def not_openable(who: Principal, today: date | None = None) -> list[Later]:
    """The claim periods that overlap the user's window but cannot be opened, oldest first: not ended
    yet, or reaching outside the audit period (October alone is not one of Ballerup's quarters)."""
    today = today or local_today()
    first, last = window(who, today)
    found = []
    for period in _claim_periods(who, today):
        # Only an auditor has an audit period to be outside of; staff see the last year, and a period
        # reaching back past it is simply older than the list.
        outside = who.role == "auditor" and (period.start < first or period.end > last)
        if outside or period.end >= today:
            found.append(Later(period, period.end if period.end >= today else None, outside))
    return found


def newest(who: Principal) -> str:
    """The newest period the user may pick, or `NotFound` when none has ended yet."""
    found = periods(who)
    if not found:
        raise NotFound("no claim period of yours has ended yet", "ingen af dine perioder er slut endnu")
    return found[0].label


def audited_period(who: Principal, text: str) -> Period:
    """A period the auditor may read: of its municipality's claim kind, inside its audit period."""
    chosen = parse_period(text)
    allowed = periods(who)
    if chosen.label not in {p.label for p in allowed}:
        config = registry().get(scope.municipality(who, who.municipality or ""))
        kind, today = config.audit.claim_period, local_today()
        # "(-)" read as a typo where no period can be opened (an audit period that cuts every one).
        open_ = ", ".join(p.label for p in allowed) or "none"
        open_da = ", ".join(p.describe("da") for p in allowed) or "ingen"
        try:
            # What is wrong with the period itself is a bad request (400), said as the API and `hub claim`
            # say it: not begun (first, as every page that takes a period says it), not the
            # municipality's kind of claim period (October alone is not one of Ballerup's quarters), or
            # not over yet; then which periods can be opened.
            chosen.require_started(today)
            chosen.require_kind(kind, config.name)
            chosen.require_ended(today)
        except PeriodError as exc:
            raise PeriodError(
                f"{exc.message}; the periods you can open: {open_}",
                f"{exc.message_da}; de perioder, du kan åbne: {open_da}",
            ) from None
        # Else it lies outside the user's window (an auditor's audit period, staff's last year).
        first, last = window(who, today)
        kinds = {
            "month": ("month", "måned"),
            "quarter": ("quarter", "kvartal"),
            "half_year": ("half-year", "halvår"),
        }
        en, da = kinds.get(kind, (kind, kind))
        raise NotFound(
            f"the period {text} is not one you can open: the municipality claims by {en}, and only those "
            f"that have ended inside {first}..{last} can be opened ({open_})",
            f"perioden {chosen.describe('da')} kan ikke åbnes: kommunen afregner pr. {da}, og kun "
            f"dem, der er slut inden for {days_da(first, last)}, kan åbnes ({open_da})",
        )
    return chosen


def check(
    session: Session, who: Principal, period: Period, page: int = 1, per_page: int = 50
) -> Completeness:
    """Completeness for the period (`hub audit check`), a page of `per_page` placements at a time (past
    the end: the last page), logged as a read of the placements shown. The totals are the period's, on
    every page: counted in one pass over `completeness.checks`, then kept until something they depend on
    changes (`audit_tally`), so that a page view checks only its own placements."""
    code = scope.municipality(who, who.municipality or "")
    audit = completeness.scope(session, code, period)
    tally, kept = audit_tally.page(session, audit, (page - 1) * per_page, per_page)
    total = len(tally)
    shown_page = page if total > (page - 1) * per_page else max(1, -(-total // per_page))
    # Who was shown, by participant id (never a CPR number), as the company's reads are logged.
    shown = sorted(checked.facts.participant_id for _agreement, checked in kept)
    detail = {"period": period.label, "placements": len(kept), "participants": shown, "page": shown_page}
    scope.note_read(session, who, "read.completeness", f"municipality:{code}", detail)
    rules = audit.config.audit
    cpr_rule = rules.cpr_in_bundles if who.role == "auditor" else "full"
    kept = [(agreement, shown_check(checked, cpr_rule)) for agreement, checked in kept]  # typed text too
    return Completeness(period, code, kept, rules, cpr_rule, total, tally.complete, shown_page)


def write_bundle(session: Session, who: Principal, period: Period, out: IO[bytes]) -> None:
    """The auditor's bundle for the period (`hub bundle`), written to `out` (the service logs it)."""
    code = scope.municipality(who, who.municipality or "")
    bundles.write_bundle(session, code, period, out, who.actor)


def checkpoint(session: Session, who: Principal) -> tuple[int, str]:
    """The newest signed checkpoint's size and note, after sealing every waiting entry (`hub audit
    checkpoint`), as the API gives it (`audit_reads`, which logs the read with the size)."""
    head = audit_reads.checkpoint(session, who)
    return int(head["tree_size"]), str(head["checkpoint"])


def newest_checkpoint(session: Session) -> AuditCheckpoint | None:
    """The newest checkpoint as stored, for the page to say what its download is (nothing is sealed or
    logged by looking: the download itself seals first, so it may cover a few entries more)."""
    return audit_checkpoints.newest_checkpoint(session)
