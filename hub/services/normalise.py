"""From a document's kept extraction to a stored, linked, versioned canonical record.

Shared by ingestion and `hub reprocess`: both recognise the form, map it, validate it against the
canonical contract and then store a new version only where the canonical content changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from flask import current_app
from marshmallow import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.adapters.mapping import map_form
from hub.adapters.readers.base import Extraction
from hub.errors import Rejection
from hub.models import Provenance, Record, RecordVersion, Submission
from hub.schemas.records import load_record
from hub.services import audit, linking, problems
from hub.services.registry import registry


@dataclass(frozen=True)
class Canonical:
    """A document's canonical reading: which form it is, the record, and where each value came from."""

    form_id: str
    record: dict[str, Any]
    provenance: list[Any]


def _path_key(path: str) -> str:
    # Provenance says entries[0].hours; marshmallow says entries.0.hours.
    return path.replace("[", ".").replace("]", "")


def _locator(provenance: list[Any], lang: str = "en") -> Callable[[str], str]:
    """A function from canonical path to where its value was read, for error messages."""
    where = {_path_key(p.path): p for p in provenance}

    def locate(path: str) -> str:
        found = where.get(_path_key(path))
        if found is None:
            return ""
        text = found.locator.get("text") or {}
        return str(text.get(lang) or found.source_key or "")

    return locate


def canonicalise(extraction: Extraction, submission: Submission) -> Canonical:
    """Recognise, map and validate; raise `Rejection` with every problem found."""
    config = registry().get(submission.municipality_code)
    form = config.recognise(extraction, submission.filename)
    mapped = map_form(extraction, form, submission.document_sha256, submission.filename, config.code)
    try:
        record = load_record(mapped.record)
    except ValidationError as exc:
        locate = _locator(list(mapped.provenance))
        raise Rejection(
            problems.from_validation(exc.messages, submission.filename, form.id, locate)
        ) from None
    return Canonical(form.id, record, list(mapped.provenance))


def store(
    session: Session, submission: Submission, canonical: Canonical, actor: str, reason: str
) -> RecordVersion | None:
    """Link and store a new version (None when the content equals the current version). No commit."""
    secret = str(current_app.config["SECRET_KEY"])
    placement, identity = linking.link(session, canonical.record, secret)
    form_type = canonical.record["form_type"]
    record = session.scalar(select(Record).where(Record.form_type == form_type, Record.identity == identity))
    if record is None:
        record = Record(
            form_type=form_type,
            identity=identity,
            municipality_code=canonical.record["municipality_code"],
            placement_id=placement.id,
            current_version=0,
        )
        session.add(record)
        session.flush()
    else:
        current = record.versions[-1] if record.versions else None
        if current is not None and current.data == canonical.record:
            return None
    version = RecordVersion(
        record_id=record.id,
        version=record.current_version + 1,
        submission_id=submission.id,
        reason=reason,
        data=canonical.record,
    )
    version.provenance = [
        Provenance(
            path=p.path,
            document_sha256=p.document_sha256,
            locator=p.locator,
            source_key=p.source_key,
            raw_value=p.raw_value,
            transforms=list(p.transforms),
        )
        for p in canonical.provenance
    ]
    session.add(version)
    record.current_version = version.version
    session.flush()
    audit.append(
        session,
        actor,
        f"record.{reason}",
        f"record:{record.id}",
        {
            "version": version.version,
            "form_type": form_type,
            "submission": submission.id,
            "participant": placement.participant_id,
        },
    )
    return version


def store_submission(session: Session, submission: Submission, extraction: Extraction, actor: str) -> None:
    """Canonicalise and store a submission's record, and accept the submission, in one commit."""
    canonical = canonicalise(extraction, submission)
    try:
        store(session, submission, canonical, actor, "submitted")
    except Rejection as exc:
        # Linking problems know the canonical field; add the file, the form and where it was read.
        locate = _locator(canonical.provenance)
        raise Rejection(
            [
                replace(
                    p, file=submission.filename, form=canonical.form_id, locator=p.locator or locate(p.field)
                )
                for p in exc.problems
            ]
        ) from None
    submission.status = "accepted"
    submission.form_id = canonical.form_id
    submission.problems = None
    audit.append(
        session, actor, "submission.accepted", f"submission:{submission.id}", {"form": canonical.form_id}
    )
    session.commit()
