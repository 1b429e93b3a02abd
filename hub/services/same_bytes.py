"""The same bytes sent again: one submission, read again when that may now succeed, and handed over to
the right sender when the first one sent another's form.

Bytes another party sent first are answered as the new sender's own reading of them would be, never by
naming that party or taking its submission away for nothing: a file unreadable in itself gets its own
reason; a file none of the new sender's forms fits gets that sender's "not our form"; only a file one
of its forms does fit is handed over (when the first sender's forms did not fit it). What is left (both
senders' forms fit the same bytes) is refused without saying whose they are.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy.orm import Session

from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, NotRecognised, Rejection
from hub.models import Agreement, Document, Submission
from hub.services import audit, look_alike, retry, submission_adapter
from hub.services.ingest_types import Submitted, Submitter

_PROBLEM_FIELDS = {f.name for f in fields(FieldProblem)}


def again(
    session: Session, existing: Submission, party: Submitter, filename: str, sender: str, channel: str
) -> Submitted | Rejection:
    """What the same bytes sent again by `party` come to: the submission (read again, or handed over to
    this sender), or a `Rejection` when another sender's submission holds them."""
    try:
        return _duplicate(session, existing, party, filename, sender, channel)
    except Rejection as exc:
        session.rollback()  # nothing of it was written; the session is left clean for the next file
        return exc


def _not_theirs(existing: Submission) -> bool:
    """Whether a submission was rejected only because no form of its sender fits it."""
    problems = existing.problems or []
    return (
        existing.status == "rejected"
        and existing.form_id is None
        and any(problem.get("not_recognised") for problem in problems)
    )


def _wrong_agreement(session: Session, existing: Submission, party: Submitter) -> bool:
    """Whether a company sent its form for the wrong one of its agreements (rejected there) and now
    sends the same file for another of them: the file is the company's either way, and re-saving it only
    so that it would be taken would be a chore with nothing to gain."""
    if existing.status != "rejected" or existing.agreement_id is None or party.agreement_id is None:
        return False
    first, now = session.get(Agreement, existing.agreement_id), session.get(Agreement, party.agreement_id)
    return first is not None and now is not None and first.company_cvr == now.company_cvr


def _duplicate(
    session: Session, existing: Submission, party: Submitter, filename: str, sender: str, channel: str
) -> Submitted:
    ours = Submitter(existing.municipality_code, existing.agreement_id)
    if ours != party:
        refused = (
            None
            if _wrong_agreement(session, existing, party)
            else _as_theirs(session, existing, party, filename)
        )
        if refused is None:
            # Sent first by the wrong sender and rejected as none of its forms (or by the company for the
            # wrong one of its agreements): the right one (another municipality, the company, the other
            # agreement) may take it over, or those bytes could never come in. A file rejected for what
            # it is (a DTD, a password) stays with its sender. The audit trail keeps both.
            audit.append(
                session,
                sender,
                "submission.reassigned",
                f"submission:{existing.id}",
                {
                    "from": existing.municipality_code or existing.agreement_id,
                    "to": party.municipality_code or party.agreement_id,
                },
            )
            existing.municipality_code, existing.agreement_id = party.municipality_code, party.agreement_id
            existing.status, existing.problems = "received", None
            # Now the new sender's own, as if it had come first: its file name and channel (the company
            # follows only what came by its channel), and nothing said of the first sender's upload.
            existing.filename, existing.channel = filename, channel
            session.commit()
            return Submitted(existing.id, False, existing.status)
        raise refused
    why = retry.why_read_again(existing)
    if why is not None and retry.read_again(session, existing, sender, why):
        return Submitted(existing.id, True, "received", read_again=why)
    return Submitted(existing.id, True, existing.status)


def _as_theirs(session: Session, existing: Submission, party: Submitter, filename: str) -> Rejection | None:
    """Another party's submission of these bytes, answered for `party`: None to hand it over, else the
    `Rejection` its own sending of them would get (see the module's docstring)."""
    kept = session.get_one(Document, existing.document_sha256).extraction
    if kept is None:
        if existing.status == "rejected" and not _not_theirs(existing):
            return Rejection([_renamed(p, filename) for p in existing.problems or []] or [_held(filename)])
        return None if _not_theirs(existing) else Rejection([_held(filename)])
    extraction = Extraction.from_dict(kept)
    try:
        submission_adapter.adapter_for(party.agreement_id, party.municipality_code or "").recognise(
            extraction, filename
        )
    except NotRecognised as exc:
        if party.municipality_code is None:
            return exc
        return look_alike.explained(session, exc, extraction, party.municipality_code, filename)
    return None if _not_theirs(existing) else Rejection([_held(filename)])


def _renamed(problem: dict[str, Any], filename: str) -> FieldProblem:
    """A stored problem of the first sending, about the file itself, under the name it was sent now."""
    return FieldProblem(**{**{k: v for k, v in problem.items() if k in _PROBLEM_FIELDS}, "file": filename})


def _held(filename: str) -> FieldProblem:
    return FieldProblem(
        "these exact bytes were already sent to the hub by another sender, and are read once",
        "netop denne fil er allerede sendt til hubben af en anden afsender og læses kun én gang",
        file=filename,
    )
