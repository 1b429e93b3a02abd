"""A user's party applied to queries: which agreements, placements and submissions a user may read.

Every view that reads the store goes through here, so that a new view cannot forget the party. An object
outside the user's party is "not found" (404), never "forbidden": its existence is not told. The role
itself was already checked by the view's permission (`hub.access`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, or_, select, true
from sqlalchemy.orm import Session

from hub.access import Principal
from hub.errors import FieldError, missing_or_not_yours
from hub.models import Agreement, AgreementMunicipality, Placement, PlacementSummary, Submission
from hub.pseudonyms import mask_cpr_like
from hub.services import audit, audit_reach, audit_scope


def led_agreements(principal: Principal) -> Any:
    """A subquery of the ids of the agreements the user's municipality leads (empty unless `lead`)."""
    if principal.role != "lead":
        return select(Agreement.id).where(false())
    return select(Agreement.id).where(Agreement.lead_municipality == principal.municipality)


def agreement_clause(principal: Principal) -> ColumnElement[bool]:
    """The WHERE clause on `Agreement` for the agreements the user may see at all."""
    if principal.role == "admin":
        return true()
    if principal.role == "company":
        return Agreement.company_cvr == (principal.company_cvr or "")
    member = select(AgreementMunicipality.agreement_id).where(
        AgreementMunicipality.municipality_code == (principal.municipality or "")
    )
    return Agreement.id.in_(member)


def agreements(session: Session, principal: Principal) -> list[Agreement]:
    """The agreements the user may see, by id."""
    return list(session.scalars(select(Agreement).where(agreement_clause(principal)).order_by(Agreement.id)))


def agreements_page(
    session: Session, principal: Principal, page: int, per_page: int
) -> tuple[list[Agreement], int]:
    """One page of the agreements the user may see, by id, and how many there are in all."""
    clause = agreement_clause(principal)
    total = session.scalar(select(func.count()).select_from(Agreement).where(clause)) or 0
    query = select(Agreement).where(clause).order_by(Agreement.id)
    return list(session.scalars(query.offset((page - 1) * per_page).limit(per_page))), int(total)


def agreement(session: Session, principal: Principal, agreement_id: str) -> Agreement:
    """One agreement the user may see, or `NotFound`; none asked for (`?agreement=` left out or empty) is
    refused naming what is missing and the user's own agreements, not "Aftalen  findes ikke"."""
    if not agreement_id.strip():
        yours = ", ".join(a.id for a in agreements(session, principal))
        raise FieldError(
            "agreement",
            f"no agreement given: add agreement= with one of yours ({yours or 'you have none'})",
            "der er ikke valgt nogen aftale: tilføj agreement= med en af dine aftaler "
            f"({yours or 'du har ingen'})",
        )
    found = session.scalar(select(Agreement).where(Agreement.id == agreement_id, agreement_clause(principal)))
    if found is None:
        raise missing_or_not_yours("agreement", "Aftalen", agreement_id)
    return found


def placement_clause(principal: Principal) -> ColumnElement[bool]:
    """The WHERE clause on `Placement` for the citizens whose data the user may read."""
    own = Placement.municipality_code == (principal.municipality or "")
    if principal.role == "municipality":
        return own
    if principal.role == "lead":
        return or_(own, Placement.agreement_id.in_(led_agreements(principal)))
    if principal.role == "company":
        cvr = select(Agreement.id).where(Agreement.company_cvr == (principal.company_cvr or ""))
        return Placement.agreement_id.in_(cvr)
    if principal.role == "auditor" and principal.audit_start and principal.audit_end:
        # Ran a day of the audit period by its last day, the end form's where one came in, else the
        # planned end: the placements the completeness report checks (`exports.completeness._relevant`),
        # no others. Planned into it but ended before it by the form: out; planned to end before it but
        # run on into it by the form: in (decision 0012, "Stop 39").
        start, last = principal.audit_start, PlacementSummary.last_day
        ended = (PlacementSummary.placement_id == Placement.id) & PlacementSummary.ended.is_(True)
        planned = (Placement.end >= start) & ~exists().where(ended, last < start)
        return and_(
            own, Placement.start <= principal.audit_end, or_(planned, exists().where(ended, last >= start))
        )
    return false()


def placement(session: Session, principal: Principal, placement_id: int) -> Placement:
    """One placement the user may read, or `NotFound`."""
    found = session.scalar(select(Placement).where(Placement.id == placement_id, placement_clause(principal)))
    if found is None:
        raise missing_or_not_yours("placement", "Forløbet", placement_id)
    return found


