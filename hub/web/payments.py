"""Payments and claims for the job centres: an agreement's payment lines for a month (the lead sees
every municipality's, a partner its own and the others' sums), the municipality's own claim for one of
its claim periods, and, for the lead, the company's export and form as the company gets them.

The same services as the API and the command line (`agreement_reads`, `outbound_reads`), so each
download is the one `hub claim`, `hub export company` and `hub form company` would write, and each is in
the audit log.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from hub.access import Principal
from hub.errors import NotFound, missing_or_not_yours
from hub.exports.claims import NothingToClaim
from hub.exports.company_form_model import KINDS
from hub.extensions import db
from hub.models import Agreement, Placement, Record
from hub.periods import local_today
from hub.services import (
    agreement_members,
    agreement_reads,
    audit_page,
    claim_changes,
    company_files,
    outbound_reads,
    scope,
)
from hub.services.company_page import MEDIA
from hub.web import nav
from hub.web.company import file_periods, recent_months, with_asked
from hub.web.downloads import attachment, export_name, form_name
from hub.web.guard import principal, requires
from hub.web.head_refusal import made_when_asked
from hub.web.period_args import PAYMENTS_MONTHLY, asked_claim_period, asked_period
from hub.web.refusals import said

bp = Blueprint("payments", __name__)
nav.register("payments.index", _l("Payments and claims"), "claims:read")
CLAIM_MEDIA = {"pdf": "application/pdf", "xml": "application/xml", "csv": "text/csv"}


def _agreement(agreements: list[Agreement]) -> Agreement:
    """The agreement asked for (`?agreement=`), else the first of the user's."""
    wanted = request.args.get("agreement", "")
    if not agreements:
        raise NotFound("no agreement for your municipality", "ingen aftale for din kommune")
    found = next((a for a in agreements if a.id == wanted), None)
    if wanted and found is None:
        # Worded as every other page and the API word it (`hub.services.scope`).
        raise missing_or_not_yours("agreement", "Aftalen", wanted)
    return found or agreements[0]


@bp.get("/payments")
@requires("claims:read")
def index() -> str:
    """One agreement's payments for a month, its sums per municipality, the downloads, and the user's
    municipality's claims that changed since they were downloaded; the claims it can still have of
    agreements it was taken out of (only those, when it is part of none now)."""
    who = principal()
    agreements = scope.agreements(db.session, who)
    claim_periods = audit_page.periods(who)
    # The agreements it was taken out of stay out of its lists, but their claims for its days as a member
    # are its own (decision 0010, "Stop 42"): offered here, with the periods it was a member some of.
    left = (
        agreement_members.claims_left(db.session, who.municipality, claim_periods) if who.municipality else []
    )
    # Its claims of them downloaded and changed since are its to correct as any (decision 0010,
    # "Payments and dashboards").
    left_changes = [
        (former, found) for former, _ in left if (found := claim_changes.changes(db.session, who, former))
    ]
    if not agreements and left:
        return render_template("payments_left.html", left=left, left_changes=left_changes)
    agreement = _agreement(agreements)
    period = asked_period(rule=PAYMENTS_MONTHLY)
    paid = agreement_reads.payments(db.session, who, agreement.id, period)
    leads = agreement.lead_municipality == who.municipality
    changes = claim_changes.changes(db.session, who, agreement)
    # The month's lines and the changed claims' lines, each participant to its placement's page.
    shown = [line["participant_id"] for line in paid["lines"]]
    shown += [line.participant_id for change in changes for line in change.lines or []]
    return render_template(
        "payments.html",
        agreements=agreements,
        agreement=agreement,
        period=period,
        # A month asked in the URL that the picker does not offer leads it: the picker says what is shown.
        months=with_asked(period.label, recent_months(12)),
        # The lead's copy of the company's files takes what the company's page takes, a quarter too.
        file_periods=file_periods(period.label) if leads else [],
        paid=paid,
        leads=leads,
        claim_periods=claim_periods,
        left=left,
        left_changes=left_changes,
        claim_changes=changes,
        kinds=KINDS,
        money=lambda text: Decimal(text) if text is not None else None,
        names=_names(paid["lines"]),
        placement_records=_placement_records(who, shown),
        # A month not over yet has no timesheet due: said, or its gaps read as late (the dashboard's note).
        not_over=period.end >= local_today(),
    )


