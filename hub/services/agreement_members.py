"""Municipalities taken out of an agreement: noted in the audit log when a load takes them out, so that a
claim asked of one later is refused saying so (decision 0010, "Stop 40").

The hub keeps an agreement's present municipalities and terms only: loading a file replaces them. A
municipality that still has placements in the agreement cannot be taken out (`agreement_checks`); one
without may be, and with it go its allotted places, which a `fixed_per_place` claim is computed from.
Its claims for the periods it was a member cannot be built again from what is kept, so they are refused
with the day it was taken out; the claims downloaded before stay in the audit log, and the auditor's
bundle for the municipality and such a period still lists and encloses them (`bundle_claims`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.datewords import day_da, local_time
from hub.errors import HubError
from hub.models import Agreement, AuditEvent
from hub.services import audit

ACTION = "agreement.municipality_removed"


def note_removed(
    session: Session, actor: str, agreement_id: str, before: dict[str, int | None], after: set[str]
) -> None:
    """Log each municipality of `before` (code: its allotted places) that is not in `after`."""
    for code in sorted(before.keys() - after):
        detail = {"municipality": code, "places": before[code]}
        audit.append(session, actor, ACTION, f"agreement:{agreement_id}", detail)


def removed_on(session: Session, agreement_id: str, code: str) -> date | None:
    """The (local) day the municipality was last taken out of the agreement; None: never, as far as the
    log tells (taken out before the hub noted it, or never a member)."""
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == ACTION, AuditEvent.subject == f"agreement:{agreement_id}")
        .order_by(AuditEvent.id.desc())
    )
    # A handful of entries an agreement at most: the municipality is in the detail.
    found = next((e for e in events if e.detail.get("municipality") == code), None)
    return local_time(found.occurred_at).date() if found is not None else None


def taken_out_of(session: Session, code: str) -> list[Agreement]:
    """The agreements the municipality was taken out of and is not part of again, by id."""
    # Entries of this action are a handful, ever: the municipality is read from their detail.
    events = session.scalars(select(AuditEvent).where(AuditEvent.action == ACTION))
    subjects = [e.subject for e in events if e.detail.get("municipality") == code]
    ids = sorted({s.removeprefix("agreement:") for s in subjects})
    found = (session.get(Agreement, i) for i in ids)
    return [a for a in found if a is not None and all(m.municipality_code != code for m in a.municipalities)]


def refusal(session: Session, agreement: Agreement, code: str, name: str) -> HubError | None:
    """None where the municipality is one of the agreement's now; else why no claim of it can be built:
    that it was taken out, and on which day, or that it is not part of the agreement."""
    if any(m.municipality_code == code for m in agreement.municipalities):
        return None
    day = removed_on(session, agreement.id, code)
    if day is None:
        return HubError(
            f"{name} is not part of agreement {agreement.id}",
            f"{name} er ikke med i aftalen {agreement.id}",
        )
    return HubError(
        f"{name} was taken out of agreement {agreement.id} on {day.isoformat()}: the hub keeps only an "
        "agreement's present municipalities and terms, so it cannot build a claim for a municipality no "
        "longer in it, for any period; the claims downloaded before are in the audit log",
        f"{name} blev taget ud af aftalen {agreement.id} den {day_da(day)}: hubben gemmer kun aftalens "
        "nuværende kommuner og vilkår, så den kan ikke danne et refusionskrav for en kommune, der ikke "
        "længere er med, for nogen periode; de krav, der blev hentet før, står i revisionsloggen",
    )


def require_member(session: Session, agreement: Agreement, code: str, name: str) -> None:
    """`HubError` (`refusal`) unless the municipality is one of the agreement's now."""
    refused = refusal(session, agreement, code, name)
    if refused is not None:
        raise refused
