"""The session's clock on the page: when a signed-in browser's session ends, and staying signed in.

A session ends `SESSION_HOURS` after signing in (decision 0015), whatever the person is doing then: a
caseworker halfway through a form lost it unwarned (WCAG 2.2.1, Timing Adjustable). Each page of a
signed-in user now carries the seconds its session has left; `static/session.js` says so
`SESSION_WARNING_SECONDS` before the end and offers a button that starts the session's time again, on the
server too (`browser_sessions.renew`). Only a person's click extends it: pages left open do not.
"""

from __future__ import annotations

import time
from typing import Any

from flask import Blueprint, current_app, jsonify, redirect, request, session, url_for

from hub.access_errors import Unauthenticated
from hub.extensions import db
from hub.services import browser_sessions
from hub.web.error_answer import wants_json
from hub.web.guard import current, principal, requires
from hub.web.targets import local_path

bp = Blueprint("session_clock", __name__)


def lifetime() -> int:
    """A browser session's length in seconds."""
    return int(current_app.config["SESSION_HOURS"]) * 3600


def clock() -> dict[str, int] | None:
    """The signed-in browser's seconds left and when to warn, for the page; None when no one is signed in
    by a session (signed out, or a token, which reaches no page)."""
    if current() is None or "sid" not in session:
        return None
    left = int(session.get("since", 0)) + lifetime() - int(time.time())
    return {"left": max(left, 0), "warn": int(current_app.config["SESSION_WARNING_SECONDS"])}


@bp.post("/session/extend")
@requires("signed_in")
def extend() -> Any:
    """Start the session's time again: the page's script asks for JSON; a page without script posts a form."""
    if not browser_sessions.renew(db.session, str(session["sid"]), principal().actor):
        raise Unauthenticated("the session has ended", "sessionen er udløbet")
    session["since"] = int(time.time())  # a changed session: its cookie is sent again, with a new expiry
    if wants_json():
        return jsonify(seconds_left=lifetime())
    return redirect(local_path(request.form.get("next")) or url_for("pages.index"))


def init_app(app: Any) -> None:
    """Register the route and give every page `session_clock()`."""
    app.register_blueprint(bp)
    app.add_template_global(clock, "session_clock")
