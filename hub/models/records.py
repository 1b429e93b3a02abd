"""Placements and the canonical records about them, versioned, with field-level provenance."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hub.models.base import Base, utcnow


class Placement(Base):
    """One citizen's internship at one site of one agreement."""

    __tablename__ = "placements"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), index=True)
    municipality_code: Mapped[str] = mapped_column(String(3), index=True)
    # The keyed hash finds a citizen's placements without an index on the bare CPR number.
    cpr_key: Mapped[str] = mapped_column(String(64), index=True)
    participant_id: Mapped[str] = mapped_column(String(32), unique=True)
    p_number: Mapped[str] = mapped_column(String(10), index=True)
    start: Mapped[date]
    end: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Record(Base):
    """A canonical record's identity; its content lives in its versions."""

    __tablename__ = "records"
    __table_args__ = (UniqueConstraint("form_type", "identity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: `uq_records_form_type_identity` starts with it (migration 0022).
    form_type: Mapped[str] = mapped_column(String(32))
    identity: Mapped[str] = mapped_column(String(200))
    municipality_code: Mapped[str] = mapped_column(String(3), index=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placements.id"), index=True)
    current_version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    placement: Mapped[Placement] = relationship()
    versions: Mapped[list[RecordVersion]] = relationship(
        back_populates="record", order_by="RecordVersion.version", cascade="all, delete-orphan"
    )


class RecordVersion(Base):
    """One version of a record: a correction adds a version and never overwrites an old one."""

    __tablename__ = "record_versions"
    __table_args__ = (UniqueConstraint("record_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: `uq_record_versions_record_id_version` starts with it (migration 0022).
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"))
    version: Mapped[int]
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    reason: Mapped[str] = mapped_column(String(16), default="submitted")
    data: Mapped[dict[str, Any]]
    # What made it (`adapters.language.fingerprint`, decision 0023): the hub's reading code its document
    # was read with (`reading_code()` of that day; None: not noted, stored before migration 0013 or read
    # before extractions noted it) and the adapter config and code it was mapped with, which reprocess
    # makes today's while the reading stays the kept extraction's.
    read_with: Mapped[str | None] = mapped_column(String(64))
    mapped_with: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    record: Mapped[Record] = relationship(back_populates="versions")
    provenance: Mapped[list[Provenance]] = relationship(
        back_populates="version", order_by="Provenance.id", cascade="all, delete-orphan"
    )


class Provenance(Base):
    """Where one canonical value came from: document, locator, source field, raw value, transforms."""

    __tablename__ = "provenance"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_version_id: Mapped[int] = mapped_column(
        ForeignKey("record_versions.id", ondelete="CASCADE"), index=True
    )
    path: Mapped[str] = mapped_column(String(200))
    document_sha256: Mapped[str] = mapped_column(String(64))
    locator: Mapped[dict[str, Any]]
    source_key: Mapped[str | None] = mapped_column(String(500))
    raw_value: Mapped[str | None] = mapped_column(Text)
    transforms: Mapped[list[Any]]

    version: Mapped[RecordVersion] = relationship(back_populates="provenance")
