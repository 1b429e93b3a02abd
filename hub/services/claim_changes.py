"""Whether a claim the job centre downloaded (and sent on) has changed since: a late or corrected
timesheet changes a period's amounts, and the job centre must send a correction (efterregulering).

For each of the user's claim periods whose claim was downloaded, the claim is built again and compared
with the LAST download: its amounts by participant kept with it (`claim_lines_kept`), or, for a download
made before they were kept, only the lines and amount its log entry names. A claim never downloaded, or
unchanged, has no `Change`. The user's own municipality only: a partner never sees another's claim, and
a company or an auditor has no claims here (`scope.municipality`, `claims:read`).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from threading import Lock
from typing import Any

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.access import Principal
from hub.errors import HubError
from hub.exports.claims import NothingToClaim
from hub.extensions import blobs
from hub.models import Agreement, AuditEvent, Record, RecordVersion
from hub.periods import Period
from hub.services import audit_page, claim_downloads, claim_lines_kept, claims, scope
from hub.services.payments import terms

log = logging.getLogger(__name__)
KEPT = 256  # comparisons kept per app: a year of periods for each of a few dozen agreements' views
_LOCK = Lock()


@dataclass(frozen=True)
class LineChange:
    """One participant's (or empty place's) amount in the claim sent and now; None: not in that claim."""

    participant_id: str | None
    place: int | None
    before: Decimal | None
    after: Decimal | None

    @property
    def difference(self) -> Decimal:
        """How much more (or, negative, less) is claimed for this line now."""
        return (self.after or Decimal(0)) - (self.before or Decimal(0))


@dataclass(frozen=True)
class Change:
    """How a period's claim now differs from its last download."""

    period: Period
    downloaded_at: datetime
    lines_before: int
    amount_before: Decimal
    lines_now: int
    amount_now: Decimal
    lines: list[LineChange] | None  # None: downloaded before the hub kept its lines by participant

    @property
    def difference(self) -> Decimal:
        """How much more (or, negative, less) the claim asks for now than the one sent."""
        return self.amount_now - self.amount_before

    @property
    def participants(self) -> int | None:
        """How many participants' amounts changed (None where the lines sent are not known)."""
        if self.lines is None:
            return None
        return sum(1 for line in self.lines if line.participant_id)


def last_downloads(session: Session, code: str, agreement_id: str) -> dict[str, AuditEvent]:
    """The last download of the municipality's claim for each period of the agreement, by period label."""
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == claim_downloads.ACTION, AuditEvent.subject == f"agreement:{agreement_id}")
        .order_by(AuditEvent.id)
    )
    # The municipality and period are in the entry's detail: a handful of rows per agreement.
    return {str(e.detail["period"]): e for e in events if e.detail.get("municipality") == code}


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
    code = scope.municipality(principal, principal.municipality or "")
    today = today or date.today()
    last = last_downloads(session, code, agreement.id)
    now = _state(session, code, agreement) if last else ()
    found = [
        Downloaded(
            period,
            last[period.label],
            _kept_compare(session, now, agreement.id, period, last[period.label], today),
        )
        for period in audit_page.periods(principal, today)
        if period.label in last
    ]
    lines = (line for d in found if d.change for line in d.change.lines or ())
    shown = sorted({line.participant_id for line in lines if line.participant_id})
    detail = {"periods": [d.period.label for d in found], "participants": shown}
    scope.note_read(session, principal, "read.claim_changes", f"agreement:{agreement.id}", detail)
    return found


def changes(
    session: Session, principal: Principal, agreement: Agreement, today: date | None = None
) -> list[Change]:
    """The user's municipality's claims of the agreement that changed since their last download."""
    return [d.change for d in downloaded(session, principal, agreement, today) if d.change is not None]


def _state(session: Session, code: str, agreement: Agreement) -> tuple[Any, ...]:
    """What a claim of the municipality and agreement depends on: its terms and the number and newest id
    of the municipality's record versions (every correction, late form or new date is one; none is
    deleted), as the auditor's page keys its totals (`audit_tally`)."""
    count, newest = session.execute(
        select(func.count(RecordVersion.id), func.max(RecordVersion.id))
        .join(Record, Record.id == RecordVersion.record_id)
        .where(Record.municipality_code == code)
    ).one()
    return (code, agreement.id, terms(agreement, code), count, newest)


def _kept_compare(
    session: Session,
    state: tuple[Any, ...],
    agreement_id: str,
    period: Period,
    download: AuditEvent,
    today: date,
) -> Change | None:
    """`compare`, kept per app under the state it was made in: a view with no new record version, no
    new terms and no new download builds no claim again (the state is read before, so a comparison is
    only ever kept under a state older than what it saw, and made again at the next view)."""
    key = (*state, period.label, download.id)
    kept: OrderedDict[tuple[Any, ...], Change | None] = current_app.extensions.setdefault(
        "hub.claim_changes", OrderedDict()
    )
    with _LOCK:
        if key in kept:
            kept.move_to_end(key)
            return kept[key]
    found = compare(session, state[0], agreement_id, period, download, today)
    with _LOCK:
        kept[key] = found
        while len(kept) > KEPT:
            kept.popitem(last=False)
    return found


def compare(
    session: Session, code: str, agreement_id: str, period: Period, download: AuditEvent, today: date
) -> Change | None:
    """The period's claim now against one download of it; None where nothing changed."""
    try:
        claim, _config = claims.build_claim(session, code, agreement_id, period, today)
        now, lines_now, amount_now = (
            claim_lines_kept.amounts(claim.lines),
            len(claim.lines),
            claim.total("amount_dkk"),
        )
    except NothingToClaim:
        now, lines_now, amount_now = {}, 0, Decimal(0)
    detail = download.detail
    lines_before, amount_before = int(detail.get("lines", 0)), Decimal(detail.get("amount_dkk", "0"))
    before = _kept(download)
    if before is None:
        if (lines_before, amount_before) == (lines_now, amount_now):
            return None
        lines = None
    else:
        lines = [
            LineChange(pid, place, before.get((pid, place)), now.get((pid, place)))
            for pid, place in sorted(before.keys() | now.keys(), key=_order)
            if before.get((pid, place)) != now.get((pid, place))
        ]
        if not lines and lines_before == lines_now:
            return None
    return Change(period, download.occurred_at, lines_before, amount_before, lines_now, amount_now, lines)


def _order(key: claim_lines_kept.Key) -> tuple[int, str, int]:
    pid, place = key
    return (0, pid, 0) if pid else (1, "", place or 0)


def _kept(download: AuditEvent) -> dict[claim_lines_kept.Key, Decimal] | None:
    """The download's amounts by participant, or None where they were not kept (an older download)."""
    sha256 = download.detail.get("lines_sha256")
    if not isinstance(sha256, str):
        return None
    try:
        return claim_lines_kept.decode(blobs.store.get(sha256))
    except (FileNotFoundError, HubError):
        # Kept at the download, gone or damaged since: compared by its totals, as an older download is.
        log.error("claim download %s: its kept lines %s are missing or damaged", download.id, sha256)
        return None
