"""The tokens page: a staff member's or admin's API tokens for case systems; made, shown once, revoked."""

from __future__ import annotations

import secrets
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from hub.errors import HubError
from hub.extensions import db
from hub.services import api_tokens, token_expiry
from hub.web import nav
from hub.web.guard import principal, requires
from hub.web.refusals import said

bp = Blueprint("tokens", __name__)
FORM_KEY = "token_form"
OPEN_FORMS = 5  # token forms shown and not yet sent, per session
nav.register("tokens.index", _l("API tokens"), "tokens:manage")


def _page(new_token: str | None = None, status: int = 200, error: str | None = None) -> tuple[str, int]:
    who = principal()
    rows = api_tokens.tokens_of(db.session, who.user_id)
    # The form made now may make one token: a browser that sends it again (a reload of the page that
    # shows a new token) must not make a second, live and unseen. The last few forms stay open, so that
    # a page opened in a second tab does not void the first's.
    once = secrets.token_urlsafe(16)
    session[FORM_KEY] = [*_open_forms()[-(OPEN_FORMS - 1) :], once]
    expired = {row.id for row in rows if token_expiry.expired(row)}
    page = render_template(
        "tokens.html", tokens=rows, expired=expired, new_token=new_token, once=once, error=error
    )
    return page, status


def _open_forms() -> list[str]:
    kept = session.get(FORM_KEY)
    return [str(value) for value in kept] if isinstance(kept, list) else []


@bp.get("/tokens")
@requires("tokens:manage")
def index() -> Any:
    """The signed-in user's tokens, newest first."""
    return _page()


@bp.post("/tokens")
@requires("tokens:manage")
def create() -> Any:
    """Issue a token for the user's own party; the page shows it this once (never in a URL or a cookie)."""
    who = principal()
    # The page's form carries `once`; a form sent again carries one already used. (A script posting
    # without it is no reload of the page, and CSRF still guards it.)
    once, open_forms = request.form.get("once"), _open_forms()
    if once is not None and once not in open_forms:
        flash(_("That form was sent already, and made its token then; a token is shown only once."), "error")
        return redirect(url_for("tokens.index"))
    session[FORM_KEY] = [value for value in open_forms if value != once]
    try:
        _row, raw = api_tokens.new_token(db.session, who.username, request.form.get("name", ""), who.actor)
    except HubError as exc:
        # Said at the name's field on the page itself, the form still there, not on an error page.
        return _page(status=400, error=said(exc))
    return _page(new_token=raw, status=201)


@bp.post("/tokens/<int:token_id>/revoke")
@requires("tokens:manage")
def revoke(token_id: int) -> Any:
    """Revoke one of the user's own tokens (another's is not found)."""
    row = api_tokens.revoke(db.session, principal(), token_id)
    flash(_("Token “%(name)s” is revoked.", name=row.name), "success")
    return redirect(url_for("tokens.index"))
