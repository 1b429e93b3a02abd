"""The canonical record schemas (contract version 1) and the one entry point `load_record`.

Each form type has one schema; every level rejects unknown fields, and every error is keyed by the
field's path so that an adapter can point the caseworker at the cell, XPath or PDF field it came from.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

from marshmallow import Schema, ValidationError, fields, validates_schema
from marshmallow.validate import Equal, Length, OneOf

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
from hub.schemas.vocabulary import (
    BENEFITS,
    EMPLOYERS,
    FORM_TYPES,
    OUTCOMES,
    SCHEMA_VERSION,
    SCORES,
    VISITATIONS,
)

# The vocabulary is part of this module's public face: callers import it from here.
__all__ = [
    "BENEFITS",
    "EMPLOYERS",
    "FORM_TYPES",
    "OUTCOMES",
    "SCHEMA_VERSION",
    "SCORES",
    "VISITATIONS",
    "flatten_errors",
    "load_record",
    "load_records",
]
from hub.schemas.fields import (
    Hours,
    IsoDate,
    IsoWeek,
    Money,
    MunicipalityCode,
    Text,
    format_hours,
)


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
    benefit = fields.String(required=True, validate=OneOf(BENEFITS))
    # Required but nullable: a benefit such as sygedagpenge has no visitation category.
    visitation = fields.String(required=True, allow_none=True, validate=OneOf(VISITATIONS))
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
                f"total_hours {data['total_hours']} is not the sum of the entries ({format_hours(total)})"
            ]
        if errors:
            raise ValidationError(errors)


class ProgressReportSchema(RecordSchema):
    form_type = fields.String(required=True, validate=Equal("progress_report"))
    measured_on = IsoDate(required=True)
    scores = fields.Nested(ScoresSchema, required=True)
    note = Text()


class PlacementEndSchema(RecordSchema):
    form_type = fields.String(required=True, validate=Equal("placement_end"))
    ended_on = IsoDate(required=True)
    # Required but nullable: an end form may leave the outcome blank (seed 002 has one such citizen).
    outcome = fields.String(required=True, allow_none=True, validate=OneOf(OUTCOMES))
    note = Text()


_SCHEMAS: dict[str, type[RecordSchema]] = {
    "placement": PlacementSchema,
    "mentor_support": MentorSupportSchema,
    "mentor_hours": MentorHoursSchema,
    "progress_report": ProgressReportSchema,
    "placement_end": PlacementEndSchema,
}


@cache
def _schema(form_type: str) -> RecordSchema:
    return _SCHEMAS[form_type]()


def load_record(data: dict[str, Any]) -> dict[str, Any]:
    """Validate one canonical record by its form_type and return it normalised."""
    if not isinstance(data, dict):
        raise ValidationError({"_schema": ["a record must be an object"]})
    form_type = data.get("form_type")
    if form_type not in _SCHEMAS:
        expected = ", ".join(FORM_TYPES)
        raise ValidationError({"form_type": [f"unknown form type {form_type!r}; expected one of {expected}"]})
    loaded: dict[str, Any] = _schema(form_type).load(data)
    return loaded


def load_records(data: dict[str, Any] | list[Any]) -> list[dict[str, Any]]:
    """Validate one record or a list of them; errors are keyed by list index."""
    items = [data] if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ValidationError({"_schema": ["expected a record or a list of records"]})
    loaded: list[dict[str, Any]] = []
    errors: dict[int, Any] = {}
    for index, item in enumerate(items):
        try:
            loaded.append(load_record(item))
        except ValidationError as error:
            errors[index] = error.messages
    if errors:
        raise ValidationError(errors)
    return loaded


def flatten_errors(messages: Any) -> dict[str, list[str]]:
    """Turn marshmallow's nested messages into {"citizen.cpr": [...], "entries.0.hours": [...]}."""
    flat: dict[str, list[str]] = {}

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, sub in node.items():
                # "_schema" errors belong to the object that holds them, not to a field of it.
                part = "" if key == "_schema" else str(key)
                walk(sub, f"{path}.{part}" if path and part else path or part)
        elif isinstance(node, list | tuple):
            for item in node:
                walk(item, path)
        else:
            # A str as it is: a message may carry its Danish (`messages.Said`), which str() would drop.
            flat.setdefault(path or "_schema", []).append(node if isinstance(node, str) else str(node))

    walk(messages, "")
    return flat


def canonical_fields(form_type: str) -> dict[str, bool]:
    """Every field path a form type's record has, with whether it must be there: `{"citizen.cpr": True,
    "entries": True, "entries.week": True, "note": False, ...}` (list items under the list's path).
    Paths set by the hub itself (form_type, schema_version, municipality_code) are left out."""
    found = {path: must for path, must, _ in _walk(_schema(form_type))}
    for hub_set in ("form_type", "schema_version", "municipality_code"):
        found.pop(hub_set, None)
    return found


@cache
def value_kinds(form_type: str) -> dict[str, str]:
    """The paths of a form type whose values are hours, kroner, a date or an ISO week, by kind:
    `{"hours_per_week": "hours", "period.start": "date", "entries.week": "week", ...}` (list items under
    the list's path), so that a page can write each value the way its language writes such a value."""
    if form_type not in _SCHEMAS:
        return {}
    kinds = {Hours: "hours", Money: "money", IsoDate: "date", IsoWeek: "week"}
    return {path: kinds[type(field)] for path, _, field in _walk(_schema(form_type)) if type(field) in kinds}


def _walk(schema: Schema, prefix: str = "", required: bool = True) -> list[tuple[str, bool, fields.Field]]:
    """Every field of a schema, nested ones by their dotted path: (path, must be there, field); a list of
    objects is named itself, then its items' fields under its path."""
    found: list[tuple[str, bool, fields.Field]] = []
    for name, field in schema.fields.items():
        path = f"{prefix}{name}"
        must = required and bool(field.required)
        inner = field.inner if isinstance(field, fields.List) else field
        if isinstance(inner, fields.Nested):
            if isinstance(field, fields.List):
                found.append((path, must, field))
            found.extend(_walk(inner.schema, path + ".", must))
        else:
            found.append((path, must, field))
    return found
