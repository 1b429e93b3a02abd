"""The files of one `hub ingest`, one outcome each: read from the command line's paths, and a zip
unpacked into its documents, each a submission of its own, as the upload page and the API make them.

A zip is unpacked by the upload's own code (`hub.services.upload_zips.unpack`) with the upload's limits
(`HUB_UPLOAD_MAX_FILES`, `HUB_UPLOAD_MAX_UNPACKED_BYTES`), each zip on its own: a command line of many
files is no one upload to count. A zip the page would refuse (a path out of it, a link, a zip in it, too
many members or bytes) is refused here too, whole, naming the member, and nothing of it is stored. A
member is kept under the zip's name and its folders (`z.zip/folder/name`), as an uploaded zip's is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app
from sqlalchemy.orm import Session

from hub.cli import file_bytes
from hub.errors import FieldProblem
from hub.filenames import clean_filename
from hub.os_reasons import os_reason
from hub.services import ingest, uploads
from hub.services.ingest_types import Submitter
from hub.services.upload_zips import ArchiveRefused, Incoming, Limits, is_archive, unpack

NOT_STORED = "not stored"  # the database or the document store could not keep it
KEPT = "kept"  # stored, but the queue could not take it
REFUSED = "refused"  # bad input found before it was stored (bytes already sent by another party)


@dataclass
class FileOutcome:
    """What happened to one file of the batch so far."""

    path: Path  # as given; a zip's member: the zip's path, its folders and name
    submitted: ingest.Submitted | None = None
    state: str = ""  # NOT_STORED, KEPT, REFUSED, or "" once queued (then the submission's status says)
    problems: list[FieldProblem] = field(default_factory=list)
    data: bytes = field(default=b"", repr=False)  # read before it is stored; dropped once submitted
    loaded: bool = False  # `data` holds its bytes (a zip's member has no file of its own to read)
    name: str = ""  # the name it is sent under; empty: the file's own name
    refused_zip: str = ""  # a zip refused whole: why, for the audit log's entry, until it is written
    # NOT_STORED because the document store refused it: the system's reason, in English and Danish (the
    # disk is full); empty: the database could not be reached.
    not_stored_why: tuple[str, str] = ("", "")

    @property
    def queued(self) -> bool:
        """Whether a worker will process it now."""
        return self.submitted is not None and not self.state

    @property
    def sent_name(self) -> str:
        """The name it is sent under: a file's own name, a zip member's `z.zip/folder/name`."""
        return self.name or clean_filename(self.path.name)

    @property
    def kept_as(self) -> str:
        """The name its submission is kept under (`ingest.Item` cleans and shortens it)."""
        return ingest.Item(b"", self.sent_name).filename


def read(outcome: FileOutcome) -> bool:
    """Read one file's bytes onto its outcome; a path that is no readable file is refused on its own, and
    the other files go on (a mistyped name among many must not stop the rest)."""
    path = outcome.path
    try:
        outcome.data, outcome.loaded = file_bytes.read_bytes(path), True
        return True
    except FileNotFoundError:
        en, da = "no such file", "filen findes ikke"
    except IsADirectoryError:
        en, da = "a folder, not a file (give the files in it)", "en mappe, ikke en fil (angiv filerne i den)"
    except OSError as exc:
        reason_en, reason_da = os_reason(exc)
        en, da = f"cannot be read ({reason_en})", f"kan ikke læses ({reason_da})"
    outcome.state, outcome.problems = REFUSED, [FieldProblem(en, da, file=str(path))]
    return False


def expand(path: Path) -> list[FileOutcome]:
    """A file given, read: itself, or each document of a zip (`members`), as an upload unpacks it;
    a zip refused is one outcome, refused, naming why."""
    outcome = FileOutcome(path)
    if not read(outcome):
        return [outcome]
    try:
        found = members(path, outcome.data)
    except ArchiveRefused as exc:
        outcome.state, outcome.problems, outcome.refused_zip = REFUSED, exc.problems, exc.code
        outcome.data = b""
        return [outcome]
    if found is None:
        return [outcome]
    return [FileOutcome(path.parent / m.name, data=m.data, loaded=True, name=m.name) for m in found]


def members(path: Path, data: bytes) -> list[Incoming] | None:
    """A zip's documents (`Incoming.name` the zip's cleaned name, `/`, the member's path), or None for
    a file that is no zip (an Excel workbook is a document); `ArchiveRefused` naming what is wrong."""
    if not is_archive(data):
        return None
    name = clean_filename(path.name)  # as the upload names a zip before it unpacks it
    found = unpack([Incoming(name, data)], Limits.from_config(current_app.config))
    if not found:
        raise ArchiveRefused(
            [FieldProblem("the zip holds no documents", "zip-filen indeholder ingen dokumenter", file=name)]
        )
    return found


def note_refused(session: Session, party: Submitter, name: str, reason: str) -> None:
    """A zip or a file of no type the hub reads is refused and stores nothing, but is an entry in the audit
    log as the upload page's is; commits."""
    subject = (
        f"agreement:{party.agreement_id}" if party.agreement_id else f"municipality:{party.municipality_code}"
    )
    uploads.note_refused(session, None, subject, [name], reason, actor="cli")
