"""The agreements page: the agreements the signed-in user's party is part of."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_babel import lazy_gettext as _l

from hub.extensions import db
from hub.services import scope
from hub.web import nav
from hub.web.guard import principal, requires

bp = Blueprint("agreements", __name__)
nav.register("agreements.index", _l("Agreements"), "agreements:read")


@bp.get("/agreements")
@requires("agreements:read")
def index() -> str:
    """Every agreement the user may see."""
    return render_template("agreements.html", agreements=scope.agreements(db.session, principal()))
