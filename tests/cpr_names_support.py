"""Every file of a demo copy named after its citizen, as caseworkers name them ("0101901234
mentorskema.pdf"), for the sweeps that look for a CPR number where a party may not read it: a file's name
goes wherever the file is named (decision 0065, stop 54)."""

from __future__ import annotations

from sqlalchemy import select

from hub.extensions import db
from hub.models import Document, RecordVersion, Submission


def name_files_after_citizens() -> int:
    """Rename every submission and document that a record was read from "<its citizen's CPR number> <its
    name>", in the app context's database; how many submissions were renamed."""
    sent = db.session.execute(
        select(Submission, RecordVersion.data).join(
            RecordVersion, RecordVersion.submission_id == Submission.id
        )
    )
    renamed: set[int] = set()
    for submission, data in sent:
        cpr = str((data.get("citizen") or {}).get("cpr") or "")
        # No citizen on the form, or renamed already by another of its versions or records: a form of
        # many interns (the company's) is named after its first, as a caseworker names a file once.
        if not cpr or submission.id in renamed:
            continue
        submission.filename = f"{cpr} {submission.filename}"
        renamed.add(submission.id)
        document = db.session.scalar(select(Document).where(Document.sha256 == submission.document_sha256))
        if document is not None and not document.filename.startswith(cpr):  # one document, resent
            document.filename = f"{cpr} {document.filename}"
    db.session.commit()
    return len(renamed)