def _names(lines: list[dict[str, Any]]) -> dict[str, str]:
    """Each participant's name as the month's lines show it to this user (masked as they are): the
    reasons why hours are not paid named a participant by id alone, and a caseworker knows her citizens
    by name, so she had to find the id in the table above to know whose timesheet was missing."""
    return {
        line["participant_id"]: line["citizen"]["name"]
        for line in lines
        if line.get("participant_id") and (line.get("citizen") or {}).get("name")
    }


def _placement_records(who: Principal, participants: list[str | None]) -> dict[str, int]:
    """Each line's placement record (its page: the citizen's dates, site and versions) by participant id,
    only where the user may open it (`scope.placement_clause`, as the record page checks): a lead's
    page lists its partners' lines, and a line named a participant that could not be followed from it."""
    wanted = {participant for participant in participants if participant}
    if not wanted:
        return {}
    found = db.session.execute(
        select(Placement.participant_id, Record.id)
        .join(Record, (Record.placement_id == Placement.id) & (Record.form_type == "placement"))
        .where(Placement.participant_id.in_(wanted), scope.placement_clause(who))
    )
    return {participant: record_id for participant, record_id in found}


@bp.get("/payments/claim")
@requires("claims:read")
@made_when_asked
def claim() -> Any:
    """The user's municipality's claim for the agreement and one of its claim periods (`hub claim`)."""
    who = principal()
    agreement_id = request.args.get("agreement", "")
    # Another's agreement is not found whatever period is asked (as the API answers): checked first. One
    # the municipality was taken out of is its own for its claims (`build_claim` checks the period).
    agreement = outbound_reads.claimable(db.session, who, who.municipality or "", agreement_id)
    # No period asked for (a hand-made or shortened link): the newest one that may be claimed, as the
    # auditor's bundle link does, rather than "not a period: ''".
    period = asked_claim_period(who)
    try:
        data, ext, code = outbound_reads.claim(db.session, who, who.municipality or "", agreement_id, period)
    except NothingToClaim as exc:
        # Not an error of the user's: a period with nothing to claim is said on the page it was asked from.
        flash(said(exc), "error")
        # An agreement taken out of has no payments page of its own: its claims are on the first page.
        shown = agreement_id if agreement_members.is_member(agreement, who.municipality or "") else None
        return redirect(url_for("payments.index", agreement=shown))
    charset = outbound_reads.claim_charset(code, ext)
    media = f"{CLAIM_MEDIA[ext]}; charset={charset}" if charset else CLAIM_MEDIA[ext]
    return _file(data, f"krav-{code}-{agreement_id}-{period.label}.{ext}", media)


@bp.get("/payments/export")
@requires("company_copy:read")
@made_when_asked
def export() -> Response:
    """The company's one export as the company gets it (the lead's copy; `hub export company`)."""
    agreement_id, fmt = request.args.get("agreement", ""), request.args.get("format", "pdf")
    period = asked_period()
    company_files.require_format(fmt, company_files.EXPORT_WRITERS)
    out = io.BytesIO()
    agreement_reads.company_export(db.session, principal(), agreement_id, fmt, period, out)
    return _file(out.getvalue(), export_name(agreement_id, period, fmt), MEDIA[fmt])


@bp.get("/payments/form")
@requires("company_copy:read")
@made_when_asked
def form() -> Response:
    """The company's one form of a kind, as the company gets it (the lead's copy; `hub form company`)."""
    agreement_id, period = request.args.get("agreement", ""), asked_period()
    kind, fmt = request.args.get("kind", "mentor_hours"), request.args.get("format", "pdf")
    company_files.require_format(fmt, company_files.FORM_WRITERS)
    company_files.require_kind(kind)
    out = io.BytesIO()
    agreement_reads.company_form(db.session, principal(), agreement_id, kind, fmt, period, out)
    return _file(out.getvalue(), form_name(kind, agreement_id, period, fmt), MEDIA[fmt])


def _file(data: bytes, name: str, media: str) -> Any:
    headers = {"Content-Disposition": attachment(name)}
    return Response(data, content_type=media, headers=headers)
