"""What the database knows of the keys the hub runs with: their fingerprints, never the keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base, utcnow


class KeyFingerprint(Base):
    """The fingerprint of a key whose outputs the database holds (`pseudonym`: the CPR pseudonyms' key),
    stored by the first process that used the database, compared by every one after it (decision 0056)."""

    __tablename__ = "key_fingerprints"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)
