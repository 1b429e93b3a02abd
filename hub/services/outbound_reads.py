"""A municipality's outbound files for the API: the same services as `hub claim`, `hub audit check` and
`hub bundle`, with the caller's party applied: a municipality's own staff, or its auditor for a period
inside the audit period; another municipality or period does not exist for them (404). An agreement's
payments and its company's export and form are `agreement_reads`'.

Each finished file is an audit entry naming the user, as the CLI's are; an auditor's read of personal
data is one too (`scope.note_read`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from hub.access import Principal
from hub.datewords import days_da
from hub.errors import NotFound
from hub.exports import completeness_report
from hub.exports.claims import render_claim
from hub.models import Agreement
from hub.periods import Period, local_today
from hub.pseudonyms import show_cpr
from hub.services import (
    agreement_members,
    bundles,
    claim_downloads,
    claims,
    completeness,
    scope,
)
from hub.services.registry import registry


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
    claim_data, config = claims.build_claim(session, code, agreement.id, period, local_today())
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
    period.require_started(local_today())
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
        "period": {"label": period.label, "start": period.start, "end": period.end},
        "cpr_in_bundles": rules.cpr_in_bundles,
        "complete": complete,
        "incomplete": len(shown) - complete,
    }


def bundle(session: Session, principal: Principal, municipality: str, period: Period, out: BinaryIO) -> str:
    """Write the auditor's bundle to `out` (its own audit entry names the user); the municipality's code."""
    code = acting_for(principal, municipality, period)
    bundles.write_bundle(session, code, period, out, principal.actor)
    return code
