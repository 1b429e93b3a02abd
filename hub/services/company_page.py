"""The company's page: its agreement, its interns with the mentor hours logged in a period, its one
contact, and the export and the one form as files. Nothing here carries a CPR number, a benefit or a
visitation category (`hub.exports.company_model` has no field for them); every read is an audit entry.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from hub.access import Principal
from hub.errors import HubError
from hub.exports.company_asked import asked_words
from hub.exports.company_model import CompanyGap, DueItem, Intern, Person
from hub.exports.company_redact import redact_export
from hub.models import Agreement
from hub.periods import Period, parse_period
from hub.schemas.municipalities import danish_sort_key
from hub.services import company, company_due, company_files, company_gaps, scope
from hub.services.agreement_terms import local_today
from hub.services.facts import placement_facts

EXPORT_WRITERS, FORM_WRITERS = company_files.EXPORT_WRITERS, company_files.FORM_WRITERS
MEDIA = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


@dataclass(frozen=True)
class InternHours:
    """One intern as the company sees them, with the mentor hours logged for the period's weeks."""

    intern: Intern
    hours: Decimal | None  # None: no hours logged for any week of the period
    weeks: dict[str, Decimal] = field(default_factory=dict)
    record_ids: tuple[int, ...] = ()  # the timesheets the hours came from (their record pages)


@dataclass(frozen=True)
class DueRow:
    """One thing the company's page asks it to send: an item of the export's list (`company_due`'s, or a
    week of a later month's form that a month's payment waits for, `company_asked`)."""

    item: DueItem

    @property
    def waits(self) -> Period | None:
        """The month whose payment line waits for the item's week, if any."""
        return parse_period(self.item.waits) if self.item.waits else None

    def note(self, lang: str) -> str:
        """What the files say beside a week a month's payment waits for (`company_asked.asked_words`), in
        the page's language; empty for the export's own items."""
        words = asked_words(self.item)
        return "" if words is None else words[0 if lang == "en" else 1]


@dataclass(frozen=True)
class CompanyView:
    """What the company's page shows for one agreement and one period."""

    agreements: list[Agreement]
    agreement: Agreement
    period: Period
    contact: Person
    interns: list[InternHours]
    # The weeks whose hours the page counts: the period's, each in the period its Thursday lies in, as the
    # form asks for them (decision 0062, "Stop 43"); the payments page spreads a week over its days.
    weeks: tuple[str, ...] = ()
    # The gaps between granted and delivered hours in the months of the period over by today, intern by
    # intern (`services.company_gaps`), and the last day they are looked at (None: no month is over).
    gaps: tuple[CompanyGap, ...] = ()
    gaps_until: date | None = None
    # What is due: the export's list, then the weeks a month's payment waits for that can be sent now.
    due: tuple[DueRow, ...] = ()

    @property
    def week_numbers(self) -> tuple[int, int]:
        """The first and the last of `weeks` as numbers (40, 44), for "uge 40–44"."""
        return int(self.weeks[0][-2:]), int(self.weeks[-1][-2:])


def choose(session: Session, who: Principal, agreement_id: str | None) -> tuple[list[Agreement], Agreement]:
    """The user's agreements and the one shown: the one asked for, else the first."""
    mine = scope.agreements(session, who)
    if agreement_id:
        return mine, scope.agreement(session, who, agreement_id)
    if not mine:
        raise HubError(
            "no agreement is registered for your company", "der er ingen aftale for din virksomhed"
        )
    return mine, mine[0]


def company_view(session: Session, who: Principal, agreement_id: str | None, period: Period) -> CompanyView:
    """The agreement, its interns in the period with their logged hours, and the one contact."""
    mine, agreement = choose(session, who, agreement_id)
    # Today as the company counts days, in Danish time: the day the export made now would be of.
    today = local_today()
    as_of = min(today, period.end)
    # The export's own rows: its due list then the weeks a month's payment waits for, and its gaps.
    export, _asked = company_files.told_export(session, agreement, period, today)
    wide = Period(period.start - timedelta(days=3), period.end + timedelta(days=3), period.kind)
    counted = company_due.form_weeks(period, period.start, period.end)  # the form's weeks, by their Thursday
    found: list[tuple[Intern, Decimal | None, dict[str, Decimal], tuple[int, ...]]] = []
    for facts in placement_facts(session, agreement.id, None, wide):
        if period.overlap(facts.start, facts.last_day) is None:
            continue
        weeks: dict[str, Decimal] = {}
        sources: list[int] = []
        for sheet in facts.timesheets:
            for week, hours in sheet.weeks:
                if week in counted:
                    weeks[week] = hours  # a later timesheet for the same week replaces the earlier one
                    if sheet.source is not None and sheet.source.record_id not in sources:
                        sources.append(sheet.source.record_id)
        total = sum(weeks.values(), Decimal(0)) if weeks else None
        found.append((company.intern(facts, as_of), total, dict(sorted(weeks.items())), tuple(sources)))
    # By job centre as a person looks one up, by name (Danish order: Furesø before Gladsaxe), not by the
    # municipality's code; within one, as the placements were made.
    found.sort(key=lambda row: danish_sort_key(row[0].municipality))
    # The same last guard as the export's: CPR-like text in typed names is masked before it is shown.
    shown = redact_export(replace(export, interns=tuple(f[0] for f in found)))
    told = tuple(shown.gaps)
    rows = [
        InternHours(shown_intern, total, weeks, sources)
        for shown_intern, (_, total, weeks, sources) in zip(shown.interns, found, strict=True)
    ]
    due = tuple(DueRow(item) for item in shown.due)
    # Who was shown, by participant id (a pseudonym, never a CPR number): "who saw citizen X" is answered
    # from the log, not only how many.
    detail = {
        "agreement": agreement.id,
        "period": period.label,
        "interns": len(rows),
        # A gap may name an intern the table does not (hours logged in it after an end before it).
        "participants": sorted(
            {r.intern.participant_id for r in rows}
            | {g.participant_id for g in told}
            | {d.item.participant_id for d in due}
        ),
    }
    scope.note_read(session, who, "read.company_page", f"agreement:{agreement.id}", detail)
    settled = company_gaps.settled(period, as_of)
    return CompanyView(
        mine,
        agreement,
        period,
        shown.contact,
        rows,
        counted,
        told,
        settled.end if settled is not None else None,
        due,
    )


def export_file(session: Session, who: Principal, agreement_id: str, fmt: str, period: Period) -> bytes:
    """The company's one export (`hub export company`) as bytes, written to the audit log."""
    agreement = scope.agreement(session, who, agreement_id)
    company_files.require_format(fmt, EXPORT_WRITERS)
    out = io.BytesIO()
    detail = company_files.write_export(session, agreement, fmt, period, out)
    company.note_export(session, who.actor, agreement, "company", {**detail, "party": who.party})
    return out.getvalue()


def form_file(
    session: Session, who: Principal, agreement_id: str, kind: str, fmt: str, period: Period
) -> bytes:
    """The company's one form of a kind (`hub form company`), pre-filled, as bytes; logged."""
    agreement = scope.agreement(session, who, agreement_id)
    company_files.require_format(fmt, FORM_WRITERS)
    company_files.require_kind(kind)
    out = io.BytesIO()
    _spec, detail = company_files.write_form(session, agreement, kind, fmt, period, out)
    company.note_export(session, who.actor, agreement, "form", {**detail, "party": who.party})
    return out.getvalue()
