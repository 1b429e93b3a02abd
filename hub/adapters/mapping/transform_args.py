"""The argument schemas of the transforms that take arguments (`map`, `checked`, `regex`, `sum`,
`last_day`, `default`, `join`, `epoch_date`): what a config file may write under a transform, checked
when it is loaded.

Apart from `transforms` because they are the config language's side of a transform (marshmallow schemas,
read once at load), while the transforms themselves run on every value of every document.
"""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from hub.adapters.mapping.checkbox_marks import config_norm
from hub.adapters.mapping.durations import UNITS

__all__ = [
    "CheckedArgs",
    "DateArgs",
    "DefaultArgs",
    "EpochArgs",
    "HoursMinutesArgs",
    "JoinArgs",
    "LastDayArgs",
    "MapArgs",
    "PLACE",
    "RegexArgs",
    "SumArgs",
    "WeekArgs",
]

PLACE = re.compile(r"\{(\w+)\}")  # a group's place in a regex template: {1}, {year}


class MapArgs(Schema):
    values = fields.Dict(keys=fields.String(), values=fields.String(), required=True)
    default = fields.String()

    @validates_schema
    def _no_case_duplicates(self, data: dict[str, Any], **kwargs: Any) -> None:
        keys = [config_norm(k) for k in data.get("values", {})]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            raise ValidationError(f"keys differ only in case, spaces or Unicode form: {twice}", "values")


class CheckedArgs(MapArgs):
    pass


class RegexArgs(Schema):
    pattern = fields.String(required=True)
    group = fields.Raw()
    # The match's groups put in order: "{2} {1}" turns "Lund, Mette" (pattern "(.+), (.+)") into
    # "Mette Lund", "{1}-{2}-{3}" a compact 20260303 into 2026-03-03 for `date`.
    template = fields.String(validate=validate.Length(min=1, max=200))
    # What the value must be, in the form's own words ("et tal fra 1 til 5"): what a sender is told when
    # the value does not match, since the pattern itself is config syntax no sender can read.
    expected = fields.String(validate=validate.Length(min=1, max=200))

    @validates_schema
    def _compiles(self, data: dict[str, Any], **kwargs: Any) -> None:
        try:
            compiled = re.compile(data["pattern"])
        except re.error as exc:
            raise ValidationError(f"not a valid regular expression: {exc}", "pattern") from exc
        group = data.get("group", 1 if compiled.groups else 0)
        if isinstance(group, bool) or not isinstance(group, int | str):
            raise ValidationError("must be a group number or name", "group")
        if isinstance(group, int) and not 0 <= group <= compiled.groups:
            raise ValidationError(f"the pattern has {compiled.groups} group(s)", "group")
        if isinstance(group, str) and group not in compiled.groupindex:
            raise ValidationError(f"the pattern has no group named {group!r}", "group")
        if "template" in data:
            if "group" in data:
                raise ValidationError("give group or template, not both", "template")
            for name in PLACE.findall(data["template"]):
                known = int(name) <= compiled.groups if name.isdigit() else name in compiled.groupindex
                if not known or name == "0":
                    raise ValidationError(f"the pattern has no group {{{name}}}", "template")


class SumArgs(Schema):
    # An empty cell is 0 hours only where the config says so: an empty day in a grid of weekdays is
    # normal, but elsewhere an empty cell may be hours nobody wrote down, and is an error.
    empty_is_zero = fields.Boolean(truthy={True}, falsy={False})


class HoursMinutesArgs(Schema):
    # A part that is 0 may be left out or empty only where the config says so: an interval rendered from
    # its parts that are not 0 (postgres-interval's `<hours>2</hours>` alone), where else an empty part
    # may be minutes nobody wrote down.
    empty_is_zero = fields.Boolean(truthy={True}, falsy={False})


class WeekArgs(Schema):
    # Where the document states its period or year (a title, a period field), for weeks written without
    # their year (`Uge 49`): never today's year, which is another for a sheet sent late (`week_period`).
    period = fields.String(validate=validate.Length(min=1))


class DateArgs(Schema):
    # Where the document states its period: a list's days are refused outside it (`date_period`), as a
    # November timesheet's visit on 3 February would be paid as November's (decision 0064, "Stop 70").
    period = fields.String(validate=validate.Length(min=1))
    # The writer stored UTC instants with no zone (a JavaScript or Go writer's Danish midnight at 23:00 or
    # 22:00 of the day before): each such date-time's day is the one in Denmark (`utc_instants`).
    written_in_utc = fields.Boolean(truthy={True}, falsy={False})


class LastDayArgs(Schema):
    # Required: "13" alone on a form means weeks on one and days on another, and the config says which.
    unit = fields.String(required=True, validate=validate.OneOf(sorted(UNITS)))


class EpochArgs(Schema):
    # The zone whose days the producer's counts were made in (a day in Denmark is the moment after 23:00
    # UTC in winter); Denmark's unless the config says otherwise, checked against the zone database.
    zone = fields.String()

    @validates_schema
    def _known_zone(self, data: dict[str, Any], **kwargs: Any) -> None:
        if "zone" not in data:
            return
        try:
            ZoneInfo(data["zone"])
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder ("Europe"), a name too long
            said = f"no such time zone: {data['zone']!r} (write one such as 'Europe/Copenhagen' or 'UTC')"
            raise ValidationError(said, "zone") from None


class DefaultArgs(Schema):
    value = fields.String(required=True)


class JoinArgs(Schema):
    separator = fields.String(validate=validate.Length(max=5))
    # An XML element left out (`minOccurs="0"`: no <Mellemnavn> for a citizen without one) is an empty
    # part only where the config says so, as `sum`'s empty_is_zero: else a misspelt path would drop a
    # part of every name without a word.
    left_out_is_empty = fields.Boolean(truthy={True}, falsy={False})
