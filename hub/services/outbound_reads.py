"""The outbound side for the API: the same services as `hub payments`, `hub export company`, `hub form
company`, `hub claim`, `hub audit check` and `hub bundle`, with the caller's party applied.

- payments: an agreement the caller is part of; a partner (or a lead in an agreement it does not lead)
  gets its own municipality's lines and gaps and every municipality's sums, a company all lines (which
  carry participant ids and names, never CPR);
- the company's export and form: the company of the agreement, or the lead that leads it;
- claims, completeness and bundles: a municipality's own staff, or its auditor for a period inside the
  audit period; another municipality or period does not exist for them (404).
Each finished file is an audit entry naming the user, as the CLI's are; a company's or auditor's read
of personal data is one too (`scope.note_read`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from hub.access import CprView, Principal
from hub.datewords import days_da
from hub.errors import NotFound
from hub.exports import completeness_report
from hub.exports.claims import render_claim
from hub.exports.gaps import Gap
from hub.exports.payment_report import gap_dict, line_dict, totals_dict
from hub.models import Agreement
from hub.periods import Period
from hub.pseudonyms import show_cpr
from hub.services import (
    agreement_members,
    bundles,
    claim_downloads,
    claims,
    company,
    company_files,
    completeness,
    scope,
)
from hub.services.payments import PaymentRun
from hub.services.placement_reads import shown_text, view_of
from hub.services.registry import registry

EXPORT_WRITERS, FORM_WRITERS = company_files.EXPORT_WRITERS, company_files.FORM_WRITERS


def _period_dict(period: Period) -> dict[str, Any]:
    return {"label": period.label, "start": period.start, "end": period.end}


def payments(session: Session, principal: Principal, agreement_id: str, period: Period) -> dict[str, Any]:
    """An agreement's payments for a period, as `hub payments --json` gives them, for this caller."""
    agreement = scope.agreement(session, principal, agreement_id)
    whole = principal.role == "company" or (
        principal.role == "lead" and agreement.lead_municipality == principal.municipality
    )
    run = PaymentRun(session, agreement, period)
    lines, gaps = [], []
    for item in run.items():
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
        "period": _period_dict(period),
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


def acting_for(principal: Principal, municipality: str, period: Period) -> str:
    """The municipality's code when the caller acts for it in this period, else `NotFound`."""
    code = registry().code_of(municipality)
    scope.municipality(principal, code)
    if principal.role == "auditor" and not (
        principal.audit_start is not None
        and principal.audit_end is not None
        and principal.audit_start <= period.start
        and period.end <= principal.audit_end
    ):
        start, end = principal.audit_start, principal.audit_end
        window_en, window_da = (
            (f"{start}..{end}", days_da(start, end))
            if start is not None and end is not None
            else ("you have none", "du har ingen")
        )
        raise NotFound(
            f"period {period.label} is outside your audit period ({window_en})",
            f"perioden {period.describe('da')} ligger uden for din revisionsperiode ({window_da})",
        )
    return code


def claimable(session: Session, principal: Principal, code: str, agreement_id: str) -> Agreement:
    """An agreement the user may see, or one the municipality it acts for was taken out of: out of its
    scope everywhere else, but its claims for its days as a member are its own (decision 0010, "Stop
    41"); `build_claim` refuses a period with none."""
    try:
        return scope.agreement(session, principal, agreement_id)
    except NotFound:
        left = [a for a in agreement_members.taken_out_of(session, code) if a.id == agreement_id]
        if not left:
            raise
        return left[0]


def claim(
    session: Session, principal: Principal, municipality: str, agreement_id: str, period: Period
) -> tuple[bytes, str, str]:
    """A municipality's claim in its own format: the file, its type (pdf, xml, csv) and its code."""
    code = acting_for(principal, municipality, period)
    agreement = claimable(session, principal, code, agreement_id)
    claim_data, config = claims.build_claim(session, code, agreement.id, period, date.today())
    assert config.claim is not None  # build_claim refuses a municipality without one
    data = render_claim(claim_data, config.claim)
    claim_downloads.note(
        session, principal.actor, agreement, claim_data, code, config.claim.format, data, principal.party
    )
    return data, config.claim.format, code


def claim_charset(code: str, ext: str) -> str:
    """The encoding a municipality's claim file is written in, for its download's Content-Type: a CSV
    layout's own (`[claim.writer] encoding`, cp1252 for Herlev); an XML or PDF file says so itself."""
    claim_config = registry().get(code).claim
    if ext != "csv" or claim_config is None:
        return ""
    return str(claim_config.writer.get("encoding", "utf-8"))


def completeness_of(
    session: Session,
    principal: Principal,
    municipality: str,
    period: Period,
    write_row: Callable[[dict[str, Any]], None],
) -> dict[str, Any]:
    """`hub audit check --json` for the caller: CPR in full for the municipality's staff, as its audit
    rules say for its auditor. Each placement's row goes to `write_row` as it is checked, in the order
    `completeness.checks` gives them, so 10,000 placements are never held at once; the answer without
    its `placements`, with the counts, is returned once every row was written and the read logged."""
    code = acting_for(principal, municipality, period)
    period.require_started(date.today())
    audit = completeness.scope(session, code, period)
    rules = audit.config.audit
    full = principal.role != "auditor" or rules.cpr_in_bundles == "full"
    shown: list[str] = []
    complete = 0
    for agreement, checked in completeness.checks(session, audit):
        shown.append(checked.facts.participant_id)
        row = completeness_report.check_dict(agreement.id, checked, rules)
        cpr = checked.facts.cpr
        row["citizen"]["cpr"] = cpr if full else show_cpr(cpr, "masked")
        write_row(row)
        complete += checked.complete
    detail = {"period": period.label, "placements": len(shown), "participants": sorted(shown)}
    scope.note_read(session, principal, "read.completeness", f"municipality:{code}", detail)
    return {
        "municipality_code": code,
        "municipality": audit.config.name,
        "period": _period_dict(period),
        "cpr_in_bundles": rules.cpr_in_bundles,
        "complete": complete,
        "incomplete": len(shown) - complete,
    }


def bundle(session: Session, principal: Principal, municipality: str, period: Period, out: BinaryIO) -> str:
    """Write the auditor's bundle to `out` (its own audit entry names the user); the municipality's code."""
    code = acting_for(principal, municipality, period)
    bundles.write_bundle(session, code, period, out, principal.actor)
    return code
