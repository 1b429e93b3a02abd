"""The partner municipality's view: its own citizens in full, only counts for the other municipalities."""

from __future__ import annotations

from flask import Blueprint
from flask_babel import lazy_gettext as _l

from hub.extensions import db
from hub.services import dashboard
from hub.web import nav, pages
from hub.web.dashboard import render_board
from hub.web.guard import principal, requires

bp = Blueprint("partner", __name__)
nav.register("partner.index", _l("Our citizens"), "dashboard:read")
pages.HOME["municipality"] = "partner.index"


@bp.get("/municipality")
@requires("dashboard:read")
def index() -> str:
    """One agreement the user's municipality is part of, as that municipality sees it."""
    who = principal()
    agreements = dashboard.partnered(db.session, who)
    return render_board(agreements, "municipality.html", "partner.index", only=who.municipality)
