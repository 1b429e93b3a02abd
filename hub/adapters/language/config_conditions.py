"""A condition's table in a config file: a value the form must hold (`[[forms.require]]`) and what a
list's row must hold to be counted (`[[forms.lists.require]]`, with the values that leave a row out), its
schema and its checks (one test, a regular expression that compiles, no value both counted and left out).

Apart from `config_form_schema` and `config_field_rules` because a condition is read by a rule of its
own (`mapping.conditions`), which its checks call, and a form's and a row's share it.
"""

from __future__ import annotations

import re
from typing import Any

from marshmallow import Schema, ValidationError, validate, validates_schema
from marshmallow import fields as mf

from hub.adapters.language.config_parts import Condition
from hub.adapters.mapping.conditions import holds

__all__ = ["ConditionSchema", "RowConditionSchema", "check_condition", "check_left_out"]


class ConditionSchema(Schema):
    """A value the form must hold (`[[forms.require]]`): exactly one of equals, one_of, matches."""

    source = mf.String(required=True, validate=validate.Length(min=1))
    equals = mf.String()
    one_of = mf.List(mf.String(), validate=validate.Length(min=1))
    matches = mf.String(validate=validate.Length(min=1))
    reason = mf.String()

    @validates_schema
    def _one_test(self, data: dict[str, Any], **kwargs: Any) -> None:
        check_condition(data)


class RowConditionSchema(ConditionSchema):
    """What a list's row must hold to be counted (`[[forms.lists.require]]`), and the values that leave
    a row out rather than refuse it (`leave_out`: a visit its own form marks not approved)."""

    leave_out = mf.List(mf.String(), validate=validate.Length(min=1))

    @validates_schema
    def _left_out_apart(self, data: dict[str, Any], **kwargs: Any) -> None:
        check_left_out(data)


def check_condition(data: dict[str, Any]) -> None:
    """A condition tests its value one way, with a regular expression that compiles."""
    tests = [k for k in ("equals", "one_of", "matches") if k in data]
    if len(tests) != 1:
        raise ValidationError(f"give exactly one of equals, one_of, matches (got {tests or 'none'})")
    if "matches" in data:
        try:
            re.compile(data["matches"])
        except re.error as exc:
            raise ValidationError(f"not a regular expression: {exc}", "matches") from None


def check_left_out(data: dict[str, Any]) -> None:
    """A row's condition: a value it leaves out is one the condition does not hold for, or a row would
    be both counted and left out."""
    condition = Condition(
        source=data["source"],
        equals=data.get("equals"),
        one_of=tuple(data.get("one_of", ())),
        matches=data.get("matches"),
    )
    for value in data.get("leave_out", ()):
        if "matches" in data and not _compiles(data["matches"]):
            return  # said at `matches` already
        if holds(condition, value):
            raise ValidationError(
                f"'{value}' is a value the condition counts: a row holding it cannot also be left out",
                "leave_out",
            )


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True
