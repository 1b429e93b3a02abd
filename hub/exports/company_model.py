"""What the company's one export says: its agreement, its interns, its one contact, what is due.

`services.company` builds a `CompanyExport` from the canonical store; `hub.exports.company_json`,
`company_pdf` and `company_xlsx` write it. The company never sees a CPR number, a benefit or a visitation
category: nothing here can hold them. Interns are an iterable so that a writer can stream 10,000 of
them without holding them all (`services.company` yields them from the database).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class SiteOccupancy:
    """One site of the agreement: its places, how many are occupied today, and since when one is empty."""

    p_number: str
    name: str
    places: int
    occupied: int
    empty_since: date | None  # the day the longest-empty place fell empty, None when none is empty


@dataclass(frozen=True)
class Person:
    """A contact person."""

    name: str
    email: str
    phone: str
    organisation: str  # "Jobcenter Gladsaxe", "Falck Danmark"


@dataclass(frozen=True)
class Intern:
    """One intern as the company sees them: a pseudonymous participant id, never a CPR number."""

    participant_id: str
    name: str
    municipality: str  # the job centre's name, e.g. "Jobcenter Herlev"
    p_number: str
    site_name: str
    start: date
    end: date  # the planned last day
    ended_on: date | None  # the day it ended, when an end form says so and that day is by the as-of date
    mentor_name: str
    # An end form's day after the export's as-of date: on that date the intern had not ended ("ophørt")
    # but was to end ("ophører"), as an end form may name a day still to come (`services.not_yet`).
    ends_on: date | None = None

    @property
    def last_day(self) -> date:
        """The last day the placement runs or ran: the end form's day, else the planned end."""
        return self.ended_on or self.ends_on or self.end


@dataclass(frozen=True)
class DueItem:
    """Something the company owes this period: hours to log for some weeks, or a form to send."""

    participant_id: str
    name: str
    kind: str  # "mentor_hours" | "progress_report" | "placement_end"
    due_on: date  # the last day it is expected
    weeks: tuple[str, ...] = ()  # mentor_hours: the ISO weeks without logged hours ("2026-W32")
    # A progress report that fell due before the period and never came: still owed, overdue since `due_on`.
    overdue: bool = False
    # A week of a later month's form that this month's payment line waits for (`exports.company_asked`):
    # that month's label ("2026-11"); None for the export's own items.
    waits: str | None = None


@dataclass(frozen=True)
class CompanyExport:
    """The company's one export for one agreement, as of `as_of`, with what is due in `period_label`."""

    agreement_id: str
    agreement_name: str
    company_cvr: str
    company_name: str
    cooperation_model: str
    mentor_model: str
    period_label: str  # "2026-08"
    period_start: date
    period_end: date
    as_of: date
    # When it was made (aware): an export pr. 30.09 made in December holds the corrections received by
    # then, and only its reader's copy can tell which those are.
    made_at: datetime
    sites: tuple[SiteOccupancy, ...]
    contact: Person  # the lead job centre's primary contact: the company's one contact
    backup: Person | None
    company_contact: Person
    interns: Iterable[Intern]
    due: Iterable[DueItem]
    # The differences between granted and delivered hours in the months of the period that are over
    # (`services.company_gaps`), intern by intern: DESIGN.md's claim line tells them to the company too.
    gaps: Iterable[CompanyGap] = ()


@dataclass(frozen=True)
class CompanyGap:
    """A difference between the mentor hours granted and those delivered (or a timesheet missing or
    unsigned) for one intern, as the company is told it (`hub.exports.company_gaps`): the reason and what
    the company can do, in English and Danish; no amount, no CPR number, no grant's casework."""

    participant_id: str
    name: str
    municipality: str  # the job centre's name, as the interns' table names it
    kind: str  # one of `company_gaps.SHOWN`
    hours: Decimal | None
    reason_en: str
    reason_da: str
    action_en: str
    action_da: str
