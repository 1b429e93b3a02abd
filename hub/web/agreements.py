"""The agreements page: the agreements the signed-in user's party is part of, and how their payment
terms changed over time (decision 0063)."""

from __future__ import annotations

from decimal import Decimal

from flask import Blueprint, render_template, url_for
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from hub.access import Principal
from hub.extensions import db
from hub.models import Agreement
from hub.quantities import hours_a_week
from hub.services import agreement_terms, scope
from hub.services.agreement_terms import history
from hub.services.company import contacts, own_jobcentre_contact
from hub.web import nav
from hub.web.guard import principal, requires

bp = Blueprint("agreements", __name__)
nav.register("agreements.index", _l("Agreements"), "agreements:read")


@bp.app_template_filter("hours_a_week")
def hours_a_week_filter(value: Decimal) -> str:
    """Hours a week in the page's words: `3 timer om ugen` (`hub.quantities`)."""
    return hours_a_week(value, get_locale().language)


@bp.get("/agreements")
@requires("agreements:read")
def index() -> str:
    """Every agreement the user may see with the terms in effect today (and the day a version loaded
    already takes over), and the history of the terms of those whose terms changed."""
    found = scope.agreements(db.session, principal())
    # The row's columns are the newest file's terms, which may take effect only later (decision 0063).
    today = agreement_terms.local_today()
    present = {a.id: agreement_terms.in_effect(a, today) for a in found}
    waiting = {a.id: agreement_terms.waiting(a, today) for a in found}
    # An agreement whose terms never changed has one version, the terms its row already shows.
    changed = {a.id: history(a) for a in found if len(a.terms_history) > 1}
    who = principal()
    opens = {a.id: url for a in found if (url := agreement_page(who, a))}
    # The seeds' "one contact at our place, one contact at the job centres": a job centre's caseworker
    # who calls about an intern needs both, and no other page of theirs names them (walk-88, stop 64).
    # The company has its own page with its contact; an auditor or the administrator does not call them.
    people = {a.id: contacts(a) for a in found} if who.role in ("lead", "municipality") else {}
    # A partner's caseworker also calls their own job centre's contact in the agreement, where it names
    # one: the lead's alone left Herlev's (the agreement's backup) unnamed (walk-88, stop 64; page-93).
    own = {
        a.id: p for a in found if a.id in people and (p := own_jobcentre_contact(a, who.municipality or ""))
    }
    return render_template(
        "agreements.html",
        agreements=found,
        present=present,
        waiting=waiting,
        terms_changed=changed,
        opens=opens,
        people=people,
        own=own,
    )


def agreement_page(who: Principal, agreement: Agreement) -> str | None:
    """The page where `who` follows `agreement` day to day, which its name on the list links to: the
    lead's overview of the agreements its municipality leads, a municipality's own citizens in it, the
    company's agreement page. None for an auditor or the administrator, who have no such page (stop 51:
    the name was plain text, and the list a page with no way into an agreement)."""
    if who.role == "lead" and agreement.lead_municipality == who.municipality:
        return url_for("dashboard.index", agreement=agreement.id)
    if who.role in ("lead", "municipality"):
        return url_for("partner.index", agreement=agreement.id)
    if who.role == "company":
        return url_for("company.index", agreement=agreement.id)
    return None
