"""The admin's users page: every user with role and party; add one; deactivate one."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from hub.access import ROLES
from hub.errors import FieldError, HubError
from hub.extensions import db
from hub.schemas.municipalities import all_municipalities as everywhere
from hub.schemas.municipalities import by_name, municipality_name
from hub.services import user_parties, user_status, users
from hub.web import nav
from hub.web.guard import principal, requires
from hub.web.i18n import locale
from hub.web.refusals import said, sentence

bp = Blueprint("admin_users", __name__)
nav.register("admin_users.index", _l("Users"), "users:admin")


def _page(errors: dict[str, str] | None = None, status: int = 200) -> tuple[str, int]:
    # `errors` maps a form field's name to what is wrong with it; "" to what no one field is to blame for.
    rows = users.all_users(db.session)
    # Every municipality by name, picked rather than its code typed from memory.
    places = [(code, f"{municipality_name(code)} ({code})") for code in by_name(m.code for m in everywhere())]
    return render_template(
        "admin_users.html",
        users=rows,
        roles=ROLES,
        errors=errors or {},
        form=request.form,
        municipalities=places,
    ), status


def _audit_text(form: Any) -> str:
    """The audit period as `FIRST..LAST` (`user_parties.audit_period`): from the page's two date fields,
    or from `audit`, the CLI's one field, which a script posting the form may still send."""
    if "audit" in form:
        return str(form.get("audit", ""))
    first, last = form.get("audit_start", "").strip(), form.get("audit_end", "").strip()
    if bool(first) != bool(last):
        raise FieldError(
            "audit",
            "give the audit period's first and last day",
            "skriv revisionsperiodens første og sidste dag",
        )
    return f"{first}..{last}" if first else ""


def _party(form: Any) -> user_parties.Party:
    role = form.get("role", "")
    if role == "auditor":
        # The code and the period are fields of their own here (the CLI's `--audit` joins them).
        period = user_parties.audit_period(_audit_text(form))
        start, end = period or (None, None)
        return user_parties.Party(
            municipality=form.get("municipality") or None, audit_start=start, audit_end=end
        )
    if role == "company":
        return user_parties.Party(company_cvr=form.get("cvr") or None)
    return user_parties.Party(municipality=form.get("municipality") or None)


@bp.get("/admin/users")
@requires("users:admin")
def index() -> Any:
    """Every user."""
    return _page()


@bp.post("/admin/users")
@requires("users:admin")
def create() -> Any:
    """Add a user bound to its party, with a password or for single sign-on only."""
    form = request.form
    try:
        party = _party(form)
        user = users.add_user(
            db.session,
            form.get("username", "").strip(),
            form.get("role", ""),
            party,
            principal().actor,
            password=form.get("password") or None,
        )
    except HubError as exc:
        # Said at the field that is wrong, the form still filled in as it was sent.
        field = exc.field if isinstance(exc, FieldError) else ""
        return _page({field: said(exc)}, 422)
    flash(_("User %(name)s is added.", name=user.username), "success")
    if (cut := user_parties.cut_claim_periods(party)) is not None:
        flash(sentence(cut[1] if locale() == "da" else cut[0]), "error")
    return redirect(url_for("admin_users.index"))


@bp.post("/admin/users/<username>/deactivate")
@requires("users:admin")
def deactivate(username: str) -> Any:
    """Stop a user signing in, and its tokens working."""
    if users.folded(username) == users.folded(principal().username):
        # The last admin would lock everyone out of this page; another admin (or the CLI) must do it.
        flash(_("You cannot deactivate yourself: another admin must do it."), "error")
        return redirect(url_for("admin_users.index"))
    user_status.deactivate(db.session, username, principal().actor)
    flash(_("User %(name)s is deactivated.", name=username), "success")
    return redirect(url_for("admin_users.index"))


@bp.post("/admin/users/<username>/activate")
@requires("users:admin")
def activate(username: str) -> Any:
    """Let a deactivated user sign in again; its tokens from before stay refused."""
    _user, revoked = user_status.activate(db.session, username, principal().actor)
    flash(
        ngettext(
            "User %(name)s can sign in again. Their token from before is revoked; they can make a new one.",
            "User %(name)s can sign in again. Their %(num)d tokens from before are revoked; they can make"
            " new ones.",
            revoked,
            name=username,
        )
        if revoked
        else _("User %(name)s can sign in again.", name=username),
        "success",
    )
    return redirect(url_for("admin_users.index"))
