"""Which later submission corrected a refused one: the upload page's lines and the API's resource say it.

A refused form stores no record, so it has no identity of its own to be corrected by (a stored form's
correction is the next version of the record whose placement and period it shares: `linking.find_record`).
"The same form" is what the hub links a correction by, as far as the refused file can be read: the same
sender, the same of its adapter's forms (`form_id`), and the same citizen at the same site (CPR and P-number,
read from the refused file's kept extraction by the form's own field rules and compared by the keyed hash
the placements keep). The later submission is the first accepted one whose stored record is that form of
that placement. A file whose CPR or P-number cannot be read (or a form the hub did not recognise) is linked
to nothing: a file's name alone is never enough, since a caseworker names many citizens' forms alike.

A file sent as the fix of a named refused one (`Submission.corrects_id`: the upload page's "Send a fixed
file" on that row, the API's `corrects`) corrects that one and no other, whatever it names: the rule above
linked it to the earliest refused file of the same citizen's form, and a row whose form was not recognised
to nothing (walk-88, stop 64; page-93).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from hub.adapters.mapping.form import read_fields
from hub.adapters.mapping.item_scope import whole
from hub.adapters.mapping.reading import Reader
from hub.adapters.readers.base import Extraction
from hub.errors import HubError, NotFound
from hub.models import Document, Placement, Record, RecordVersion, Submission
from hub.pseudonyms import cpr_key
from hub.services import submission_adapter

_KEYS = ("citizen.cpr", "site.p_number")
# How many refused files before an accepted one are asked whether it corrected them: a caseworker corrects
# a refused file soon after, and a page's line must not read a sender's whole history.
_LOOK_BACK = 50


@dataclass
class Links:
    """The submissions one listed submission is linked with: what corrected it, and what it corrected."""

    corrected_by: int | None = None
    corrects: list[int] = field(default_factory=list)


def _sender(row: Submission) -> Any:
    """The same sender's submissions of the same form (a municipality's or a company's agreement's)."""
    return and_(
        Submission.municipality_code.is_not_distinct_from(row.municipality_code),
        Submission.agreement_id.is_not_distinct_from(row.agreement_id),
        Submission.form_id == row.form_id,
    )


def _pair(session: Session, row: Submission) -> tuple[str, str] | None:
    """The (citizen key, P-number) a refused file names, read as its form reads them; None when unread."""
    kept = session.scalar(select(Document.extraction).where(Document.sha256 == row.document_sha256))
    if kept is None or row.form_id is None or row.municipality_code is None and row.agreement_id is None:
        return None
    try:
        form = submission_adapter.adapter_of(row).form(row.form_id)
    except (KeyError, NotFound):
        return None
    index = form.index(Extraction.from_dict(kept))
    sha256 = row.document_sha256
    reader = Reader(form.format, row.filename, form.id, sha256, located=False, printed=index.printed)
    record: dict[str, Any] = {}
    try:
        # Only the two fields, by the form's own rules and transforms; a problem is noted on `reader`.
        read_fields([r for r in form.fields if r.path in _KEYS], whole(index), reader, (record, []))
    except (HubError, ValueError):  # a file unreadable so far is linked to nothing, not an error page
        return None
    cpr, p_number = record.get("citizen", {}).get("cpr"), record.get("site", {}).get("p_number")
    if not cpr or not p_number:
        return None
    return cpr_key(str(current_app.config["PSEUDONYM_KEY"]), str(cpr)), str(p_number)


def _stored_pairs(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    """The placement (citizen key, P-number) of the record each of these accepted submissions stored."""
    rows = session.execute(
        select(RecordVersion.submission_id, Placement.cpr_key, Placement.p_number)
        .join(Record, Record.id == RecordVersion.record_id)
        .join(Placement, Placement.id == Record.placement_id)
        .where(RecordVersion.submission_id.in_(ids))
    )
    return {sid: (key, p) for sid, key, p in rows}


def corrected_by(session: Session, refused: Submission) -> int | None:
    """The first later accepted submission sent as its fix (`corrects_id`), else the first of the same
    form of the same citizen at the same site that named no refused one of its own."""
    if refused.status != "rejected":
        return None
    named = session.scalar(
        select(func.min(Submission.id)).where(
            Submission.corrects_id == refused.id, Submission.status == "accepted"
        )
    )
    if named is not None or refused.form_id is None:
        return named
    later = list(
        session.scalars(
            select(Submission.id)
            .where(_sender(refused), Submission.id > refused.id, Submission.status == "accepted")
            .where(Submission.corrects_id.is_(None))
            .order_by(Submission.id)
            .limit(_LOOK_BACK)
        )
    )
    if not later:
        return None
    pair = _pair(session, refused)
    stored = _stored_pairs(session, later) if pair else {}
    return next((sid for sid in later if stored.get(sid) == pair), None)


def links_of(session: Session, rows: list[Submission]) -> dict[int, Links]:
    """For a page of submissions: each refused one's correction, and what each accepted one corrected."""
    found: dict[int, Links] = {}
    for row in rows:
        if row.status == "rejected":
            later = corrected_by(session, row)
            if later is not None:
                found.setdefault(row.id, Links()).corrected_by = later
        elif row.status == "accepted" and row.corrects_id is not None:
            # Sent as the fix of one refused submission: that one, once this is its first accepted fix.
            earlier_one = session.get(Submission, row.corrects_id)
            if earlier_one is not None and corrected_by(session, earlier_one) == row.id:
                found.setdefault(row.id, Links()).corrects = [earlier_one.id]
        elif row.status == "accepted" and row.form_id is not None:
            earlier = session.scalars(
                select(Submission)
                .where(_sender(row), Submission.id < row.id, Submission.status == "rejected")
                .order_by(Submission.id.desc())
                .limit(_LOOK_BACK)
            )
            fixed = sorted(r.id for r in earlier if corrected_by(session, r) == row.id)
            if fixed:
                found.setdefault(row.id, Links()).corrects = fixed
    return found
