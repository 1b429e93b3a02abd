"""An agreement's outbound side for the API and the pages: the same services as `hub payments`,
`hub export company` and `hub form company`, with the caller's party applied.

- payments: an agreement the caller is part of; a partner (or a lead in an agreement it does not lead)
  gets its own municipality's lines and gaps and every municipality's sums, a company all lines (which
  carry participant ids and names, never CPR);
- the company's export and form: the company of the agreement, or the lead that leads it.
Each finished file is an audit entry naming the user, as the CLI's are; a company's read of personal data
is one too (`scope.note_read`). A municipality's claims, completeness and bundles are `outbound_reads`'.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from hub.access import CprView, Principal
from hub.errors import NotFound
from hub.exports.company_awaited import waiting_said
from hub.exports.gaps import Gap
from hub.exports.payment_report import gap_dict, line_dict, totals_dict
from hub.models import Agreement
from hub.periods import Period, local_today
from hub.services import company, company_files, scope
from hub.services.payments import PaymentRun
from hub.services.placement_reads import shown_text, view_of

EXPORT_WRITERS, FORM_WRITERS = company_files.EXPORT_WRITERS, company_files.FORM_WRITERS


def payments(session: Session, principal: Principal, agreement_id: str, period: Period) -> dict[str, Any]:
    """An agreement's payments for a period, as `hub payments --json` gives them, for this caller."""
    agreement = scope.agreement(session, principal, agreement_id)
    whole = principal.role == "company" or (
        principal.role == "lead" and agreement.lead_municipality == principal.municipality
    )
    run = PaymentRun(session, agreement, period)
    lines, gaps = [], []
    # A line short of days a later month's form gives, not due yet, says which form and whose (stop 62):
    # the company's page asks for that week, and the line pays it once it comes (decision 0009).
    for item in waiting_said(run.items(), local_today(), agreement.company_name):
        if not whole and item.municipality_code != principal.municipality:
            continue
        if isinstance(item, Gap):
            gaps.append(gap_dict(item))
        else:
            lines.append(
                _masked_line(
                    line_dict(item), view_of(principal, item.municipality_code, agreement.lead_municipality)
                )
            )
    shown = sorted({line["participant_id"] for line in lines if line["participant_id"]})
    detail = {"period": period.label, "lines": len(lines), "participants": shown}
    scope.note_read(session, principal, "read.payments", f"agreement:{agreement.id}", detail)
    return {
        "agreement": {"id": agreement.id, "name": agreement.name, "basis": agreement.payment_basis},
        "period": {"label": period.label, "start": period.start, "end": period.end},
        "lines": lines,
        "gaps": gaps,
        "municipalities": [_sums_shown(totals_dict(t), whole, principal) for t in run.totals.values()],
        "total_amount_dkk": f"{run.amount_dkk if whole else _own_amount(run, principal):.2f}",
    }


# A partner reads the other municipalities as counts only, as on its own page (`_dashboard.html`): one
# citizen's hours and amount are that citizen's, and a municipality's sum of one line would tell them.
_SUMS = ("granted_hours", "delivered_hours", "claimable_hours", "amount_dkk")


def _sums_shown(totals: dict[str, Any], whole: bool, principal: Principal) -> dict[str, Any]:
    if whole or totals["municipality_code"] == principal.municipality:
        return totals
    return {**totals, **dict.fromkeys(_SUMS)}


def _own_amount(run: PaymentRun, principal: Principal) -> Decimal:
    own = run.totals.get(principal.municipality or "")
    return own.amount_dkk if own is not None else Decimal(0)


def _masked_line(line: dict[str, Any], view: CprView) -> dict[str, Any]:
    """A payment line's typed names with CPR-like text as the caller may see it (a company: none of it)."""
    if line["citizen"] is not None:
        line["citizen"]["name"] = shown_text(line["citizen"]["name"], view)
    if line["site"]["name"]:
        line["site"]["name"] = shown_text(line["site"]["name"], view)
    return line


def company_side(session: Session, principal: Principal, agreement_id: str) -> Agreement:
    """An agreement whose company export and form the caller may have: its company's, or its lead's."""
    agreement = scope.agreement(session, principal, agreement_id)
    if principal.role == "company" or agreement.lead_municipality == principal.municipality:
        return agreement
    raise NotFound(
        f"no company export of agreement {agreement_id} for you: only its lead and its company have it",
        f"Aftalen {agreement_id}s virksomhedsudtræk findes ikke for dig: kun tovholderen og virksomheden "
        "har det",
    )


def company_export(
    session: Session, principal: Principal, agreement_id: str, fmt: str, period: Period, out: BinaryIO
) -> Agreement:
    """Write the company's one export of an agreement to `out`; an audit entry; commit."""
    agreement = company_side(session, principal, agreement_id)
    detail = company_files.write_export(session, agreement, fmt, period, out)
    company.note_export(session, principal.actor, agreement, "company", {**detail, "party": principal.party})
    return agreement


def company_form(
    session: Session,
    principal: Principal,
    agreement_id: str,
    kind: str,
    fmt: str,
    period: Period,
    out: BinaryIO,
) -> Agreement:
    """Write the company's one form of a kind, pre-filled with its interns, to `out`; log it; commit."""
    agreement = company_side(session, principal, agreement_id)
    _spec, detail = company_files.write_form(session, agreement, kind, fmt, period, out)
    company.note_export(session, principal.actor, agreement, "form", {**detail, "party": principal.party})
    return agreement
