"""Pages every user meets: the front door, signing in and out (`hub.web.auth`), the language, and the
accessibility statement."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, redirect, render_template, request, session, url_for

from hub.access import ROLES
from hub.web import auth
from hub.web.guard import current, requires
from hub.web.i18n import LANGUAGES
from hub.web.targets import local_path

bp = Blueprint("pages", __name__)
# Each role's first page after signing in; the pages of each role put their endpoint here.
HOME: dict[str, str] = dict.fromkeys(ROLES, "agreements.index")


# Signing in and out live in `hub.web.auth` (rate limits, single sign-on) under these endpoints.
bp.add_url_rule("/login", "login", auth.login, methods=["GET", "POST"])
bp.add_url_rule("/logout", "logout", auth.logout, methods=["POST"])


@bp.get("/")
@requires("public")
def index() -> Any:
    """The front door: the signed-in user's home, else the sign-in page."""
    who = current()
    if who is None:
        return redirect(url_for("pages.login"))
    return redirect(url_for(HOME[who.role]))


@bp.post("/language")
@requires("public")
def language() -> Any:
    """Choose Danish or English for this session."""
    chosen = request.form.get("lang", "")
    if chosen in LANGUAGES:
        session["lang"] = chosen
    return redirect(local_path(request.form.get("next")) or url_for("pages.index"))


# Digitaliseringsstyrelsen's page for a person who met content they could not use: its complaint route.
COMPLAINTS_URL = (
    "https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/"
)


@bp.get("/was")
@requires("public")
def accessibility() -> Any:
    """The accessibility statement (tilgængelighedserklæring) the Danish web accessibility act asks of a
    public body's site: open without signing in, linked from every page's foot, at `/was` as
    Digitaliseringsstyrelsen tells users to look for it. Its contacts are settings (`hub.config`)."""
    config = current_app.config
    return render_template(
        "accessibility.html",
        operator=config["OPERATOR_NAME"],
        email=config["ACCESSIBILITY_EMAIL"],
        phone=config["ACCESSIBILITY_PHONE"],
        reviewed=config["ACCESSIBILITY_REVIEWED"],
        complaints=COMPLAINTS_URL,
    )
