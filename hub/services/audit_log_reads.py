"""The audit log's entries read by the operator, on `/admin/audit-log`, as its CSV udtræk or through
`GET /api/audit/entries`: a page of them or all of them, and each read itself an entry. The operator
reads every entry; a municipality's staff (lead or partner) the entries about their own citizens, on
`/audit-log` and through the same API (`audit_scope`, decision 0062, "Stop 70: page-116").

Who read which citizen's record is itself worth knowing, so reading the log is logged as the other reads
are (`read.audit_log`, subject `audit-log`), with the filter asked and how many entries were shown. The
filter is typed by a person: a CPR-like number in it (a subject or actor searched for by mistake) is
masked in the entry, as the log holds none (`AuditEvent`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import Any

from sqlalchemy.orm import Session

from hub.access import STAFF, Principal
from hub.models import AuditEvent
from hub.pseudonyms import MASKED_WHOLLY, mask_cpr_like
from hub.services import audit, audit_scope
from hub.services.audit_list import Filter, count, entries

ACTION = "read.audit_log"
SUBJECT = "audit-log"
# The most entries one udtræk holds, newest first (`hub audit log --limit`'s own most): a file a
# spreadsheet still opens; a longer span is asked for in parts by day.
MOST_IN_FILE = 100_000


class NotAReader(Exception):
    """A role with no share of the log asked for one: the guard's permission should have refused it."""


def municipality_of(who: Principal) -> str | None:
    """Whose entries `who` reads: None (every entry) for the operator, the municipality for its staff."""
    if who.role == "admin":
        return None
    if who.role in STAFF and who.municipality:
        return who.municipality
    raise NotAReader(who.role)  # never every entry by mistake: a 500, not another party's entries


def details(session: Session, wanted: Filter, rows: Sequence[AuditEvent]) -> list[dict[str, Any]]:
    """Each entry's detail as its reader may see it: whole for the operator, cut to the municipality's own
    for its staff (`audit_scope.details`)."""
    if wanted.municipality is None:
        return [row.detail for row in rows]
    return audit_scope.details(session, wanted.municipality, rows)


def page_of(session: Session, wanted: Filter, page: int, per_page: int) -> tuple[Sequence[AuditEvent], int]:
    """The entries of one page (from 1), newest first, and how many match in all."""
    rows = entries(session, replace(wanted, limit=per_page), offset=(page - 1) * per_page)
    return rows, count(session, wanted)


def every(session: Session, wanted: Filter) -> Sequence[AuditEvent]:
    """The newest `MOST_IN_FILE` entries that match, newest first (the udtræk)."""
    return entries(session, replace(wanted, limit=MOST_IN_FILE))


def asked(wanted: Filter) -> dict[str, str]:
    """The filter as the entry of its read records it: the parts given, a CPR-like number masked."""
    # The municipality is the reader's party, not asked: the entry's `party` says it.
    given = {k: v for k, v in asdict(wanted).items() if k not in ("limit", "municipality")}
    parts = {k: str(v) for k, v in given.items() if v not in ("", None)}
    return {k: mask_cpr_like(v, MASKED_WHOLLY) for k, v in parts.items()}


def note_read(session: Session, who: Principal, how: str, wanted: Filter, shown: int, **more: Any) -> None:
    """Write the read of the log (`how`: `page`, `udtraek` or `api`) to the log itself, and commit.

    Every role's, unlike `scope.note_read`: the entries say who read which citizen's data, so whoever
    reads them is on record too. Nothing is written for an answer without a body (HEAD)."""
    if who.answer_has_body:
        note(session, who.actor, {"party": who.party}, how, wanted, shown, **more)


def note(
    session: Session, actor: str, by: dict[str, Any], how: str, wanted: Filter, shown: int, **more: Any
) -> None:
    """Write one read of the log by `actor` (`by`: its party, where it has one) and commit: the page's,
    the API's, or `hub audit log`'s (`how` "cli", the operator at a shell)."""
    detail = {**by, "as": how, "filter": asked(wanted), "entries": shown, **more}
    audit.append(session, actor, ACTION, SUBJECT, detail)
    session.commit()
