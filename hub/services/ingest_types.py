"""What ingestion takes and gives: the files to submit, who sends them, and what became of each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hub.filenames import clean_path

# The states in which sending the same bytes again should queue the submission again: it never got
# to a worker (Redis was down when it came in), or it failed for a reason that was not the document's.
RETRYABLE = ("received", "failed")
# The states in which the same bytes again find a submission that a job should be processing.
WAITING = ("queued", "processing")
NAME_LENGTH = 255  # the columns that keep a file's name


@dataclass(frozen=True)
class Submitted:
    """What `submit` did: the submission's id and whether the same bytes had come before."""

    submission_id: int
    duplicate: bool
    status: str
    read_again: str | None = None  # the same bytes, read again: why (`retry.WHY`)

    @property
    def needs_queueing(self) -> bool:
        """Whether the caller should queue the processing job (new, or stuck before a worker had it)."""
        return not self.duplicate or self.status in RETRYABLE

    @property
    def may_be_lost(self) -> bool:
        """Whether it is the same bytes as a submission still waiting for a worker, whose job may have
        gone with the process that held it (`lost_work.queue_lost` checks, and queues it again)."""
        return self.duplicate and self.status in WAITING


@dataclass(frozen=True)
class Submitter:
    """Whose submission a document becomes: a municipality (its code), or the company of an agreement.
    Not a user's party (`user_parties.Party`, which a user is bound to): a user sends as one of these
    (`upload_sender.sender_for` says which one a user may; `ingest.party_of` which one a name or id is)."""

    municipality_code: str | None = None
    agreement_id: str | None = None

    @property
    def subject(self) -> str:
        """The audit subject for attempts that stored nothing."""
        return (
            f"agreement:{self.agreement_id}"
            if self.agreement_id
            else f"municipality:{self.municipality_code}"
        )

    def describe(self, lang: str = "en") -> str:
        """The party for messages."""
        if self.agreement_id is not None:
            return (
                f"the company of agreement {self.agreement_id}"
                if lang == "en"
                else (f"virksomheden i aftalen {self.agreement_id}")
            )
        return (
            f"municipality {self.municipality_code}" if lang == "en" else f"kommune {self.municipality_code}"
        )


@dataclass(frozen=True)
class Item:
    """One file to submit: its bytes, its name, and when it came in if not now (the demo's past months).

    Every way in (the upload page, the API, a zip's members, `hub ingest`, the demo) makes one, so the
    name is cleaned here, once, part by part (`hub.filenames.clean_path`): a zip's member keeps the
    zip's name and its folders; a name a sender gave was cut to its last part before (`clean_filename`).
    A name longer than the database keeps is then shortened in the middle, so that its start and its
    own name and extension stay."""

    data: bytes
    filename: str
    received_at: datetime | None = None
    # The refused submission this file was sent to fix, when its sender named it (`uploads.upload`).
    corrects: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "filename", clean_path(self.filename))
        if len(self.filename) > NAME_LENGTH:
            head = NAME_LENGTH // 3
            tail = NAME_LENGTH - head - 1
            object.__setattr__(self, "filename", f"{self.filename[:head]}…{self.filename[-tail:]}")
