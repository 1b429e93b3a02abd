"""`corrects` on an upload (page-93): the one refused submission of the sender's that the upload's one
document is the fixed file of. Checked before anything is stored; a refusal is a 422 naming the field."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from hub.errors import Rejection
from hub.models import Submission
from hub.services import upload_sender
from hub.services.ingest_types import Submitter
from hub.services.upload_zips import Incoming


def check(session: Session, sender: Submitter, corrects: int, files: list[Incoming], documents: int) -> None:
    """That `corrects` names a refused submission of `sender`'s and the upload is one document: what it
    corrects is then that one (`corrections`). A zip of one document is that document (`unpack`); a zip
    of several is refused naming it, on the row it was sent from (upload.js `failed`), as no fix.
    Another party's is refused as one that is not there."""
    if documents != 1:
        raise not_one_document(files, documents)
    row = session.get(Submission, corrects)
    theirs = row is not None and (row.municipality_code, row.agreement_id) == (
        sender.municipality_code,
        sender.agreement_id,
    )
    if row is None or not theirs or row.status != "rejected":
        raise upload_sender.form_refused(
            "corrects",
            f"submission {corrects} is no rejected submission of {sender.subject}",
            f"indsendelse {corrects} er ingen afvist indsendelse fra {sender.subject}",
        )


def not_one_document(files: list[Incoming], documents: int) -> Rejection:
    """The 422 of a fixed file that is several documents, naming the file sent (the zip) and why: a fix
    replaces one document. Its line is the whole of what the upload page says (`failed`): it read
    "formularen / corrects: … ikke 2 dokumenter", naming neither the zip nor what to do (page-93 left it)."""
    names = ", ".join(f.name for f in files)
    if len(files) == 1:  # one zip, unpacked
        why_en = f"a fixed file replaces one document, but the zip holds {documents}"
        why_da = f"en rettet fil erstatter ét dokument, men zip-filen rummer {documents}"
    else:
        why_en = f"a fixed file replaces one document, but the upload holds {documents}"
        why_da = f"en rettet fil erstatter ét dokument, men uploaden rummer {documents}"
    refused = upload_sender.form_refused(
        "corrects",
        f"{why_en}: send the fixed file alone, and the others as an upload of their own",
        f"{why_da}: send den rettede fil alene og de andre for sig",
    )
    problem = replace(refused.problems[0], file=names)
    refused.problems = [problem]
    refused.message = f"{names}: {problem.reason_en}"
    refused.message_da = f"{names}: {problem.reason_da}"
    return refused
