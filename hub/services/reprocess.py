"""Apply a config change to documents already stored, from their kept extractions: no file is parsed.

Each submission of the municipality is canonicalised again with the current config and compared with
the record version it last produced. Differences become new versions (reason `reprocessed`); a
submission rejected before that now passes is accepted; one that would now fail keeps its old version
and is reported. Placements go first, because every other form links to one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.adapters.pipeline import Canonical
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, Rejection
from hub.models import Document, RecordVersion, Submission
from hub.services import audit, normalise
from hub.services.registry import registry

FORM_ORDER = ("placement", "mentor_support", "mentor_hours", "progress_report", "placement_end")


@dataclass
class Change:
    """What reprocessing does to one submission."""

    submission_id: int
    filename: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    problems: list[FieldProblem] = field(default_factory=list)

    def differences(self) -> list[tuple[str, Any, Any]]:
        """(path, before, after) for every canonical leaf that differs."""
        old, new = flatten(self.before or {}), flatten(self.after or {})
        return [
            (k, old.get(k), new.get(k)) for k in sorted(old.keys() | new.keys()) if old.get(k) != new.get(k)
        ]


def flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """A nested record as {"citizen.cpr": ..., "entries[0].hours": ...}."""
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, value in data.items():
            out.update(flatten(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(data, list):
        out = {}
        for i, value in enumerate(data):
            out.update(flatten(value, f"{prefix}[{i}]"))
        return out
    return {prefix: data}


def _kept(session: Session, code: str) -> list[tuple[Submission, dict[str, Any], dict[str, Any] | None]]:
    """Every submission of a municipality with a kept extraction, its extraction and the data of the
    record version it last produced (None if none), in one query rather than two per submission."""
    last = (
        select(RecordVersion.submission_id, func.max(RecordVersion.id).label("id"))
        .join(Submission, Submission.id == RecordVersion.submission_id)
        .where(Submission.municipality_code == code)
        .group_by(RecordVersion.submission_id)
        .subquery()
    )
    query = (
        select(Submission, Document.extraction, RecordVersion.data)
        .join(Document, Document.sha256 == Submission.document_sha256)
        .outerjoin(last, last.c.submission_id == Submission.id)
        .outerjoin(RecordVersion, RecordVersion.id == last.c.id)
        .where(Submission.municipality_code == code, Document.extraction.is_not(None))
        .order_by(Submission.id)
    )
    return [(submission, extraction, data) for submission, extraction, data in session.execute(query)]


def reprocess(
    session: Session,
    municipality: str,
    dry_run: bool,
    actor: str,
    show: Callable[[list[Change]], None] | None = None,
) -> list[Change]:
    """Re-map every kept extraction of a municipality; `show` sees the changes before they are
    committed (or, with `dry_run`, rolled back)."""
    code = registry().get(municipality).code
    changes: dict[int, Change] = {}
    pending: list[tuple[Submission, Canonical]] = []
    for submission, kept, before in _kept(session, code):
        extraction = Extraction.from_dict(kept)
        try:
            canonical = normalise.canonicalise(extraction, submission, validated=before)
        except Rejection as exc:
            if submission.status == "accepted":
                changes[submission.id] = Change(
                    submission.id, submission.filename, before, before, exc.problems
                )
            continue
        if canonical.record != before:
            changes[submission.id] = Change(submission.id, submission.filename, before, canonical.record)
            pending.append((submission, canonical))
    pending.sort(key=lambda item: (FORM_ORDER.index(item[1].record["form_type"]), item[0].id))
    for submission, canonical in pending:
        change = changes[submission.id]
        try:
            with session.begin_nested():
                normalise.store(session, submission, canonical, actor, "reprocessed")
                submission.status, submission.form_id, submission.problems = (
                    "accepted",
                    canonical.form_id,
                    None,
                )
        except Rejection as exc:
            change.after, change.problems = change.before, exc.problems
    if show is not None:
        show(list(changes.values()))
    if dry_run:
        session.rollback()
        return list(changes.values())
    audit.append(
        session,
        actor,
        "municipality.reprocessed",
        f"municipality:{code}",
        {
            "changed": sum(1 for c in changes.values() if c.after != c.before),
            "problems": sum(bool(c.problems) for c in changes.values()),
        },
    )
    session.commit()
    return list(changes.values())
