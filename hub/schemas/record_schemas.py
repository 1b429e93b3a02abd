"""The canonical record schemas, contract version 1: one a form type, and `SCHEMAS` by form type.

Every level rejects unknown fields (`StrictSchema`); `records.load_record` is the one way in.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from marshmallow import ValidationError, fields, validates_schema
from marshmallow.validate import Equal, Length

from hub.schemas.amounts import Hours, Money, said_hours
from hub.schemas.choices import Choice
from hub.schemas.dates import IsoDate
from hub.schemas.fields import MunicipalityCode, Text
from hub.schemas.parts import (
    CaseworkerSchema,
    CitizenRefSchema,
    CompanySchema,
    EntrySchema,
    MentorRefSchema,
    MentorSchema,
    PeriodSchema,
    PlacementCitizenSchema,
    PlacementSiteSchema,
    ScoresSchema,
    SiteRefSchema,
    StrictSchema,
)
from hub.schemas.vocabulary import BENEFITS, OUTCOMES, SCHEMA_VERSION, VISITATIONS


class RecordSchema(StrictSchema):
    """Fields every canonical record carries; a form names its placement by citizen and site."""

    schema_version = fields.Integer(required=True, strict=True, validate=Equal(SCHEMA_VERSION))
    municipality_code = MunicipalityCode(required=True)
    citizen = fields.Nested(CitizenRefSchema, required=True)
    site = fields.Nested(SiteRefSchema, required=True)


class PlacementSchema(RecordSchema):
    form_type = fields.String(required=True, validate=Equal("placement"))
    citizen = fields.Nested(PlacementCitizenSchema, required=True)
    company = fields.Nested(CompanySchema, required=True)
    site = fields.Nested(PlacementSiteSchema, required=True)
    period = fields.Nested(PeriodSchema, required=True)
    hours_per_week = Hours(required=True)
    benefit = fields.String(required=True, validate=Choice(BENEFITS))
    # Required but nullable: a benefit such as sygedagpenge has no visitation category.
    visitation = fields.String(required=True, allow_none=True, validate=Choice(VISITATIONS))
    mentor = fields.Nested(MentorSchema, required=True)
    caseworker = fields.Nested(CaseworkerSchema, required=True)
    purpose = Text()


class MentorSupportSchema(RecordSchema):
    form_type = fields.String(required=True, validate=Equal("mentor_support"))
    mentor = fields.Nested(MentorSchema, required=True)
    hours_per_week = Hours(required=True)
    hourly_rate_dkk = Money(required=True)
    period = fields.Nested(PeriodSchema, required=True)
    granted_on = IsoDate(required=True)


class MentorHoursSchema(RecordSchema):
    form_type = fields.String(required=True, validate=Equal("mentor_hours"))
    mentor = fields.Nested(MentorRefSchema, required=True)
    entries = fields.List(fields.Nested(EntrySchema), required=True, validate=Length(min=1))
    # A total over many weeks may pass 168; each entry is bounded instead.
    total_hours = Hours(required=True, max_hours=None)
    # Required but nullable: a timesheet that came in unsigned is stored as it is (null), so that payments
    # and audit checks can show it as a gap instead of the hours vanishing with a rejection (decision 0007).
    signed_by = Text(required=True, allow_none=True)
    signed_on = IsoDate(required=True, allow_none=True)

    @validates_schema
    def _entries_add_up(self, data: dict[str, Any], **kwargs: Any) -> None:
        errors: dict[str, Any] = {}
        seen: set[str] = set()
        duplicates: dict[int, Any] = {}
        for index, entry in enumerate(data["entries"]):
            if entry["week"] in seen:
                duplicates[index] = {"week": [f"week {entry['week']} appears more than once"]}
            seen.add(entry["week"])
        if duplicates:
            errors["entries"] = duplicates
        total = sum((Decimal(entry["hours"]) for entry in data["entries"]), Decimal(0))
        if Decimal(data["total_hours"]) != total:
            errors["total_hours"] = [
                f"total_hours {said_hours(Decimal(data['total_hours']))} is not the sum of the entries"
                f" ({said_hours(total)})"
            ]
        if (early := signed_before_hours(data)) is not None:
            errors["signed_on"] = [early]
        if errors:
            raise ValidationError(errors)


def signed_before_hours(data: dict[str, Any]) -> str | None:
    """Why a timesheet's signature cannot sign its hours, or None: it is dated before its first week began.

    The mentor signs hours given; a date before all of them is a slip or a date read wrong, such as a
    signing date cut off at a file's end, `01-09-20` of `01-09-2026`, read as 1 September 2020 (decision
    0060, "Stop 55: stray-63"): stored, it looked signed to the audit. A week begun after the day the form
    came in is `services.not_yet`'s to say, a week outside the placement the linking's."""
    if not data.get("signed_on") or not data["entries"]:
        return None
    first = min(entry["week"] for entry in data["entries"])
    monday = date.fromisocalendar(int(first[:4]), int(first[6:]), 1)
    signed = date.fromisoformat(data["signed_on"])
    if signed >= monday:
        return None
    return (
        f"signed on {signed.isoformat()}, before the first week it signs, {first}, began"
        f" ({monday.isoformat()}): a signature cannot sign hours not given yet; check the date"
    )


class ProgressReportSchema(RecordSchema):
    form_type = fields.String(required=True, validate=Equal("progress_report"))
    measured_on = IsoDate(required=True)
    scores = fields.Nested(ScoresSchema, required=True)
    note = Text()


class PlacementEndSchema(RecordSchema):
    form_type = fields.String(required=True, validate=Equal("placement_end"))
    ended_on = IsoDate(required=True)
    # Required but nullable: an end form may leave the outcome blank (seed 002 has one such citizen).
    outcome = fields.String(required=True, allow_none=True, validate=Choice(OUTCOMES))
    note = Text()


SCHEMAS: dict[str, type[RecordSchema]] = {
    "placement": PlacementSchema,
    "mentor_support": MentorSupportSchema,
    "mentor_hours": MentorHoursSchema,
    "progress_report": ProgressReportSchema,
    "placement_end": PlacementEndSchema,
}
