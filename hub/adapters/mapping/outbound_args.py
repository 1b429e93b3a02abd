"""The argument schemas of the outbound transforms (`outbound`): what a config may give each one, checked
when the config loads (unknown keys are errors), with the defaults a transform runs with.
"""

from __future__ import annotations

import re
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

DATE_TOKEN = re.compile(r"yyyy|yy|dd|d|mm|m")


class OutDateArgs(Schema):
    """`date`: the style the day is written in (dd.mm.yyyy, d/m-yyyy, ...)."""

    style = fields.String(load_default="yyyy-mm-dd")

    @validates_schema
    def _tokens(self, data: dict[str, Any], **kwargs: Any) -> None:
        found = {t[0] for t in DATE_TOKEN.findall(data["style"])}
        if found != {"y", "d", "m"} or len(DATE_TOKEN.findall(data["style"])) != 3:
            raise ValidationError(
                "write the day, month and year once each: dd.mm.yyyy, d/m-yyyy, ...", "style"
            )


class OutMoneyArgs(Schema):
    """`money`: the decimal mark and the thousands separator."""

    mark = fields.String(load_default=",", validate=validate.OneOf([",", "."]))
    thousands = fields.String(load_default=".", validate=validate.OneOf(["", ".", ",", " "]))

    @validates_schema
    def _distinct(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data["thousands"] == data["mark"]:
            raise ValidationError("the thousands separator must differ from the decimal mark", "thousands")


class OutDecimalArgs(OutMoneyArgs):
    """`decimal`: as `money`, with the number of decimals and no thousands separator by default."""

    places = fields.Integer(strict=True, load_default=2, validate=validate.Range(min=0, max=6))
    thousands = fields.String(load_default="", validate=validate.OneOf(["", ".", ",", " "]))


class OutCprArgs(Schema):
    """`cpr`: with a dash, a space or digits only."""

    style = fields.String(load_default="dash", validate=validate.OneOf(["dash", "digits", "space"]))


class OutPhoneArgs(Schema):
    """`phone`: spaced in pairs, eight digits, or E.164."""

    style = fields.String(load_default="spaced", validate=validate.OneOf(["spaced", "national", "e164"]))


class OutMapArgs(Schema):
    """`map`: the text each value is written as, and one for any other value."""

    values = fields.Dict(keys=fields.String(), values=fields.String(), required=True)
    default = fields.String()


class OutTickArgs(Schema):
    """`tick`: the value that ticks the box, and the marks for ticked and not."""

    equals = fields.String(required=True)
    yes = fields.String(load_default="X")
    no = fields.String(load_default="")


class OutDefaultArgs(Schema):
    """`default`: the text written for a missing value."""

    value = fields.String(required=True)


class OutFormatArgs(Schema):
    """`format`: a text with one {} where the value goes."""

    pattern = fields.String(
        required=True,
        validate=validate.Regexp(r"[^{}]*\{\}[^{}]*\Z", error="write the text with one {{}} in it"),
    )


class OutPeriodArgs(Schema):
    """`period`: the language the period is described in."""

    lang = fields.String(load_default="da", validate=validate.OneOf(["da", "en"]))