def submission_clause(principal: Principal) -> ColumnElement[bool]:
    """The WHERE clause on `Submission` for the uploads the user may follow.

    Staff see their municipality's submissions (a lead also those of the agreements it leads); a company
    sees the forms sent on its agreements; the admin sees every submission's status (the job monitor),
    and the views show it no content.
    """
    own = Submission.municipality_code == (principal.municipality or "")
    if principal.role == "admin":
        return true()
    if principal.role == "municipality":
        return own
    if principal.role == "lead":
        # A lead may send a partner's forms (the upload page): it follows what it sent itself.
        mine = f"user:{principal.username}"
        sent = or_(
            Submission.submitted_by == mine,
            Submission.submitted_by.startswith(f"{mine} token:", autoescape=True),
        )
        return or_(own, Submission.agreement_id.in_(led_agreements(principal)), sent)
    if principal.role == "company":
        # Only the company's one form is sent for an agreement (a municipality sends as itself), by
        # whichever channel: the company's own, `hub ingest`, or the demo sending as the company would.
        cvr = select(Agreement.id).where(Agreement.company_cvr == (principal.company_cvr or ""))
        return Submission.agreement_id.in_(cvr)
    return false()


def may_follow(session: Session, principal: Principal, submission_id: int) -> bool:
    """Whether the user may follow a submission (its page and status URL would answer, not 404)."""
    query = select(Submission.id).where(Submission.id == submission_id, submission_clause(principal))
    return session.scalar(query) is not None


def submission(session: Session, principal: Principal, submission_id: int) -> Submission:
    """One submission the user may follow, or `NotFound`."""
    query = select(Submission).where(Submission.id == submission_id, submission_clause(principal))
    found = session.scalar(query)
    if found is None:
        raise missing_or_not_yours("submission", "Indsendelsen", submission_id)
    return found


def municipality(principal: Principal, code: str) -> str:
    """A municipality code the user may act for (claims, completeness, bundles), or `NotFound`.

    Staff act for their own municipality; an auditor for the one it audits. A lead acts for the others
    of its agreements only through the agreement-wide views, not as them.
    """
    if principal.role in ("lead", "municipality", "auditor") and code == principal.municipality:
        return code
    raise missing_or_not_yours("municipality", "Kommunen", code)


def note_refused(
    session: Session, principal: Principal, status: int, path: str, path_ids: Mapping[str, Any] | None = None
) -> None:
    """Write a refused request for another party's data (403, or 404 for what is not theirs) to the audit
    log, and commit: a probe for another party's citizens is as much the log's business as a read. Every
    refusal of a company's or auditor's; a municipality's staff's only where the route's ids name another
    municipality's stored object (a lead asking for a citizen outside its partnerships, a partner for
    another partner's), so that a caseworker's mistyped address is no entry (decision 0062, "Stop 74:
    page-136"). `path` is as the request gave it, typed by whoever sent it: a CPR-like number in it is
    masked (before it is cut to length, so that no half number is left). `path_ids` are the route's ids
    in it: where they name a municipality's stored object, the entry says whose (`detail.municipality`),
    so that it is on that municipality's own audit log (`audit_scope`). What the request had begun is
    rolled back first."""
    if not principal.outside_party and not principal.reads_are_logged:
        return
    session.rollback()
    owner = audit_scope.refused_owner(session, path_ids)
    if not principal.outside_party and owner in (None, principal.municipality):
        return  # staff's: nothing of another party's was asked for
    detail: dict[str, Any] = {"party": principal.party, "status": status}
    if owner is not None:
        detail["municipality"] = owner
    audit.append(session, principal.actor, "read.refused", mask_cpr_like(path)[:200], detail)
    session.commit()


def note_read(
    session: Session, principal: Principal, action: str, subject: str, detail: dict[str, Any]
) -> None:
    """Write a read of personal data to the audit log when the user's role must be logged (every role
    that reads a citizen's data, staff too: `access.LOGGED_READERS`), and commit.

    `detail` names what was read (ids, counts, the period), never a CPR number. Nothing is written for a
    request whose answer has no body (HEAD): nothing read left the server. A refusal is still logged
    (`note_refused`): its status alone tells the prober something.
    """
    if not principal.reads_are_logged or not principal.answer_has_body:
        return
    # Whose citizens it was, by municipality code: each one's auditor finds it in their bundle.
    shown = audit_reach.noted(session, subject, {"party": principal.party, **detail})
    audit.append(session, principal.actor, action, subject, shown)
    session.commit()


def note_log_read(session: Session, principal: Principal, action: str, detail: dict[str, Any]) -> None:
    """Write a company's or auditor's read of the audit log's checkpoint or a proof (`audit_reads`) to the
    audit log, and commit. It names no citizen, so staff's stay out (`access.OUTSIDE_PARTIES`)."""
    if principal.outside_party:
        note_read(session, principal, action, "audit-log", detail)
