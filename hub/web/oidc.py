"""Single sign-on by OpenID Connect with Authlib's Flask client: the authorization-code flow.

`/login/sso` sends the person to the provider; `/login/sso/callback` takes the code back, lets Authlib
exchange it and verify the ID token (signature, issuer, audience, nonce, state), and hands the claims to
`hub.services.sso`, which finds or creates the user. Each app has its own client (`app.extensions`);
without `OIDC_ISSUER` and `OIDC_CLIENT_ID` both steps answer "not found" and the button is not shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from authlib.common.errors import AuthlibBaseError
from authlib.integrations.flask_client import OAuth
from flask import Blueprint, Flask, current_app, redirect, render_template, request, session, url_for
from flask_babel import gettext as _

from hub.errors import HubError, NotFound
from hub.extensions import db
from hub.logsetup import frames
from hub.services import sso
from hub.web.guard import requires
from hub.web.i18n import locale
from hub.web.refusals import said
from hub.web.signing_in import sign_in
from hub.web.targets import page_path

bp = Blueprint("oidc", __name__)
CLIENT = "hub_sso"


def configured(app: Flask | None = None) -> bool:
    """Whether single sign-on is set up (an issuer and a client id)."""
    config = (app or current_app).config
    return bool(config.get("OIDC_ISSUER") and config.get("OIDC_CLIENT_ID"))


def _state() -> tuple[Any, sso.ClaimMap]:
    found = current_app.extensions.get("hub.oidc")
    if found is None:
        raise NotFound("single sign-on is not set up", "single sign-on er ikke sat op")
    return found


def button_label() -> str:
    """The label of the single-sign-on button in the user's language, from the claim mapping file."""
    return _state()[1].button(locale())


def _refused(message: str) -> Any:
    # The sign-in page with the reason, as for a wrong password; never Authlib's own words.
    page = render_template("login.html", error=message, expired=False, sso=button_label())
    return page, 403


@bp.get("/login/sso")
@requires("public")
def start() -> Any:
    """Send the person to the provider to sign in."""
    oauth, _mapping = _state()
    session["sso_next"] = page_path(request.args.get("next")) or ""
    return oauth.create_client(CLIENT).authorize_redirect(url_for("oidc.callback", _external=True))


@bp.get("/login/sso/callback")
@requires("public")
def callback() -> Any:
    """Take the provider's answer: verify it, find or create the user, and start the session."""
    oauth, mapping = _state()
    try:
        token = oauth.create_client(CLIENT).authorize_access_token()
    except AuthlibBaseError as exc:
        # The class, and where at DEBUG: no traceback on `hub serve`'s terminal (`logsetup.frames`).
        current_app.logger.info("single sign-on not completed: %s", type(exc).__name__)
        current_app.logger.debug("%s", frames(exc))
        return _refused(_("The sign-in at your organisation was not completed. Try again."))
    claims = dict(token.get("userinfo") or {})
    try:
        user = sso.sign_in_by_claims(
            db.session, str(claims.get("iss", "")), claims, mapping, request.remote_addr or "unknown"
        )
    except HubError as exc:
        return _refused(said(exc))
    next_page = session.pop("sso_next", "")
    sign_in(user)
    return redirect(next_page or url_for("pages.index"))


def init_app(app: Flask) -> None:
    """Register the routes, and when configured the client and the checked claim mapping."""
    app.register_blueprint(bp)
    if not configured(app):
        return
    mapping = sso.load_claim_map(Path(app.config["OIDC_CLAIMS"]))
    oauth = OAuth(app)
    issuer = str(app.config["OIDC_ISSUER"]).rstrip("/")
    oauth.register(
        CLIENT,
        client_id=app.config["OIDC_CLIENT_ID"],
        client_secret=app.config["OIDC_CLIENT_SECRET"] or None,
        server_metadata_url=f"{issuer}/.well-known/openid-configuration",
        client_kwargs={"scope": "openid profile"},
    )
    app.extensions["hub.oidc"] = (oauth, mapping)
