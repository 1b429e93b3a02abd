"""Pages every user meets: the front door, signing in and out, and the choice of language."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, redirect, render_template, request, session, url_for
from flask_babel import gettext as _

from hub.access import ROLES
from hub.extensions import db
from hub.services import users
from hub.web.guard import current, requires, sign_in, sign_out
from hub.web.i18n import LANGUAGES

bp = Blueprint("pages", __name__)
# Each role's first page after signing in; the pages of each role put their endpoint here.
HOME: dict[str, str] = dict.fromkeys(ROLES, "agreements.index")


def _safe_next(target: str | None) -> str | None:
    # Only a path on this site: an absolute URL in ?next= would make the login an open redirect.
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return None


@bp.get("/")
@requires("public")
def index() -> Any:
    """The front door: the signed-in user's home, else the sign-in page."""
    who = current()
    if who is None:
        return redirect(url_for("pages.login"))
    return redirect(url_for(HOME[who.role]))


@bp.route("/login", methods=["GET", "POST"])
@requires("public")
def login() -> Any:
    """Sign in with a username and password (single sign-on is offered beside it when configured)."""
    error = None
    if request.method == "POST":
        name, password = request.form.get("username", ""), request.form.get("password", "")
        user = users.authenticate(db.session, name, password, request.remote_addr or "")
        if user is not None:
            sign_in(user)
            return redirect(_safe_next(request.args.get("next")) or url_for("pages.index"))
        error = _("Wrong username or password.")
    return render_template("login.html", error=error), 401 if error else 200


@bp.post("/logout")
@requires("signed_in")
def logout() -> Any:
    """Sign out."""
    sign_out()
    return redirect(url_for("pages.login"))


@bp.post("/language")
@requires("public")
def language() -> Any:
    """Choose Danish or English for this session."""
    chosen = request.form.get("lang", "")
    if chosen in LANGUAGES:
        session["lang"] = chosen
    return redirect(_safe_next(request.form.get("next")) or url_for("pages.index"))


@bp.get("/healthz")
@requires("public")
def health() -> dict[str, str]:
    """Liveness for load balancers."""
    return {"status": "ok"}
