"""People and systems that may sign in: users bound to one party, and their API tokens."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hub.models.base import Base, utcnow


class User(Base):
    """One person (or one municipal system) with one role, bound to one party.

    The party depends on the role: `lead` and `municipality` carry a municipality code, `company` a CVR,
    `auditor` a municipality code and a period (`audit_start`..`audit_end`), `admin` none.
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    municipality_code: Mapped[str | None] = mapped_column(String(3))
    company_cvr: Mapped[str | None] = mapped_column(String(8))
    audit_start: Mapped[date | None]
    audit_end: Mapped[date | None]
    # argon2 hash; None for users who only sign in by single sign-on.
    password_hash: Mapped[str | None] = mapped_column(String(200))
    # `issuer|subject` of a single-sign-on identity, once it has signed in.
    oidc_subject: Mapped[str | None] = mapped_column(String(300), unique=True)
    locale: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    tokens: Mapped[list[ApiToken]] = relationship(back_populates="user", cascade="all, delete-orphan")


class ApiToken(Base):
    """A bearer token for a municipal system: stored as its SHA-256 only, scoped to its user's party."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The first characters of the token, so that a person can tell their tokens apart.
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    # Refused from then on, as a revoked one: a leaked token must not work for ever (stop 49).
    expires_at: Mapped[datetime]

    user: Mapped[User] = relationship(back_populates="tokens")


class BrowserSession(Base):
    """One signed-in browser: the cookie carries a random id, this row its SHA-256 (decision 0053).

    Signing out deletes the row, so a copy of the cookie taken before then signs no one in; a password
    change or a deactivation deletes every row of the user.
    """

    __tablename__ = "browser_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
