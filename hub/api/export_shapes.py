"""The company's JSON export as the spec documents it: the shape `hub.exports.company_json` writes.

The export is streamed by its writer, not dumped through these schemas; they exist so that a client
reads `application/json` with its fields in the spec rather than a binary download, and the API tests
hold the file the writer makes to them.
"""

from __future__ import annotations

from marshmallow import Schema, fields

DAY = {"format": "date"}


def _day(*, allow_none: bool = False, about: str = "", example: str = "") -> fields.String:
    metadata = {**DAY, "description": f"YYYY-MM-DD{': ' + about if about else ''}"}
    if example:
        metadata["example"] = example
    return fields.String(required=True, allow_none=allow_none, metadata=metadata)


class CompanyRef(Schema):
    """The company by CVR."""

    cvr = fields.String(required=True)
    name = fields.String(required=True)


class SiteOccupancyOut(Schema):
    """One site: its places, how many are occupied, and since when one has stood empty."""

    p_number = fields.String(required=True)
    name = fields.String(required=True)
    places = fields.Integer(required=True)
    occupied = fields.Integer(required=True)
    empty_since = _day(allow_none=True)


class ExportAgreement(Schema):
    """The agreement as the company sees it."""

    id = fields.String(required=True)
    name = fields.String(required=True)
    company = fields.Nested(CompanyRef, required=True)
    cooperation_model = fields.String(required=True)
    mentor_model = fields.String(required=True)
    sites = fields.List(fields.Nested(SiteOccupancyOut), required=True)


class PersonOut(Schema):
    """A contact person."""

    name = fields.String(required=True)
    email = fields.String(required=True)
    phone = fields.String(required=True)
    organisation = fields.String(required=True)


class ContactOut(Schema):
    """The company's one contact at the lead job centre, and the backup."""

    primary = fields.Nested(PersonOut, required=True)
    backup = fields.Nested(PersonOut, required=True, allow_none=True)


class ExportPeriod(Schema):
    """The export's period: its label and first and last day."""

    label = fields.String(required=True)
    start = _day()
    end = _day()


class NameOnly(Schema):
    """A citizen or mentor by name: never a CPR number."""

    name = fields.String(required=True)


class InternSite(Schema):
    """The intern's site."""

    p_number = fields.String(required=True)
    name = fields.String(required=True)


class InternPeriod(Schema):
    """First and planned last day."""

    start = _day()
    end = _day()


class InternOut(Schema):
    """One intern, by participant id."""

    participant_id = fields.String(required=True)
    citizen = fields.Nested(NameOnly, required=True)
    municipality = fields.String(required=True, metadata={"description": "The job centre's name"})
    site = fields.Nested(InternSite, required=True)
    period = fields.Nested(InternPeriod, required=True)
    ended_on = _day(allow_none=True, about="the day it ended, when an end form says so and it is by as_of")
    ends_on = _day(allow_none=True, about="an end form's day after as_of: it had not ended by then")
    mentor = fields.Nested(NameOnly, required=True)


class PaymentWaitingOut(Schema):
    """A week of a later month's form that a month's payment line waits for: that month, and the words the
    PDF and the spreadsheet say beside the row."""

    period = fields.String(required=True, metadata={"description": "The month whose payment waits: 2026-11"})
    note_en = fields.String(required=True)
    note_da = fields.String(required=True)


class DueOut(Schema):
    """Something the company owes this period."""

    participant_id = fields.String(required=True)
    citizen = fields.Nested(NameOnly, required=True)
    form_type = fields.String(required=True, metadata={"description": "mentor_hours, progress_report, ..."})
    due_on = _day(about="the last day to send it by", example="2026-11-30")
    overdue_since = _day(
        allow_none=True,
        about="the day it fell due, when that day has gone by (today in Danish time is after it, as the "
        'company\'s page says it: "forfalden siden"), or a progress report owed from an earlier period '
        "is still owed; null when it is not overdue",
        example="2026-11-30",
    )
    weeks = fields.List(
        fields.String(), required=True, metadata={"description": "ISO weeks without hours: 2026-W32"}
    )
    payment_waiting = fields.Nested(
        PaymentWaitingOut,
        required=True,
        allow_none=True,
        metadata={"description": "Null unless a month's payment waits for these weeks' hours"},
    )


class CompanyGapOut(Schema):
    """A difference between the mentor hours granted and those delivered (or a timesheet missing or
    unsigned) in a month of the period that is over, with what the company can do about it."""

    participant_id = fields.String(required=True)
    citizen = fields.Nested(NameOnly, required=True)
    kind = fields.String(
        required=True,
        metadata={
            "description": "no_timesheet, unsigned, below_grant, above_grant, week_above_grant, after_end, "
            "no_grant, over_allotment"
        },
    )
    hours = fields.String(
        required=True, allow_none=True, metadata={"description": "The hours the gap is about: 1.50"}
    )
    reason_en = fields.String(required=True)
    reason_da = fields.String(required=True)
    action_en = fields.String(required=True, metadata={"description": "What the company can do"})
    action_da = fields.String(required=True, metadata={"description": "Det kan virksomheden gøre"})


class CompanyExportOut(Schema):
    """The company's one export (`?format=json`): agreement, contacts, period, interns, what is due, and
    the gaps between granted and delivered mentor hours."""

    agreement = fields.Nested(ExportAgreement, required=True)
    contact = fields.Nested(ContactOut, required=True)
    company_contact = fields.Nested(PersonOut, required=True)
    period = fields.Nested(ExportPeriod, required=True)
    as_of = _day(about="the day the export tells the interns' status as of")
    made_at = fields.String(
        required=True,
        metadata={
            "format": "date-time",
            "description": "When the export was made, RFC 3339 in Danish time (+01:00, +02:00 in summer): "
            "an export of an ended period made later holds the corrections received by then",
        },
    )
    interns = fields.List(fields.Nested(InternOut), required=True)
    due = fields.List(fields.Nested(DueOut), required=True)
    gaps = fields.List(fields.Nested(CompanyGapOut), required=True)
