"""Who is asking: a browser session started and ended, and the principal read from it or from an API
request's bearer token. Which of the two a route reads is the guard's choice (`hub.web.guard.enforce`;
decision 0015); a session is kept on the server too, so that it can be ended there (decision 0053).
"""

from __future__ import annotations

import re
import time

from flask import current_app, g, request, session

from hub.access import Principal
from hub.access_errors import InvalidToken, MalformedBearer, Unauthenticated
from hub.extensions import db
from hub.models import User
from hub.services import api_tokens, browser_sessions, token_expiry, users

# RFC 6750 section 2.1: what a bearer token may be written with (every token the hub makes is one).
B64TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")


def sign_in(user: User) -> None:
    """Start a browser session for a user (after a checked password or a single sign-on)."""
    chosen = session.get("lang")  # the language picked on the sign-in page outlives the old session
    session.clear()
    session["uid"] = user.id
    session["sid"] = browser_sessions.start(db.session, user, int(current_app.config["SESSION_HOURS"]))
    session["since"] = int(time.time())
    session["lang"] = user.locale or chosen or "da"
    session.permanent = True


def sign_out(how: str = "signed_out") -> None:
    """End the browser session on the server too, keeping only the language."""
    lang, sid = session.get("lang"), session.get("sid")
    session.clear()
    if sid:
        browser_sessions.end(db.session, str(sid), how)
    if lang:
        session["lang"] = lang


def from_bearer(header: str) -> Principal | None:
    """The principal of an API request's `Authorization: Bearer` token; refused when it is not one:
    another scheme as no token sent (a bare challenge), `Bearer` with no token or a malformed one as a
    malformed request (`MalformedBearer`, RFC 6750 section 3.1), a token not known as `InvalidToken`."""
    scheme, *rest = header.split(None, 1) or [""]
    if scheme.lower() != "bearer":
        raise Unauthenticated(
            "the Authorization header must be `Bearer <token>`",
            "headeren Authorization skal være `Bearer <nøgle>`",
        )
    token = rest[0].strip() if rest else ""
    if not token:
        raise MalformedBearer(
            "the Authorization header says `Bearer` but no token follows it: send `Authorization: Bearer "
            "hub_…` (made on /tokens)",
            "headeren Authorization siger `Bearer`, men ingen nøgle følger efter: send `Authorization: "
            "Bearer hub_…` (laves på /tokens)",
        )
    if B64TOKEN.fullmatch(token) is None:
        raise MalformedBearer(
            "the token after `Bearer` has characters no token has (a space, a quote, a comma): send one "
            "token, as /tokens showed it, `Authorization: Bearer hub_…`",
            "nøglen efter `Bearer` har tegn, som ingen nøgle har (et mellemrum, et anførselstegn, et "
            "komma): send én nøgle, som /tokens viste den, `Authorization: Bearer hub_…`",
        )
    found = api_tokens.token_principal(db.session, token)
    if found is None:
        # A deactivated user's tokens stop too (decision 0053); the case system's operator, who sees the
        # token still listed as not revoked, is told that this is the other reason it may be refused.
        raise InvalidToken(
            "unknown or revoked token, or its user is deactivated",
            "ukendt eller tilbagekaldt nøgle, eller dens bruger er deaktiveret",
        )
    # A token about to expire says so in every answer to it (`hub.web.headers`): a case system's log
    # shows it weeks before the 401 `token_expired` stops the system.
    g.token_expires = token_expiry.warned_expiry(db.session, found.token_id) if found.token_id else None
    return found


def no_one_signed_in(api: bool) -> Unauthenticated:
    """The 401 of a call that carries no token and no live session. A call to the API without even a
    session cookie is a program's whose token was never set or got lost on the way (a proxy, or a
    redirect that drops `Authorization`): it is told what to send, "sign in" being a person's remedy. A
    browser (the upload page after its session ended) has the cookie and is told to sign in again."""
    if api and current_app.config["SESSION_COOKIE_NAME"] not in request.cookies:
        return Unauthenticated(
            "no API token: send it with every call as `Authorization: Bearer hub_…` (made on /tokens)",
            "ingen API-nøgle: send den med hvert kald som `Authorization: Bearer hub_…` (laves på /tokens)",
        )
    return Unauthenticated("sign in first", "log ind først")


def from_session() -> Principal | None:
    """The principal of the browser session, or None when no one is signed in (or the session has
    expired or ended, and is signed out here)."""
    uid = session.get("uid")
    if uid is None:
        return None
    lifetime = int(current_app.config["SESSION_HOURS"]) * 3600
    if time.time() - int(session.get("since", 0)) > lifetime:
        sign_out("expired")
        g.session_expired = True
        return None
    sid = session.get("sid")
    # No id: a cookie from before sessions were kept (0053), signed out as any other that ended.
    user = browser_sessions.user_of(db.session, int(uid), str(sid)) if sid else None
    if user is None:
        sign_out("ended")  # its row is gone already (signed out elsewhere, password changed): no entry
        return None
    return users.principal(user)
