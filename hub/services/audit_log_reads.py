"""The audit log's entries read by the operator, on `/admin/audit-log`, as its CSV udtræk or through
`GET /api/audit/entries`: a page of them or all of them, and each read itself an entry.

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

from hub.access import Principal
from hub.models import AuditEvent
from hub.pseudonyms import MASKED_WHOLLY, mask_cpr_like
from hub.services import audit
from hub.services.audit_list import Filter, count, entries

ACTION = "read.audit_log"
SUBJECT = "audit-log"
# The most entries one udtræk holds, newest first (`hub audit log --limit`'s own most): a file a
# spreadsheet still opens; a longer span is asked for in parts by day.
MOST_IN_FILE = 100_000


def page_of(session: Session, wanted: Filter, page: int, per_page: int) -> tuple[Sequence[AuditEvent], int]:
    """The entries of one page (from 1), newest first, and how many match in all."""
    rows = entries(session, replace(wanted, limit=per_page), offset=(page - 1) * per_page)
    return rows, count(session, wanted)


def every(session: Session, wanted: Filter) -> Sequence[AuditEvent]:
    """The newest `MOST_IN_FILE` entries that match, newest first (the udtræk)."""
    return entries(session, replace(wanted, limit=MOST_IN_FILE))


def asked(wanted: Filter) -> dict[str, str]:
    """The filter as the entry of its read records it: the parts given, a CPR-like number masked."""
    parts = {k: str(v) for k, v in asdict(wanted).items() if v not in ("", None) and k != "limit"}
    return {k: mask_cpr_like(v, MASKED_WHOLLY) for k, v in parts.items()}


def note_read(session: Session, who: Principal, how: str, wanted: Filter, shown: int, **more: Any) -> None:
    """Write the read of the log (`how`: `page`, `udtraek` or `api`) to the log itself, and commit.

    Every role's, unlike `scope.note_read`: the entries say who read which citizen's data, so whoever
    reads them is on record too. Nothing is written for an answer without a body (HEAD)."""
    if not who.answer_has_body:
        return
    detail = {"party": who.party, "as": how, "filter": asked(wanted), "entries": shown, **more}
    audit.append(session, who.actor, ACTION, SUBJECT, detail)
    session.commit()
