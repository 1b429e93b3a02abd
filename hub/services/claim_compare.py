"""One period's claim as it is now against one download of it: the amounts by participant kept with the
download (`claim_lines_kept`), or, for a download made before they were kept, only the lines and amount
its log entry names. Which periods are compared, for whom, and when a comparison is made again is
`claim_changes`'.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from hub.errors import HubError
from hub.exports.claims import NothingToClaim
from hub.extensions import blobs
from hub.logsetup import Both
from hub.models import AuditEvent
from hub.periods import Period
from hub.services import claim_lines_kept, claims

log = logging.getLogger(__name__)


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
    def needs_correction(self) -> bool:
        """Whether the municipality must send a correction (efterregulering): not when the only lines that
        came or went are of DKK 0.00 (a placement with no grant yet, say), since the amount to pay, the
        claim's and every participant's, is as sent. Where the lines sent are not known, whenever it
        changed."""
        if self.lines is None or self.difference:
            return True
        return any(line.difference for line in self.lines)

    @property
    def participants(self) -> int | None:
        """How many participants' amounts changed (None where the lines sent are not known)."""
        if self.lines is None:
            return None
        return sum(1 for line in self.lines if line.participant_id)


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
        log.error(
            Both(
                "claim download %s: its kept lines %s are missing or damaged",
                "hentning %s af kravet: de gemte linjer %s mangler eller er beskadigede",
                download.id,
                sha256,
            )
        )
        return None
