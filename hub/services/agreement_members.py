"""Municipalities taken out of an agreement: noted in the audit log when a load takes them out, and the
days they were members, so that a claim asked of one later is built for those days and refused for a
period wholly after (decision 0010, "Stop 40" and "Stop 41").

A load that takes a municipality out ends the version of the terms that lists it (with its places) the
day before the load's terms take effect (`agreement_terms.record`, decision 0063): the versions that list
it are the days it was a member, and a claim for a period with any of those days is computed from the
terms of each of them, its other days left out (`payment_terms.terms_spans`). A municipality that still has
placements in the agreement cannot be taken out (`agreement_checks`). One taken out before the hub kept
versions (before migration 0014) is in no version: the terms it had are not kept, so its claims are
refused for every period; the claims downloaded before stay in the audit log, and the auditor's bundle
for the municipality and a period still lists and encloses them (`bundle_claims`).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.datewords import day_da, local_time
from hub.errors import HubError
from hub.models import Agreement, AuditEvent, Contact
from hub.periods import Period
from hub.schemas.municipalities import municipality_name
from hub.services import audit
from hub.services.agreement_terms import history
from hub.services.registry import registry

ACTION = "agreement.municipality_removed"


def note_removed(session: Session, actor: str, agreement: Agreement, after: set[str]) -> None:
    """Log each municipality of the stored agreement that is not in `after`, with its allotted places and
    its own job-centre contact (None: it had none, the agreement's primary one was its contact), which a
    load that takes it out takes out of the file with it: its claims for its days as a member name it."""
    places = {m.municipality_code: m.places for m in agreement.municipalities}
    for code in sorted(places.keys() - after):
        own = own_contact(agreement, code)
        person = None if own is None else {"name": own.name, "email": own.email, "phone": own.phone}
        detail = {"municipality": code, "places": places[code], "contact": person}
        audit.append(session, actor, ACTION, f"agreement:{agreement.id}", detail)


def own_contact(agreement: Agreement, code: str) -> Contact | None:
    """The agreement's first job-centre contact of the municipality (None: the municipality has none)."""
    return next(
        (c for c in agreement.contacts if c.side == "jobcentre" and c.municipality_code == code), None
    )


def claim_contact(session: Session, agreement: Agreement, code: str) -> tuple[str, str, str]:
    """Name, email and phone of the contact a claim of the municipality names: its own job-centre
    contact; for one taken out, the one it had when it was taken out (noted in the log); else, as for a
    member without one of its own, the agreement's primary job-centre contact (decision 0010, "Stop 42")."""
    own = own_contact(agreement, code)
    if own is not None:
        return own.name, own.email or "", own.phone or ""
    removal = None if is_member(agreement, code) else _last_removal(session, agreement.id, code)
    noted = removal.detail.get("contact") if removal is not None else None
    if isinstance(noted, dict):
        return str(noted["name"]), noted.get("email") or "", noted.get("phone") or ""
    primary = next(c for c in agreement.contacts if (c.side, c.role) == ("jobcentre", "primary"))
    return primary.name, primary.email or "", primary.phone or ""


def _last_removal(session: Session, agreement_id: str, code: str) -> AuditEvent | None:
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == ACTION, AuditEvent.subject == f"agreement:{agreement_id}")
        .order_by(AuditEvent.id.desc())
    )
    # A handful of entries an agreement at most: the municipality is in the detail.
    return next((e for e in events if e.detail.get("municipality") == code), None)


def removed_on(session: Session, agreement_id: str, code: str) -> date | None:
    """The (local) day the municipality was last taken out of the agreement by a load; None: never, as far
    as the log tells (taken out before the hub noted it, or never a member)."""
    found = _last_removal(session, agreement_id, code)
    return local_time(found.occurred_at).date() if found is not None else None


def member_days(agreement: Agreement, code: str) -> list[tuple[date | None, date | None]]:
    """The stretches of days (first, last; None: open) of the versions of the terms that list the
    municipality, in order: the days it was (or is) a member, as far as the versions were kept."""
    return [(v.valid_from, v.valid_to) for v in history(agreement) if code in v.places]


def is_member(agreement: Agreement, code: str) -> bool:
    """Whether the municipality is one of the agreement's now."""
    return any(m.municipality_code == code for m in agreement.municipalities)


def taken_out_of(session: Session, code: str) -> list[Agreement]:
    """The agreements the municipality was taken out of and is not part of again, by id."""
    # Entries of this action are a handful, ever: the municipality is read from their detail.
    events = session.scalars(select(AuditEvent).where(AuditEvent.action == ACTION))
    subjects = [e.subject for e in events if e.detail.get("municipality") == code]
    ids = sorted({s.removeprefix("agreement:") for s in subjects})
    found = (session.get(Agreement, i) for i in ids)
    return [a for a in found if a is not None and not is_member(a, code)]


