"""The audit log's entries, newest first, filtered for a person: who read or changed what, and when.

`hub audit log` prints them; an operator or a municipality's data-protection officer answers "who read
this citizen's records" without SQL. Entries carry no CPR number (`AuditEvent`), so listing them shows
none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from hub.models import AuditEvent
from hub.periods import DENMARK
from hub.services import audit_scope

# Reads the pages logged under other names before stop 24; the log is append-only, so they keep them.
RENAMED = {
    "read.record": "record.read",
    "read.completeness": "completeness.read",
    "read.document": "document.read",
    "read.checkpoint": "checkpoint.read",
    "read.company_page": "company.page",
}


@dataclass(frozen=True)
class Filter:
    """Which entries: each given part must match (`action` and `actor` as prefixes, `subject` whole)."""

    action: str = ""  # a prefix; `read.` also finds the reads logged under their old names (`RENAMED`)
    actor: str = ""  # a user (`user:falck` or `falck`), with or without the token it used
    subject: str = ""
    since: date | None = None  # from this Danish day on
    until: date | None = None  # to this Danish day, included
    limit: int = 100
    # At most this id: what holds the list still while it is paged, as each read of it is a new entry
    # (`GET /api/audit/entries`' `until_id`, review-115)
    until_id: int | None = None
    # Only the entries about this municipality's citizens (`audit_scope`): its staff's share of the log.
    # None is every entry, the operator's; never None for anyone else (`audit_log_reads.municipality_of`).
    municipality: str | None = None


def midnight_utc(day: date) -> datetime:
    """Midnight in Denmark that day, in UTC, as the log stores its times."""
    return datetime.combine(day, time(), tzinfo=DENMARK).astimezone(UTC)


def _actor_clause(actor: str) -> ColumnElement[bool]:
    """`user:falck` is that user, by session or by any of its tokens (`user:falck token:3`), and not
    `user:falck2`. A bare name (`falck`, as `hub users list` shows it) is that user too: an operator
    who leaves out `user:` must not be told that the user read nothing. `cli`, `worker` and `demo` are
    actors of their own and still match as they are."""
    names = [actor]
    if ":" not in actor:
        names.append(f"user:{actor.lower()}")  # usernames are kept in lower case (decision 0047)
    return or_(
        *(AuditEvent.actor == name for name in names),
        *(AuditEvent.actor.startswith(f"{name} token:", autoescape=True) for name in names),
    )


def matching(wanted: Filter) -> Select[AuditEvent]:
    """The entries that match, unordered and unlimited: `entries` and the admin's page (`audit_log_reads`)
    page and count it."""
    query = select(AuditEvent)
    if wanted.municipality is not None:
        query = query.where(audit_scope.of_municipality(wanted.municipality))
    if wanted.action:
        old = [name for new, name in RENAMED.items() if new.startswith(wanted.action)]
        query = query.where(
            or_(AuditEvent.action.startswith(wanted.action, autoescape=True), AuditEvent.action.in_(old))
        )
    if wanted.actor:
        query = query.where(_actor_clause(wanted.actor))
    if wanted.subject:
        query = query.where(AuditEvent.subject == wanted.subject)
    if wanted.until_id is not None:
        query = query.where(AuditEvent.id <= wanted.until_id)
    if wanted.since is not None and (start := _midnight_or_none(wanted.since)) is not None:
        query = query.where(AuditEvent.occurred_at >= start)
    if wanted.until is not None and (end := _midnight_or_none(wanted.until, days_on=1)) is not None:
        query = query.where(AuditEvent.occurred_at < end)
    return query


def _midnight_or_none(day: date, days_on: int = 0) -> datetime | None:
    """Midnight in UTC `days_on` days after `day`, or None for a day at the calendar's end, which bounds no
    entry: `until=9999-12-31` has no next day, and `since=0001-01-01`'s Danish midnight is before UTC's
    first day (each was an OverflowError, a 500, on the admin's page and its API; review-115)."""
    try:
        return midnight_utc(day + timedelta(days=days_on))
    except OverflowError:
        return None


def entries(session: Session, wanted: Filter, offset: int = 0) -> Sequence[AuditEvent]:
    """The newest entries that match, at most `limit`, after skipping the `offset` newest."""
    query = matching(wanted).order_by(AuditEvent.id.desc()).offset(offset).limit(wanted.limit)
    return session.scalars(query).all()


def count(session: Session, wanted: Filter) -> int:
    """How many entries match."""
    return session.scalar(select(func.count()).select_from(matching(wanted).subquery())) or 0


def newest_id(session: Session, wanted: Filter) -> int | None:
    """The id of the newest entry that matches, None where none does: a paged list's `until_id`."""
    return session.scalar(select(func.max(matching(wanted).subquery().c.id)))
