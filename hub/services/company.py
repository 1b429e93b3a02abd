"""What the company gets: its agreement, its interns under participant ids, its one contact, what is due
(`company_due`), and the one form of a period pre-filled.

Interns and due items are generators over the database (one query each), so an export of 10,000 interns
is written in constant memory. Nothing here can carry a CPR number, a benefit or a visitation category:
`Intern` has no field for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from hub.exports.company_form_model import CompanyFormSpec, FormIntern
from hub.exports.company_model import CompanyExport, Intern, Person, SiteOccupancy
from hub.exports.facts import PlacementFacts, iso_week
from hub.models import Agreement, Contact
from hub.models.base import utcnow
from hub.periods import Period
from hub.schemas.municipalities import municipality_name
from hub.services import audit, audit_reach
from hub.services.company_due import due, form_weeks
from hub.services.facts import placement_facts
from hub.services.registry import registry


def _person(contact: Contact | None, organisation: str) -> Person | None:
    if contact is None:
        return None
    return Person(contact.name, contact.email or "", contact.phone or "", organisation)


def _jobcentre(code: str) -> str:
    return registry().get(code).jobcentre if code in registry() else municipality_name(code)


def occupancy(session: Session, agreement: Agreement, as_of: date) -> tuple[SiteOccupancy, ...]:
    """Each site's places, how many are occupied on `as_of`, and since when the longest-empty one stood
    empty (the day after the end that emptied it; the first start of the agreement when never filled)."""
    runs: dict[str, list[tuple[date, date]]] = {}
    for facts in placement_facts(session, agreement.id):
        runs.setdefault(facts.p_number, []).append((facts.start, facts.last_day))
    first = min((start for spans in runs.values() for start, _ in spans), default=as_of)
    sites = []
    for site in agreement.sites:
        spans = runs.get(site.p_number, [])
        occupied = sum(start <= as_of <= last for start, last in spans)
        empty = max(site.places - occupied, 0)
        since = None
        if empty:
            ends = sorted((last for _, last in spans if last < as_of), reverse=True)
            since = ends[empty - 1] + timedelta(days=1) if len(ends) >= empty else first
        # Counted as they run, also beyond the site's places: an overbooked site must not read as full.
        sites.append(SiteOccupancy(site.p_number, site.name, site.places, occupied, since))
    return tuple(sites)


def intern(facts: PlacementFacts, as_of: date) -> Intern:
    """One intern as the company sees them on `as_of`: ended ("ophørt") only when the end form's day is
    by then; a later day is one it is to end on ("ophører"), as the export made that day would say."""
    day = facts.ended.day if facts.ended else None
    return Intern(
        participant_id=facts.participant_id,
        name=facts.name,
        municipality=_jobcentre(facts.municipality_code),
        p_number=facts.p_number,
        site_name=facts.site_name,
        start=facts.start,
        end=facts.end,
        ended_on=day if day is not None and day <= as_of else None,
        mentor_name=facts.mentor_name,
        ends_on=day if day is not None and day > as_of else None,
    )


def interns(session: Session, agreement: Agreement, period: Period, as_of: date) -> Iterator[Intern]:
    """The agreement's interns who ran in the period, job centre by job centre, as of `as_of`."""
    for facts in placement_facts(session, agreement.id, None, period):
        if period.overlap(facts.start, facts.last_day) is not None:
            yield intern(facts, as_of)


def contacts(agreement: Agreement) -> tuple[Person, Person | None, Person]:
    """The company's one contact at the lead job centre, the backup (of its own job centre), and the
    company's own contact: what the export's head and each form name."""
    found = {(c.side, c.role): c for c in agreement.contacts}
    lead = _jobcentre(agreement.lead_municipality)
    backup_contact = found.get(("jobcentre", "backup"))
    backup_code = backup_contact.municipality_code if backup_contact else None
    backup = _person(backup_contact, _jobcentre(backup_code or agreement.lead_municipality))
    primary = _person(found.get(("jobcentre", "primary")), lead)
    company = _person(found.get(("company", "primary")), agreement.company_name)
    if primary is None or company is None:  # the agreement schema requires both
        raise ValueError(f"agreement {agreement.id} lacks a primary contact")
    return primary, backup, company


