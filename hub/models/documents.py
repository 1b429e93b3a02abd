"""Raw documents (immutable, by SHA-256) and the submissions that brought them in."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hub.models.base import Base, utcnow

# A submission's life. `received` → `queued` → `processing` → `accepted` | `partial` | `rejected` |
# `failed`. `partial`: a document of several records of which some were accepted and some rejected.
SUBMISSION_STATES = ("received", "queued", "processing", "accepted", "partial", "rejected", "failed")
FINAL_STATES = ("accepted", "partial", "rejected", "failed")
# Every other state: a worker or the queue still has the submission. Derived, never written out again,
# so that a state added to the life above is final or not in one place (decision 0030, "Stop 59:
# engine-68"; `tests/core/test_states_final_or_not.py`).
NOT_FINAL_STATES = tuple(state for state in SUBMISSION_STATES if state not in FINAL_STATES)
# The rows not final, as SQL: the predicate of the index the lists of unfinished work read (migration
# 0018). A query must say it in these words, constants and all, for PostgreSQL to prove the index fits.
UNFINISHED_SQL = "status NOT IN (" + ", ".join(f"'{state}'" for state in FINAL_STATES) + ")"
# How a submission came in (`Submission.channel`), and what each means: the one list, which the API's
# spec gives as the field's enum. A new way in is added here first.
CHANNELS = {
    "web": "the upload page",
    "api": "a case system, with an API token",
    "company": "the company's filled-in one form, for an agreement, from the upload page or the API",
    "cli": "hub ingest",
    "demo": "hub demo: the seeds' forms",
}


class Document(Base):
    """The bytes of one uploaded file, stored once under their hash; never changed after."""

    __tablename__ = "documents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    media_type: Mapped[str] = mapped_column(String(100))
    format: Mapped[str | None] = mapped_column(String(8))
    filename: Mapped[str] = mapped_column(String(255))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    # What the reader found, kept so that a config change can be applied without parsing again.
    extraction: Mapped[dict[str, Any] | None]


class Submission(Base):
    """One document sent in by one party; the same bytes twice are the same submission.

    The party is a municipality (`municipality_code`) or the company of an agreement (`agreement_id`,
    the company's one form, whose records each land with their intern's municipality)."""

    __tablename__ = "submissions"
    __table_args__ = (
        # The few hundred not final among a million, in the lists' order (newest first, the number breaking
        # a tie): `final=false`, a queue monitor's poll, reads them alone (migration 0018, decision 0030).
        Index(
            "ix_submissions_unfinished",
            "created_at",
            "id",
            postgresql_where=text(UNFINISHED_SQL),
            sqlite_where=text(UNFINISHED_SQL),
        ),
        # The few forms of one record that repeated a version unchanged, by that version: a correction
        # asks whether one came in after the form it stores (`received_order.newest_repeat`, migration 0020).
        Index(
            "ix_submissions_unchanged_version",
            "unchanged_version_id",
            postgresql_where=text("unchanged_version_id IS NOT NULL"),
            sqlite_where=text("unchanged_version_id IS NOT NULL"),
        ),
        # The few waiting for another submission (`awaiting`): a full index took an entry of NULL at every
        # insert and UPDATE of every submission, four a form (migration 0023, decision 0030 stop 61).
        Index(
            "ix_submissions_waiting_since",
            "waiting_since",
            postgresql_where=text("waiting_since IS NOT NULL"),
            sqlite_where=text("waiting_since IS NOT NULL"),
        ),
        # The few sent as the fixed file of a named refused one (`corrects_id`), by it: a refused line asks
        # which later one names it (`corrections.corrected_by`, migration 0026).
        Index(
            "ix_submissions_corrects",
            "corrects_id",
            postgresql_where=text("corrects_id IS NOT NULL"),
            sqlite_where=text("corrects_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_sha256: Mapped[str] = mapped_column(ForeignKey("documents.sha256"), unique=True)
    municipality_code: Mapped[str | None] = mapped_column(String(3), index=True)
    agreement_id: Mapped[str | None] = mapped_column(ForeignKey("agreements.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    submitted_by: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default="received", index=True)
    form_id: Mapped[str | None] = mapped_column(String(100))
    problems: Mapped[list[Any] | None]
    error: Mapped[str | None] = mapped_column(Text)
    job_id: Mapped[str | None] = mapped_column(String(64))
    # The worker processing it holds a lease until `lease_until` and renews it while it works; a lease
    # that has run out means the worker died, and the others give the submission back to the queue.
    # Only meaningful while `processing`: a final status keeps the last lease, and `leased_by` says who.
    lease_until: Mapped[datetime | None]
    leased_by: Mapped[str | None] = mapped_column(String(200))
    # Set while it waits, `queued`, for what another submission of its sender may still bring (a follow-up
    # whose placement is not stored yet: `services.awaiting`); cleared with its outcome.
    waiting_since: Mapped[datetime | None]
    # The fingerprint of the adapter config its outcome was reached with (`adapters.language.fingerprint`):
    # the same bytes sent again after a config change are read again.
    config_fingerprint: Mapped[str | None] = mapped_column(String(64))
    # A document of one record whose content equals the record's current version made no version: that
    # version's id, so that its sender is shown which record it repeats ("unchanged"), not an empty
    # acceptance. No foreign key: SQLite could add one only by copying the table (migration 0010).
    unchanged_version_id: Mapped[int | None]
    # The refused submission this one was sent to fix, when its sender said so (the upload page's "Send a
    # fixed file" on that row; the API's `corrects`): it, and no other, is what this one corrects
    # (`corrections`). No foreign key, as `unchanged_version_id` (migration 0026, stop 65).
    corrects_id: Mapped[int | None]
    # Indexed: every list of submissions comes newest first by it (`submission_status.page_of`).
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    document: Mapped[Document] = relationship()
    items: Mapped[list[SubmissionItem]] = relationship(
        back_populates="submission", order_by="SubmissionItem.position", cascade="all, delete-orphan"
    )

    @hybrid_property
    def from_company(self) -> bool:
        """Whether the company sent it (for an agreement, by any channel), not a municipality: what a
        company may see of it, who may download it and whether a bundle encloses it turn on this."""
        return self.agreement_id is not None

    @from_company.inplace.expression
    @classmethod
    def _from_company(cls) -> ColumnElement[bool]:
        return cls.agreement_id.is_not(None)


class SubmissionItem(Base):
    """The outcome of one record of a document that holds several (a row, an element, an intern)."""

    __tablename__ = "submission_items"
    __table_args__ = (UniqueConstraint("submission_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    label: Mapped[str] = mapped_column(String(200))
    label_da: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))  # accepted | unchanged | rejected
    problems: Mapped[list[Any] | None]
    record_id: Mapped[int | None] = mapped_column(ForeignKey("records.id"), index=True)
    version: Mapped[int | None]

    submission: Mapped[Submission] = relationship(back_populates="items")
