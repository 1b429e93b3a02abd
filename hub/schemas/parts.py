"""The parts canonical records are built of: citizen, company, site, period, mentor, caseworker, entries."""

from __future__ import annotations

from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validates_schema
from marshmallow.validate import Range

from hub.quoting import quoted
from hub.schemas.amounts import Hours
from hub.schemas.choices import Choice
from hub.schemas.dates import IsoDate, IsoWeek
from hub.schemas.fields import Cpr, Cvr, Email, Phone, PNumber, Text
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
    employer = fields.String(required=True, validate=Choice(EMPLOYERS))


class MentorRefSchema(MentorSchema):
    employer = fields.String(validate=Choice(EMPLOYERS))


class CaseworkerSchema(StrictSchema):
    name = Text(required=True)
    email = Email(required=True)
    phone = Phone()


class EntrySchema(StrictSchema):
    week = IsoWeek(required=True)
    hours = Hours(required=True)


# Short enough never to hold a CPR number: such text is quoted back, longer text is not.
_QUOTED_MARK = 5


class Mark(fields.Integer):
    """A mark 1-5, a JSON number as DESIGN.md's record holds it. Text (`"4"`, a form's config reading a
    mark without the `integer` transform) is refused saying so, where marshmallow said only "Not a valid
    integer": the number stays the record's contract, so the API and a config are told what to change."""

    def __init__(self) -> None:
        super().__init__(required=True, strict=True, validate=Range(1, 5))

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> int:
        if isinstance(value, str):
            shown = f" ({quoted(value)})" if len(value) <= _QUOTED_MARK else ""
            raise ValidationError(
                f"given as text{shown}, not a number: a mark is a whole number from 1 to 5"
                " (in a form's config, give the field the `integer` transform after what reads it)"
            )
        return int(super()._deserialize(value, attr, data, **kwargs))


class ScoresSchema(StrictSchema):
    attendance = Mark()
    punctuality = Mark()
    cooperation = Mark()
    task_solving = Mark()
    independence = Mark()
