"""The one entry point `load_record` to the canonical record schemas (contract version 1, in
`record_schemas`), and what callers ask of them: their errors by path and their fields.

Each form type has one schema; every level rejects unknown fields, and every error is keyed by the
field's path so that an adapter can point the caseworker at the cell, XPath or PDF field it came from.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from marshmallow import Schema, ValidationError, fields
from marshmallow.validate import OneOf

from hub.schemas import quick_load
from hub.schemas.amounts import Hours, Money
from hub.schemas.dates import IsoDate, IsoWeek
from hub.schemas.fields import Phone
from hub.schemas.record_schemas import SCHEMAS, RecordSchema
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


@cache
def _schema(form_type: str) -> RecordSchema:
    return SCHEMAS[form_type]()


def load_record(data: dict[str, Any]) -> dict[str, Any]:
    """Validate one canonical record by its form_type and return it normalised."""
    if not isinstance(data, dict):
        raise ValidationError({"_schema": ["a record must be an object"]})
    form_type = data.get("form_type")
    if form_type not in SCHEMAS:
        expected = ", ".join(FORM_TYPES)
        raise ValidationError({"form_type": [f"unknown form type {form_type!r}; expected one of {expected}"]})
    schema = _schema(form_type)
    # The same load without marshmallow's own bookkeeping for a record it accepts; any error is worded
    # by marshmallow (`quick_load`).
    quick = quick_load.load(schema, data)
    if quick is not None:
        return quick
    loaded: dict[str, Any] = schema.load(data)
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
    if form_type not in SCHEMAS:
        return {}
    kinds = {Hours: "hours", Money: "money", IsoDate: "date", IsoWeek: "week"}
    return {path: kinds[type(field)] for path, _, field in _walk(_schema(form_type)) if type(field) in kinds}


@cache
def phone_paths(form_type: str) -> frozenset[str]:
    """The paths of a form type whose values are phone numbers (`caseworker.phone`), kept in E.164 by the
    record and written in pairs on a page. Apart from `value_kinds`, whose other paths hold no free text."""
    if form_type not in SCHEMAS:
        return frozenset()
    return frozenset(path for path, _, field in _walk(_schema(form_type)) if isinstance(field, Phone))


@cache
def value_choices(form_type: str) -> dict[str, tuple[str, ...]]:
    """The paths of a form type whose value is one of a fixed list, with the list: `{"benefit":
    ("kontanthjaelp", ...), "visitation": ("jobparat", ...)}`, so that a config mapping a form's words to
    a value the record refuses is refused when it loads, not by every document."""
    if form_type not in SCHEMAS:
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for path, _, field in _walk(_schema(form_type)):
        for check in field.validators:
            if isinstance(check, OneOf):
                found[path] = tuple(str(c) for c in check.choices)
    return found


@cache
def number_paths(form_type: str) -> frozenset[str]:
    """The paths of a form type's record that hold a JSON number (the scores); every other value is text,
    identifiers too (`site.p_number`), so a transform that gives a number suits these alone."""
    if form_type not in SCHEMAS:
        return frozenset()
    return frozenset(path for path, _, field in _walk(_schema(form_type)) if isinstance(field, fields.Number))


@cache
def allows_null(form_type: str) -> frozenset[str]:
    """The paths of a form type's record that may hold null (`visitation`, `outcome`)."""
    if form_type not in SCHEMAS:
        return frozenset()
    return frozenset(path for path, _, field in _walk(_schema(form_type)) if field.allow_none)


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
