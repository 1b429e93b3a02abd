"""Whether a claim the job centre downloaded (and sent on) has changed since: a late or corrected
timesheet changes a period's amounts, and the job centre must send a correction (efterregulering).

For each of the user's claim periods whose claim was downloaded, the claim as it is now is compared
with the LAST download (`claim_compare`). A comparison is kept per app under what the period's claim
depends on (`claim_change_keys`), so a view builds again only the periods whose placements, terms or
config changed. A claim never downloaded, or unchanged, has no `Change`. The user's own municipality
only: a partner never sees another's claim, nor the lead a partner's (a lead acts for the others only
through the agreement-wide views, `scope.municipality`); a company or an auditor has no claims here
(`claims:read`).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from threading import Lock

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.access import Principal
from hub.models import Agreement, AuditEvent
from hub.periods import Period, local_today
from hub.services import agreement_members, audit_page, claim_change_keys, claim_downloads, scope
from hub.services.claim_compare import Change, compare

KEPT = 256  # comparisons kept per app: a year of periods for each of a few dozen agreements' views
_LOCK = Lock()


def last_downloads(
    session: Session, code: str, agreement_id: str, until: int | None = None
) -> dict[str, AuditEvent]:
    """The last download of the municipality's claim for each period of the agreement, by period label;
    of the downloads logged up to entry `until` when given (a list paged as it was: `newest_download`)."""
    query = (
        select(AuditEvent)
        .where(AuditEvent.action == claim_downloads.ACTION, AuditEvent.subject == f"agreement:{agreement_id}")
        .order_by(AuditEvent.id)
    )
    events = session.scalars(query if until is None else query.where(AuditEvent.id <= until))
    # The municipality and period are in the entry's detail: a handful of rows per agreement.
    return {str(e.detail["period"]): e for e in events if e.detail.get("municipality") == code}


def newest_download(session: Session, code: str, agreement_id: str) -> int | None:
    """The log entry number of the municipality's newest download of a claim of the agreement (None when
    there is none): the claims' list pinned to it (`until`) stays as it was while claims are downloaded,
    where a new period's first download would push every period after it a place down."""
    return max((event.id for event in last_downloads(session, code, agreement_id).values()), default=None)


@dataclass(frozen=True)
class Downloaded:
    """A period whose claim was downloaded: its last download, and how the claim differs now (or None)."""

    period: Period
    download: AuditEvent
    change: Change | None


def downloaded(
    session: Session, principal: Principal, agreement: Agreement, today: date | None = None
) -> list[Downloaded]:
    """The user's municipality's claims of the agreement that were downloaded, newest period first, each
    compared with its last download; a read of them is logged for a role whose reads are (none may read
    claims today)."""
    return downloaded_page(session, principal, agreement, 1, None, today)[0]


def downloaded_page(
    session: Session,
    principal: Principal,
    agreement: Agreement,
    page: int,
    per_page: int | None,
    today: date | None = None,
    until: int | None = None,
) -> tuple[list[Downloaded], int]:
    """One page of `downloaded` (all of it when `per_page` is None), and how many periods there are in
    all; of the downloads logged up to entry `until` when given. Only the page's periods are compared
    (each may build a claim) and logged as read."""
    code = scope.municipality(principal, principal.municipality or "")
    today = today or local_today()
    last = last_downloads(session, code, agreement.id, until)
    # Of an agreement it was taken out of, the periods it was a member some of: a claim of another is
    # refused, not changed (`agreement_members.refusal`).
    periods = [
        p
        for p in audit_page.periods(principal, today)
        if p.label in last and agreement_members.member_in(agreement, code, p)
    ]
    total = len(periods)
    if per_page is not None:
        periods = periods[(page - 1) * per_page : page * per_page]
    keys = claim_change_keys.keys(session, code, agreement, periods)
    found = [
        Downloaded(
            period,
            last[period.label],
            _kept_compare(session, keys[period.label], agreement.id, period, last[period.label], today),
        )
        for period in periods
    ]
    lines = (line for d in found if d.change for line in d.change.lines or ())
    shown = sorted({line.participant_id for line in lines if line.participant_id})
    detail = {"periods": [d.period.label for d in found], "participants": shown}
    scope.note_read(session, principal, "read.claim_changes", f"agreement:{agreement.id}", detail)
    return found, total


def changes(
    session: Session, principal: Principal, agreement: Agreement, today: date | None = None
) -> list[Change]:
    """The user's municipality's claims of the agreement that changed since their last download."""
    return [d.change for d in downloaded(session, principal, agreement, today) if d.change is not None]


def _kept_compare(
    session: Session,
    key: claim_change_keys.Key,
    agreement_id: str,
    period: Period,
    download: AuditEvent,
    today: date,
) -> Change | None:
    """`compare`, kept per app under the period's key and the download: a view after which nothing the
    period's claim depends on changed, and no new download, builds no claim again."""
    kept_as = (*key, download.id)
    kept: OrderedDict[claim_change_keys.Key, Change | None] = current_app.extensions.setdefault(
        "hub.claim_changes", OrderedDict()
    )
    with _LOCK:
        if kept_as in kept:
            kept.move_to_end(kept_as)
            return kept[kept_as]
    found = compare(session, key[0], agreement_id, period, download, today)
    with _LOCK:
        kept[kept_as] = found
        while len(kept) > KEPT:
            kept.popitem(last=False)
    return found
