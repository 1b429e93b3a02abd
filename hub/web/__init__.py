"""The web face: pages and the JSON API. Views parse arguments, call one service, return its result."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template

from hub.extensions import db
from hub.schemas.municipalities import municipality_name
from hub.services import agreements

bp = Blueprint("web", __name__)


@bp.app_template_filter("municipality")
def municipality_filter(code: str) -> str:
    """A municipality's name for a code (`159` → `Gladsaxe`)."""
    return municipality_name(code).removesuffix(" Kommune")


@bp.get("/")
def index() -> str:
    """The agreements the hub runs."""
    return render_template("index.html", agreements=agreements.list_agreements(db.session))


@bp.get("/api/agreements")
def api_agreements() -> dict[str, Any]:
    """Every agreement as canonical JSON."""
    return {"agreements": [a.data for a in agreements.list_agreements(db.session)]}


@bp.get("/healthz")
def health() -> dict[str, str]:
    """Liveness for load balancers."""
    return {"status": "ok"}
