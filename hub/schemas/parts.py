"""The parts canonical records are built of: citizen, company, site, period, mentor, caseworker, entries."""

from __future__ import annotations

from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validates_schema
from marshmallow.validate import OneOf, Range

from hub.schemas.dates import IsoDate, IsoWeek
from hub.schemas.fields import Cpr, Cvr, Email, Hours, Phone, PNumber, Text
from hub.schemas.vocabulary import EMPLOYERS


class StrictSchema(Schema):
    """Base of every canonical schema: an unknown field is an error, never silently dropped."""

    class Meta:
        unknown = RAISE


class CitizenRefSchema(StrictSchema):
    cpr = Cpr(required=True)
    name = Text()


class PlacementCitizenSchema(CitizenRefSchema):
    name = Text(required=True)


class CompanySchema(StrictSchema):
    cvr = Cvr(required=True)
    name = Text(required=True)


class SiteRefSchema(StrictSchema):
    p_number = PNumber(required=True)
    name = Text()


class PlacementSiteSchema(SiteRefSchema):
    name = Text(required=True)


class PeriodSchema(StrictSchema):
    start = IsoDate(required=True)
    end = IsoDate(required=True)

    @validates_schema
    def _end_not_before_start(self, data: dict[str, Any], **kwargs: Any) -> None:
        # Both are ISO strings after loading, so string order is date order.
        if data["end"] < data["start"]:
            raise ValidationError(f"end {data['end']} is before start {data['start']}", "end")


class MentorSchema(StrictSchema):
    name = Text(required=True)
    employer = fields.String(required=True, validate=OneOf(EMPLOYERS))


class MentorRefSchema(MentorSchema):
    employer = fields.String(validate=OneOf(EMPLOYERS))


class CaseworkerSchema(StrictSchema):
    name = Text(required=True)
    email = Email(required=True)
    phone = Phone()


class EntrySchema(StrictSchema):
    week = IsoWeek(required=True)
    hours = Hours(required=True)


class ScoresSchema(StrictSchema):
    attendance = fields.Integer(required=True, strict=True, validate=Range(1, 5))
    punctuality = fields.Integer(required=True, strict=True, validate=Range(1, 5))
    cooperation = fields.Integer(required=True, strict=True, validate=Range(1, 5))
    task_solving = fields.Integer(required=True, strict=True, validate=Range(1, 5))
    independence = fields.Integer(required=True, strict=True, validate=Range(1, 5))
