"""A list's `week` and `date` transforms given the period their document states (`{ name = "week", period =
"A1" }`, `{ name = "date", period = "@periode" }`): the selector is read once for the list, where the list
is read, and its period handed to the transform as `within`, which the provenance shows (decision 0060,
"Stop 67: fixes-105"; `week_period` reads it; a day outside it is refused, `date_period`, decision 0064,
"Stop 70: fuzz-116").
"""

from __future__ import annotations

from dataclasses import replace

from hub.adapters.language.config_parts import ListFieldRule, ListRule
from hub.adapters.mapping.item_scope import Scope
from hub.adapters.mapping.provenance import where_of
from hub.adapters.mapping.reading import Reader
from hub.adapters.mapping.stated_period import read_period
from hub.adapters.mapping.transform_types import TransformCall
from hub.schemas.edges import strip_edges

__all__ = ["PERIOD_TRANSFORMS", "with_period"]

# The transforms a `period` is given to: a week without its year is read in it, a day is checked in it.
PERIOD_TRANSFORMS = ("week", "date")


def with_period(scope: Scope, rule: ListRule, reader: Reader) -> tuple[ListFieldRule, ...] | None:
    """The list's fields, each `week` or `date` transform naming a `period` given the period its document
    states (`within`, which the provenance shows); None when that period cannot be read (the problem noted
    at the period's place, once for the list: no week or day of it could be read)."""
    given = (c for f in rule.fields for c in f.transforms)
    if not any(c.name in PERIOD_TRANSFORMS and c.args.get("period") for c in given):
        return rule.fields  # nearly every list: its fields as the config gives them
    fields = []
    for item in rule.fields:
        calls = []
        for call in item.transforms:
            selector = call.args.get("period") if call.name in PERIOD_TRANSFORMS else None
            if selector:
                found = scope.resolve(str(selector))
                text = strip_edges(found.value or "") if found is not None else ""
                period, why = read_period(text, days=call.name == "date")
                if period is None:
                    where = where_of(found, reader.fmt) if found is not None else str(selector)
                    if not text:
                        why = (f"no period stated: {selector} is empty or not found",
                               f"ingen periode angivet: {selector} er tom eller findes ikke")  # fmt: skip
                    reader.problem(f"{rule.path}", where, *why)
                    return None
                call = TransformCall(call.name, {**call.args, "within": str(period)})
            calls.append(call)
        fields.append(replace(item, transforms=tuple(calls)))
    return tuple(fields)
