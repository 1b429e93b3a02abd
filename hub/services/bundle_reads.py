"""Which reads go in a municipality's bundle: every read of its citizens' personal data made in the
period, by any party (a company, an auditor, and since stop 73 the lead and partners too), whatever its
subject (decision 0012, stop 49).

The bundle's other entries are those about its records; a company's export, page or form is logged with
the agreement as its subject and names the citizens it held by participant id, several municipalities'
at once. Such an entry goes, as logged and with its proof, into the bundle of each municipality whose
citizens it covered (`audit_reach`), and into no other's. Reads are taken by when they were made (Danish
days), so that a municipality's bundles of consecutive periods hold each read once, none left between.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from sqlalchemy import String, and_, cast, not_, or_, select
from sqlalchemy.orm import Session

from hub.models import AuditEvent, AuditLeaf
from hub.periods import Period
from hub.services import audit_reach
from hub.services.audit_list import RENAMED, midnight_utc

# A read of personal data is logged as `read.…` (a refusal reads nothing) or, for a file made for its
# reader (a company's export or form, a claim), as `export.…`; before stop 24 some under other names.
_OLD_NAMES = tuple(RENAMED.values())


def is_read(action: str) -> bool:
    """Whether an entry of this action is a read of personal data (or may be one: its reach decides)."""
    if action == "read.refused":
        return False
    return action.startswith(("read.", "export.")) or action in _OLD_NAMES


def chunks(session: Session, code: str, period: Period, size: int, chunk: int = 100) -> Iterator[list[int]]:
    """The ids of the reads of municipality `code`'s citizens made in `period` and among the log's first
    `size` entries, in order, up to `chunk` at a time (a chunk may be empty). Fewer than the log pass's
    500: a company's export of a big agreement names thousands of participants, and each entry's detail
    is held here until its chunk is decided."""
    start, end = midnight_utc(period.start), midnight_utc(period.end + timedelta(days=1))
    kinds = or_(
        AuditEvent.action.startswith("read."),
        AuditEvent.action.startswith("export."),
        AuditEvent.action.in_(_OLD_NAMES),
    )
    # In the database already, the reads that name their municipalities and not this one are left: the
    # other municipalities' reads are most of them. An entry from before they were named stays to be
    # worked out (`audit_reach`); any other text with the quoted code in it is decided exactly below.
    text = cast(AuditEvent.detail, String)
    ours = or_(text.contains(f'"{code}"'), not_(text.contains(f'"{audit_reach.KEY}"')))
    after = 0
    while True:
        rows = session.execute(
            select(AuditEvent.id, AuditEvent.action, AuditEvent.subject, AuditEvent.detail)
            .join(AuditLeaf, and_(AuditLeaf.event_id == AuditEvent.id, AuditLeaf.position < size))
            .where(
                kinds,
                ours,
                AuditEvent.occurred_at >= start,
                AuditEvent.occurred_at < end,
                AuditEvent.id > after,
            )
            .order_by(AuditEvent.id)
            .limit(chunk)
        ).all()
        if not rows:
            return
        after = rows[-1].id
        reads = [row for row in rows if is_read(row.action)]
        reached = audit_reach.reach(session, [(row.subject, row.detail or {}) for row in reads])
        yield [row.id for row, codes in zip(reads, reached, strict=True) if code in codes]
