"""The rate limit's refusals in the hub's own log line (decision 0069 tells the user; this tells the
operator). Flask-Limiter wrote "ratelimit 5 per 15 minute (LIMITER/hub-login/ip:10.0.0.7/5/15/minute)
exceeded at endpoint: pages.login": English only where every other line says both (`Both`), its key
naming the caller's address, and its limit in the limits library's words. The hub drops that line and
writes its own where it answers the 429 (`hub.web.auth._limited`): which limit, counted for what, and
where the caller is named (the audit log's `login.limited`, or the API user's id)."""

from __future__ import annotations

import logging

from flask import g
from flask_limiter import RateLimitExceeded

from hub.logsetup import Both
from hub.words import counted

# "1 failed sign-in", "2 mislykkede forsøg".
FAILED_SIGN_INS = (("failed sign-in", "failed sign-ins"), ("mislykket forsøg", "mislykkede forsøg"))

log = logging.getLogger(__name__)

# Flask-Limiter's line for a refused request, as its 4.x writes it (`Limiter.__evaluate_limits`).
EXCEEDED = "ratelimit %s (%s) exceeded at endpoint: %s"


# Flask-Limiter's lines about its storage (Redis), as its 4.x writes them, in the hub's words: the same
# limits still hold, counted by each process alone until the storage is back (`auth.init_app`).
STORAGE = {
    "Rate limit storage unreachable - falling back to in-memory storage": Both(
        "rate limits of sign-ins and API calls: their storage (RATELIMIT_STORAGE_URI, else REDIS_URL) "
        "cannot be reached; each process counts them alone until it is back",
        "grænserne for log-ind og API-kald: deres lager (RATELIMIT_STORAGE_URI, ellers REDIS_URL) kan "
        "ikke nås; hver proces tæller dem for sig, til det er tilbage",
    ),
    "Rate limit storage recovered": Both(
        "rate limits of sign-ins and API calls: their storage is back; they are counted there again",
        "grænserne for log-ind og API-kald: deres lager er tilbage; de tælles der igen",
    ),
}


class DropExceeded(logging.Filter):
    """Drops Flask-Limiter's own "exceeded" line: the hub writes its own (`refused`); and says its lines
    about its storage in the hub's own words, in English and Danish (`STORAGE`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for the "exceeded" line, so that it reaches no handler; True for the rest, a storage
        line rewritten in place (a logger's filter runs before every handler sees the record)."""
        ours = STORAGE.get(record.msg) if isinstance(record.msg, str) else None
        if ours is not None:
            record.msg, record.args = ours, ()
        return record.msg != EXCEEDED


def install() -> None:
    """Drop Flask-Limiter's "exceeded" line from its logger, once however many apps are made."""
    theirs = logging.getLogger("flask-limiter")
    if not any(isinstance(f, DropExceeded) for f in theirs.filters):
        theirs.addFilter(DropExceeded())


def refused(exc: RateLimitExceeded, sign_in: bool, per: str) -> None:
    """Log a request refused by a limit: at the sign-in form, counted `per` "username" or "address";
    or at the API, counted per user."""
    amount, seconds = exc.limit.limit.amount, exc.limit.limit.get_expiry()
    if sign_in:
        per_da = {"username": "brugernavn", "address": "adresse"}.get(per, per)
        tries_en, tries_da = counted(amount, *FAILED_SIGN_INS)
        log.info(
            Both(
                f"sign-in refused: {tries_en} per {per} in %d seconds reached; answered 429 "
                "(who: the audit log's login.limited)",
                f"log-ind afvist: {tries_da} pr. {per_da} på %d sekunder er nået; svaret 429 "
                "(hvem: auditloggens login.limited)",
                seconds,
            )
        )
        return
    principal = g.get("principal")
    user = str(principal.user_id) if principal is not None else "?"
    calls_en, calls_da = counted(amount, ("call", "calls"), ("kald", "kald"))
    log.info(
        Both(
            f"API call refused: user %s made the {calls_en} allowed in %d seconds (HUB_API_LIMIT); "
            "answered 429",
            f"API-kald afvist: bruger %s har brugt de {calls_da}, der er tilladt på %d sekunder "
            "(HUB_API_LIMIT); svaret 429",
            user,
            seconds,
        )
    )
