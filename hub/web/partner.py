"""The partner municipality's view: its own citizens in full, only counts for the other municipalities."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, render_template
from flask_babel import lazy_gettext as _l

from hub.extensions import db
from hub.services import dashboard
from hub.web import nav, pages
from hub.web.dashboard import chosen, chosen_month
from hub.web.guard import principal, requires

bp = Blueprint("partner", __name__)
nav.register("partner.index", _l("Our citizens"), "dashboard:read")
pages.HOME["municipality"] = "partner.index"


@bp.get("/municipality")
@requires("dashboard:read")
def index() -> str:
    """One agreement the user's municipality is part of, as that municipality sees it."""
    who, as_of = principal(), date.today()
    agreements = dashboard.partnered(db.session, who)
    agreement = chosen(agreements)
    month = chosen_month(as_of)
    board = None
    if agreement is not None:
        board = dashboard.build(db.session, who, agreement.id, month, as_of, only=who.municipality)
    return render_template("municipality.html", agreements=agreements, board=board, endpoint="partner.index")
