"""Uploads: one or many files, or zips of them, from a signed-in user; each document becomes a submission.

A zip is unpacked first, in memory and with limits, before anything is stored (`upload_zips`: an unsafe
or too big zip, or too many documents, refuse the whole upload, naming the member). A file no reader
takes (by its first bytes, `hub.adapters.readers.sniff`) is refused on its own and the others go on.
Every refused attempt is an audit entry, although it stores nothing. The caller queues the processing of
each new submission (`hub.jobs`). Whom a user may send as is `upload_sender`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from hub.access import Principal
from hub.adapters.readers.sniff import sniff_format
from hub.errors import FieldProblem, Rejection
from hub.filenames import clean_filename
from hub.models import Submission
from hub.pseudonyms import mask_cpr_like
from hub.services import (
    audit,
    ingest,
    retry,
    same_bytes_note,
    scope,
    submission_status,
    submission_view,
    upload_corrects,
)
from hub.services.ingest_types import Submitter
from hub.services.upload_zips import ArchiveRefused, Incoming, Limits, unpack

# What an upload is given (`Incoming`, `Limits`) is named from here with `upload` itself: the upload API
# builds them as `uploads.Incoming`, `uploads.Limits`.
__all__ = [
    "FileOutcome",
    "Incoming",
    "Limits",
    "note_refused",
    "upload",
]


@dataclass
class FileOutcome:
    """What became of one document of an upload."""

    filename: str
    outcome: str  # "received" | "duplicate" | "refused"
    submission_id: int | None = None
    status: str | None = None
    problems: list[FieldProblem] = field(default_factory=list)
    needs_queueing: bool = False
    # A duplicate: which earlier submission it repeats (`same_bytes_note.same_bytes_note`).
    note_en: str | None = None
    note_da: str | None = None
    # Whether the sender may follow the submission: not a duplicate of bytes another user sent for the
    # same party (a lead sending as a partner what the partner sent), whose status URL would be a 404.
    followable: bool = True
    # A duplicate the sender may follow: the earlier submission's items (`submission_status.items_of`),
    # each one's problems as `FieldProblem`s naming the file sent now.
    items: list[dict[str, Any]] = field(default_factory=list)


def upload(
    session: Session,
    who: Principal,
    sender: Submitter,
    files: list[Incoming],
    limits: Limits,
    corrects: int | None = None,
) -> list[FileOutcome]:
    """Submit every document of an upload as `sender`; zips are unpacked first (all or nothing).
    `corrects`: the refused submission of `sender`'s the one document is the fixed file of (refused
    with a 422 naming the field otherwise)."""
    # A zip is never kept, but a refusal names it to the user and in the audit log: by the name a file
    # would be kept under, as `ingest.Item` cleans a document's (which a zip member's becomes).
    files = [Incoming(clean_filename(f.name), f.data) for f in files]
    try:
        documents = unpack(files, limits)
    except ArchiveRefused as exc:
        note_refused(session, who, sender.subject, [f.name for f in files], exc.code)
        raise
    if not documents:
        note_refused(session, who, sender.subject, [f.name for f in files], "empty")
        raise ArchiveRefused(
            [FieldProblem("the upload holds no documents", "uploaden indeholder ingen dokumenter")]
        )
    if corrects is not None:
        upload_corrects.check(session, sender, corrects, files, len(documents))
    return _submit_all(session, who, sender, documents, corrects)


def _submit_all(
    session: Session, who: Principal, sender: Submitter, documents: list[Incoming], corrects: int | None
) -> list[FileOutcome]:
    """Submit the documents a reader takes in one transaction (`ingest.submit_many`); each refused one
    gets its own outcome and audit entry, and the others go on."""
    outcomes: dict[int, FileOutcome] = {}
    # Each document under the name it is kept by (`ingest.Item` cleans it), so that the outcome, a
    # refusal and the stored submission all say the same name.
    items = [ingest.Item(doc.data, doc.name, corrects=corrects) for doc in documents]
    readable: list[int] = []
    for n, item in enumerate(items):
        try:
            sniff_format(item.data, item.filename)
        except Rejection as exc:
            outcomes[n] = _refused(session, who, sender, item.filename, exc)
        else:
            readable.append(n)
    # Checked again as any way in checks its party: the user's own municipality has an adapter (the
    # hub has a config for it), the agreement is still stored.
    party = ingest.party_of(session, sender.municipality_code, sender.agreement_id)
    # The company's own channel: what it sends is what it may follow (`scope.submission_clause`). A
    # municipality's case system sends with an API token ("api"); a person from the upload page ("web").
    channel = "company" if sender.agreement_id else "api" if who.token_id is not None else "web"
    sent = [items[n] for n in readable]
    for n, done in zip(readable, ingest.submit_many(session, party, sent, channel, who.actor), strict=True):
        name = items[n].filename
        if isinstance(done, Rejection):
            outcomes[n] = _refused(session, who, sender, name, done)
            continue
        outcomes[n] = kept = FileOutcome(
            name,
            "duplicate" if done.duplicate else "received",
            done.submission_id,
            done.status,
            needs_queueing=done.needs_queueing,
        )
        if done.duplicate:
            earlier = session.get_one(Submission, done.submission_id)
            kept.note_en, kept.note_da = same_bytes_note.same_bytes_note(session, earlier, name)
            if done.read_again is not None:
                # Read again now, against what the hub holds today: said, or the answer that follows reads
                # as the first one repeated (`hub ingest` says it so in its status line).
                why_en, why_da = retry.WHY[done.read_again]
                kept.note_en, kept.note_da = f"{kept.note_en}; {why_en}", f"{kept.note_da}; {why_da}"
            kept.followable = scope.may_follow(session, who, earlier.id)
            if not kept.followable:
                kept.note_en += "; it is followed by the user who sent it first, not in your list"
                kept.note_da += "; den følges af brugeren, der sendte den først, ikke på din liste"
            else:
                # The same reasons as the first answer gave, at the file the user sent now (masked as
                # its status URL would show them), not only behind that URL.
                view = submission_view.view_for(who, earlier)
                shown = submission_view.shown(list(earlier.problems or []), view)
                kept.problems = again_problems(shown, earlier.filename, name)
                # A document of several: each item's own problems, at the file sent now, too.
                kept.items = [
                    {**i, "problems": again_problems(i["problems"], earlier.filename, name)}
                    for i in submission_view.shown(submission_status.items_of(session, earlier), view)
                ]
    return [outcomes[n] for n in range(len(documents))]


def again_problems(stored: list[dict[str, Any]], first_name: str, name: str) -> list[FieldProblem]:
    """A stored submission's problems told for the same bytes sent again as `name`: each problem that
    named the file first sent (`first_name`) names the file the user sent now."""
    known = set(FieldProblem.__dataclass_fields__)
    return [
        FieldProblem(**{k: v for k, v in p.items() if k in known}) for p in sent_as(stored, first_name, name)
    ]


def sent_as(problems: list[dict[str, Any]], first_name: str, name: str) -> list[dict[str, Any]]:
    """Problems (as dicts) told for the same bytes sent again as `name`: each one naming the file first
    sent (`first_name`) names `name`; the others, and every other key, as they are."""
    return [{**p, "file": name} if p.get("file") == first_name else p for p in problems]


def _refused(session: Session, who: Principal, sender: Submitter, name: str, exc: Rejection) -> FileOutcome:
    note_refused(session, who, sender.subject, [name], exc.code)
    return FileOutcome(name, "refused", problems=exc.problems)


def note_refused(
    session: Session,
    who: Principal | None,
    subject: str,
    names: list[str],
    reason: str,
    actor: str | None = None,
) -> None:
    """An attempt that stored nothing is still an entry in the audit log (file names with CPRs masked);
    `actor` names one that is no signed-in user (`hub ingest`: "cli")."""
    actor = actor or (who.actor if who is not None else "anonymous")
    detail = {"files": [mask_cpr_like(n) for n in names[:50]], "reason": reason}
    audit.append(session, actor, "upload.refused", subject, detail)
    session.commit()
