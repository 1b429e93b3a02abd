"""When an API token stops, and the month's notice before (decision 0015, stop 49): whether a token is
expired or expires soon, the refusal of an expired one (`TokenExpired`, which says when, so that its
operator renews it), and the expiry an API answer warns of. Issuing, using and revoking a token is
`api_tokens`'."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from hub.access_errors import InvalidToken
from hub.models import ApiToken
from hub.models.base import utcnow

# A month's notice before a token stops (its pages and its API answers say so): time to make a new one
# and have it put into the case system, whose operator may not act the same week.
WARN_DAYS = 30


class TokenExpired(InvalidToken):
    """A token past its expiry: refused as a revoked one, but saying so, so that its operator renews it."""

    code = "token_expired"

    def __init__(self, when: datetime) -> None:
        day = f"{when:%Y-%m-%d}"
        super().__init__(
            f"the token expired on {day} (UTC); ask for a new one",
            f"nøglen udløb {day} (UTC); bed om en ny",
        )


def aware(moment: datetime) -> datetime:
    """A stored moment as an aware UTC datetime."""
    # SQLite hands back naive datetimes of a row not yet read through the model's type; they are UTC.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def expired(row: ApiToken, now: datetime | None = None) -> bool:
    """Whether a token is past its expiry."""
    return aware(row.expires_at) <= (now or utcnow())


def expires_soon(row: ApiToken, now: datetime | None = None) -> bool:
    """Whether a live token (not revoked, not yet expired) expires within `WARN_DAYS`."""
    now = now or utcnow()
    until = aware(row.expires_at)
    return row.revoked_at is None and now < until <= now + timedelta(days=WARN_DAYS)


def warned_expiry(session: Session, token_id: int) -> datetime | None:
    """When a token expires, if within `WARN_DAYS` (an API answer to it says so), else None."""
    row = session.get(ApiToken, token_id)
    return aware(row.expires_at) if row is not None and expires_soon(row) else None
