"""The answers kept for an `Idempotency-Key`: a case system that retries an upload whose answer it lost
gets the first answer again (decision 0016, "Stop 65: api-93")."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, utcnow


class IdempotencyKey(Base):
    """One key of one party: what the request it came with was (`fingerprint`, a SHA-256 of its form
    fields and files) and, once answered, the answer (`status` None while the first request is under
    way), its body sealed with a key only the same request gives (`hub.services.sealed_answer`). Kept
    `HUB_IDEMPOTENCY_KEY_HOURS` from `created_at`, then deleted by the next keyed request."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("party", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # `Principal.party`: `municipality 159`, `company 12345678`; one party's key never meets another's.
    party: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(255))
    fingerprint: Mapped[str] = mapped_column(String(64))
    status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    body: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    location: Mapped[str | None] = mapped_column(String(2048), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # SQLite: when the process storing the unanswered claim last said it lives (`claim_holds`: renewed
    # while the upload is stored); None until first renewed. PostgreSQL's claims are held by a lock.
    renewed_at: Mapped[datetime | None] = mapped_column(nullable=True)
