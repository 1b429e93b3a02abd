"""The audit log's entries, newest first, filtered for a person: who read or changed what, and when.

`hub audit log` prints them; an operator or a municipality's data-protection officer answers "who read
this citizen's records" without SQL. Entries carry no CPR number (`AuditEvent`), so listing them shows
none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import AuditEvent
from hub.services.submission_status import DANISH_TIME


@dataclass(frozen=True)
class Filter:
    """Which entries: each given part must match (`action` and `actor` as prefixes, `subject` whole)."""

    action: str = ""
    actor: str = ""
    subject: str = ""
    since: date | None = None  # from this Danish day on
    until: date | None = None  # to this Danish day, included
    limit: int = 100


def _utc(day: date) -> datetime:
    """Midnight in Denmark that day, in UTC, as the log stores its times."""
    return datetime.combine(day, time(), tzinfo=DANISH_TIME).astimezone(UTC)


def entries(session: Session, wanted: Filter) -> Sequence[AuditEvent]:
    """The newest entries that match, at most `limit`."""
    query = select(AuditEvent)
    if wanted.action:
        query = query.where(AuditEvent.action.startswith(wanted.action, autoescape=True))
    if wanted.actor:
        query = query.where(AuditEvent.actor.startswith(wanted.actor, autoescape=True))
    if wanted.subject:
        query = query.where(AuditEvent.subject == wanted.subject)
    if wanted.since is not None:
        query = query.where(AuditEvent.occurred_at >= _utc(wanted.since))
    if wanted.until is not None:
        query = query.where(AuditEvent.occurred_at < _utc(wanted.until + timedelta(days=1)))
    return session.scalars(query.order_by(AuditEvent.id.desc()).limit(wanted.limit)).all()
