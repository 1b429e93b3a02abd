"""The same bytes sent again: one submission, read again when that may now succeed, and handed over to
the right sender when the first one sent another's form."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hub.errors import FieldProblem, Rejection
from hub.models import Agreement, Submission
from hub.services import audit, retry
from hub.services.ingest_types import Party, Submitted


def again(
    session: Session, existing: Submission, party: Party, filename: str, sender: str, channel: str
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


def _wrong_agreement(session: Session, existing: Submission, party: Party) -> bool:
    """Whether a company sent its form for the wrong one of its agreements (rejected there) and now
    sends the same file for another of them: the file is the company's either way, and re-saving it only
    so that it would be taken would be a chore with nothing to gain."""
    if existing.status != "rejected" or existing.agreement_id is None or party.agreement_id is None:
        return False
    first, now = session.get(Agreement, existing.agreement_id), session.get(Agreement, party.agreement_id)
    return first is not None and now is not None and first.company_cvr == now.company_cvr


def _duplicate(
    session: Session, existing: Submission, party: Party, filename: str, sender: str, channel: str
) -> Submitted:
    ours = Party(existing.municipality_code, existing.agreement_id)
    if ours != party:
        if _not_theirs(existing) or _wrong_agreement(session, existing, party):
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
        raise Rejection(
            [
                FieldProblem(
                    f"these exact bytes were already submitted by {ours.describe('en')}",
                    f"netop denne fil er allerede indsendt af {ours.describe('da')}",
                    file=filename,
                )
            ]
        )
    why = retry.why_read_again(existing)
    if why is not None and retry.read_again(session, existing, sender, why):
        return Submitted(existing.id, True, "received", read_again=why)
    return Submitted(existing.id, True, existing.status)