def member_in(agreement: Agreement, code: str, period: Period) -> bool:
    """Whether the municipality is one of the agreement's now, or was on some day of the period (as far
    as the versions of the terms were kept): its claim for the period can be built."""
    if is_member(agreement, code):
        return True
    days = member_days(agreement, code)
    return any(period.overlap(first or period.start, last or period.end) for first, last in days)


def past_members(agreement: Agreement, period: Period) -> list[str]:
    """The municipalities taken out of the agreement that were members on some day of the period, by
    code: a payment run, a dashboard and their sums include each for its days as a member (decision 0010,
    "Payments and dashboards"), as its claim for the period does (`member_in`)."""
    return [code for code in taken_out(agreement) if member_in(agreement, code, period)]


def taken_out(agreement: Agreement) -> list[str]:
    """The municipalities some version of the terms lists that are not members now, by code."""
    listed = {code for version in history(agreement) for code in version.places}
    return sorted(listed - {m.municipality_code for m in agreement.municipalities})


def claims_left(session: Session, code: str, periods: list[Period]) -> list[tuple[Agreement, list[Period]]]:
    """The agreements the municipality was taken out of, each with those of `periods` it was a member on
    some day of (in their order): the claims it can still have of them; an agreement with none is left
    out (decision 0010, "Stop 42")."""
    found = []
    for agreement in taken_out_of(session, code):
        kept = [p for p in periods if member_in(agreement, code, p)]
        if kept:
            found.append((agreement, kept))
    return found


def refusal(session: Session, agreement: Agreement, code: str, name: str, period: Period) -> HubError | None:
    """None where a claim of the municipality for the period can be built: it is one of the agreement's
    now, or was for some of the period's days; else why not: the day it was taken out and that the period
    is wholly after it, or that it was a member on other days only, or (taken out before the versions)
    that the terms it had are not kept, or that it is not part of the agreement."""
    if member_in(agreement, code, period):
        return None
    days = member_days(agreement, code)
    ended = [last for _first, last in days if last is not None]
    if days and len(ended) == len(days) and max(ended) < period.start:
        day = max(ended) + timedelta(days=1)
        return HubError(
            f"{name} was taken out of agreement {agreement.id} on {day.isoformat()}: {period.label} is "
            "wholly after that day, so it has no claim for it; its claims for the periods it was a member "
            "can still be had",
            f"{name} blev taget ud af aftalen {agreement.id} den {day_da(day)}: {period.label} ligger helt "
            "efter den dag, så den har intet refusionskrav for perioden; dens krav for de perioder, den var "
            "med i, kan stadig hentes",
        )
    if days:  # a member on other days only: before it joined, or between two stretches
        return HubError(
            f"{name} was not part of agreement {agreement.id} on any day of {period.label}",
            f"{name} var ikke med i aftalen {agreement.id} på nogen dag i {period.label}",
        )
    removed = removed_on(session, agreement.id, code)
    if removed is None:
        members = members_named(agreement)
        return HubError(
            f"{name} is not part of agreement {agreement.id}; the agreement's municipalities: {members}",
            f"{name} er ikke med i aftalen {agreement.id}; aftalens kommuner: {members}",
        )
    return HubError(
        f"{name} was taken out of agreement {agreement.id} on {removed.isoformat()}, before the hub kept "
        "an agreement's terms over time: the terms it had are not kept, so the hub cannot build a claim "
        "of it for any period; the claims downloaded before are in the audit log",
        f"{name} blev taget ud af aftalen {agreement.id} den {day_da(removed)}, før hubben gemte aftalers "
        "vilkår over tid: de vilkår, den havde, er ikke gemt, så hubben kan ikke danne et refusionskrav "
        "for den for nogen periode; de krav, der blev hentet før, står i revisionsloggen",
    )


def members_named(agreement: Agreement) -> str:
    """The agreement's municipalities now, the lead first, as a person may ask a claim of them:
    `Sønderborg Kommune (540)`, with the name its config gives, else the municipality's own."""
    configs = registry()
    named = []
    for member in agreement.municipalities:
        code = member.municipality_code
        named.append(f"{configs.get(code).name if code in configs else municipality_name(code)} ({code})")
    return ", ".join(named)


def require_member(session: Session, agreement: Agreement, code: str, name: str, period: Period) -> None:
    """`HubError` (`refusal`) unless a claim of the municipality for the period can be built."""
    refused = refusal(session, agreement, code, name, period)
    if refused is not None:
        raise refused