def own_jobcentre_contact(agreement: Agreement, code: str) -> Person | None:
    """A partner municipality's own job-centre contact in `agreement` (primary or backup, whichever names
    municipality `code`), or None: for the lead (its contact is the primary, named as the lead's), or
    when the agreement names none of the partner's."""
    if code == agreement.lead_municipality:
        return None
    ours = [c for c in agreement.contacts if c.side == "jobcentre" and c.municipality_code == code]
    return _person(min(ours, key=lambda c: c.role != "primary"), _jobcentre(code)) if ours else None


def company_export(
    session: Session, agreement: Agreement, period: Period, as_of: date, made_at: datetime | None = None
) -> CompanyExport:
    """The company's one export of an agreement: what it says as of `as_of`, what is due in `period`,
    made at `made_at` (now when not given)."""
    primary, backup, company = contacts(agreement)
    return CompanyExport(
        agreement_id=agreement.id,
        agreement_name=agreement.name,
        company_cvr=agreement.company_cvr,
        company_name=agreement.company_name,
        cooperation_model=agreement.cooperation_model,
        mentor_model=str(agreement.data.get("mentor", {}).get("model", "")),
        period_label=period.label,
        period_start=period.start,
        period_end=period.end,
        as_of=as_of,
        made_at=made_at or utcnow().replace(microsecond=0),
        sites=occupancy(session, agreement, as_of),
        contact=primary,
        backup=backup,
        company_contact=company,
        interns=interns(session, agreement, period, as_of),
        due=due(session, agreement, period, as_of),
    )


def noting_participants(export: CompanyExport) -> tuple[CompanyExport, list[str]]:
    """The export with its interns counted as they stream past the writer, and the list they land in:
    the audit entry names who was exported (participant ids), which the streamed export cannot tell
    afterwards."""
    seen: list[str] = []

    def passing(interns: Iterable[Intern]) -> Iterator[Intern]:
        for intern in interns:
            seen.append(intern.participant_id)
            yield intern

    return replace(export, interns=passing(export.interns)), seen


def note_export(
    session: Session, actor: str, agreement: Agreement, what: str, detail: dict[str, Any]
) -> None:
    """Put a finished export, form or claim in the audit log, naming the municipalities whose citizens
    it held (each one's auditor finds it in their bundle), and commit."""
    subject = f"agreement:{agreement.id}"
    audit.append(session, actor, f"export.{what}", subject, audit_reach.noted(session, subject, detail))
    session.commit()


def form_spec(
    session: Session, agreement: Agreement, kind: str, period: Period, begun_by: date | None = None
) -> CompanyFormSpec:
    """The one form of a kind for the period, pre-filled with every intern who ran in it; given
    `begun_by`, the mentor hours form asks only for the weeks begun by that day."""
    interns, left_out = [], False
    wide = Period(period.start - timedelta(days=3), period.end + timedelta(days=3), period.kind)
    for facts in placement_facts(session, agreement.id, None, wide):
        weeks = form_weeks(period, facts.start, facts.last_day) if kind == "mentor_hours" else ()
        if begun_by is not None:
            # Hours for a week not begun are refused when the form comes in (`not_yet`), and the form
            # says to write 0 in a week without hours: a week still to come is not asked for.
            begun = tuple(week for week in weeks if date.fromisoformat(week + "-1") <= begun_by)
            left_out, weeks = left_out or begun != weeks, begun
        if (kind == "mentor_hours" and not weeks) or (
            kind != "mentor_hours" and period.overlap(facts.start, facts.last_day) is None
        ):
            continue
        interns.append(
            FormIntern(facts.participant_id, facts.name, facts.site_name, facts.mentor_name, weeks)
        )
    return CompanyFormSpec(
        kind=kind,
        agreement_id=agreement.id,
        agreement_name=agreement.name,
        company_name=agreement.company_name,
        period_label=period.label,
        period_start=period.start,
        period_end=period.end,
        contact=contacts(agreement)[0],
        interns=tuple(interns),
        last_week=iso_week(begun_by) if left_out and begun_by is not None else None,
    )
