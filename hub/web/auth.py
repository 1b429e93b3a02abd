"""Signing in with a password: rate-limited, every attempt in the audit log, expired sessions explained.

The limits count failed attempts only (a person who types the right password is never held up) and are
kept per username and per address: the username limit stops guessing one person's password from many
machines, the address limit stops one machine trying many names. Flask-Limiter keeps the counts in
memory in the embedded mode and on Redis when `HUB_REDIS_URL` is set, so that every process of a
production hub shares them. See docs/decisions/0015-sign-in-and-tokens.md.
"""

from __future__ import annotations

import hashlib
from typing import Any

from flask import Flask, Response, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_limiter import Limiter, RateLimitExceeded

from hub.api.limits import standing
from hub.extensions import db
from hub.services import users
from hub.web import limit_log, oidc
from hub.web.error_answer import error_body, wants_json
from hub.web.guard import current, requires
from hub.web.problems import problem_response
from hub.web.signing_in import sign_in, sign_out
from hub.web.targets import page_path
from hub.words import counted

LOGIN_ENDPOINT = "pages.login"


def _source() -> str:
    return request.remote_addr or "unknown"


def _username_key() -> str:
    # Prefixed so that a username can never share a counter with an address; hashed because people
    # type their CPR number into the box, and the counter's key is kept in Redis. Folded as the user is
    # looked up: one person, one counter, whatever the case typed.
    typed = users.folded(request.form.get("username", ""))[:100]
    return "user:" + hashlib.sha256(typed.encode()).hexdigest()


def _address_key() -> str:
    return "ip:" + _source()


def _no_username() -> bool:
    # Nobody's password is being guessed without a name; the address limit still counts the attempt.
    return not request.form.get("username", "").strip()


def _failed(response: Response) -> bool:
    return response.status_code == 401


def _page(error: str | None, status: int) -> tuple[str, int]:
    expired = session.pop("expired", False) and request.method == "GET"
    page = render_template(
        "login.html",
        error=error,
        expired=expired,
        typed=request.form.get("username", "").strip() if request.method == "POST" else "",
        sso=oidc.button_label() if oidc.configured() else None,
    )
    return page, status


@requires("public")
def login() -> Any:
    """Sign in with a username and password (single sign-on is offered beside it when configured); a
    signed-in user is told who they are signed in as, with the way on and a sign-out button, rather
    than a second sign-in form that would switch users without a word."""
    if request.method == "GET":
        who = current()
        if who is not None:
            onward = page_path(request.args.get("next")) or url_for("pages.index")
            return render_template("signed_in.html", who=who, onward=onward)
        return _page(None, 200)
    name, password = request.form.get("username", ""), request.form.get("password", "")
    try:
        user = users.authenticate(db.session, name, password, _source())
    except users.Deactivated:
        # The password was right: its owner is told why, and whom to ask (403: not a failed attempt,
        # which the rate limit counts; a wrong password is refused as for anyone else, just as fast).
        message = _(
            "Your user is deactivated, so you cannot sign in. Ask the hub's administrator at your "
            "organisation to activate it again."
        )
        return _page(message, 403)
    if user is None:
        return _page(_("Wrong username or password."), 401)
    sign_in(user)
    return redirect(page_path(request.args.get("next")) or url_for("pages.index"))


@requires("signed_in")
def logout() -> Any:
    """Sign out, and say so on the sign-in page: a plain sign-in page did not tell a caseworker at a
    shared computer that the session had ended."""
    sign_out()
    flash(_("You are signed out."), "success")
    return redirect(url_for("pages.login"))


def _limited(exc: RateLimitExceeded) -> Any:
    """A refused attempt: an audit entry, then the sign-in page (or the API's error shape) with 429."""
    if request.endpoint == LOGIN_ENDPOINT and request.method == "POST":
        users.note_limited(db.session, request.form.get("username", ""), _source())
    retry = {"Retry-After": str(exc.limit.limit.get_expiry())}
    per = "username" if exc.limit.key_func is _username_key else "address"
    limit_log.refused(exc, request.endpoint == LOGIN_ENDPOINT, per)
    if request.endpoint != LOGIN_ENDPOINT:  # the API's limit per user (`hub.api.limits`)
        # The seconds `Retry-After` says, not "a minute": under an hourly HUB_API_LIMIT the words told a
        # case system's log to try again 59 minutes too soon (decision 0016, "Stop 63: api-79").
        retry["Retry-After"] = standing(current_app.extensions["hub.limiter"]).get(
            "Retry-After", retry["Retry-After"]
        )
        wait_en, wait_da = counted(int(retry["Retry-After"]), ("second", "seconds"), ("sekund", "sekunder"))
        body = error_body(
            "too_many_requests",
            f"Too many requests from this user; try again in {wait_en} (Retry-After).",
            f"For mange forespørgsler fra denne bruger; prøv igen om {wait_da} (Retry-After).",
        )
        return problem_response(429, body, retry)
    if wants_json():
        body = error_body(
            "too_many_requests",
            "Too many failed sign-in attempts. Wait a few minutes and try again.",
            "For mange mislykkede forsøg på at logge ind. Vent et par minutter, og prøv igen.",
        )
        return problem_response(429, body, retry)
    message = _("Too many failed sign-in attempts. Wait a few minutes and try again.")
    page, _status = _page(message, 429)
    return page, 429, retry


def _remember_expiry(response: Response) -> Response:
    # The guard learns of an expired session in this request; the sign-in page is the next one.
    if g.get("session_expired"):
        session["expired"] = True
    return response


def init_app(app: Flask) -> None:
    """Rate-limit the sign-in form with this app's own limiter, and explain an expired session."""
    app.config.setdefault("RATELIMIT_STORAGE_URI", app.config.get("REDIS_URL") or "memory://")
    app.config.setdefault("RATELIMIT_KEY_PREFIX", "hub-login")
    # With Redis down the limits are kept per process until it is back: nobody is locked out of signing
    # in (and uploading, which keeps files for the queue) by a server they cannot see.
    app.config.setdefault("RATELIMIT_IN_MEMORY_FALLBACK_ENABLED", True)
    limiter = Limiter(key_func=_address_key)
    limiter.init_app(app)
    limit_log.install()
    app.extensions["hub.limiter"] = limiter
    view = app.view_functions[LOGIN_ENDPOINT]
    per_user = limiter.limit(
        lambda: str(current_app.config["LOGIN_LIMIT_USER"]),
        key_func=_username_key,
        exempt_when=_no_username,
        methods=["POST"],
        deduct_when=_failed,
    )
    per_address = limiter.limit(
        lambda: str(current_app.config["LOGIN_LIMIT_ADDRESS"]), methods=["POST"], deduct_when=_failed
    )
    app.view_functions[LOGIN_ENDPOINT] = per_address(per_user(view))  # type: ignore[assignment]
    app.register_error_handler(RateLimitExceeded, _limited)
    app.after_request(_remember_expiry)
    oidc.init_app(app)
