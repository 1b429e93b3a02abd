"""Config checks of one field of a form: a field's one origin, its transforms with its sources, a table's
stop rule and lines of sums. A list's own checks (its kind, keys, sources and aggregate) are
`config_list_rules`', which use these; a condition's are `config_conditions`'.

Apart from `config_rules` (the checks of a whole form) because each of these reads one table of the file
and is run by its own schema in `config_schema`; the form's checks reuse `check_stop`, `table_headers`
and `add_error`. Errors are marshmallow-shaped and keyed like the file.
"""

from __future__ import annotations

from typing import Any

from marshmallow import ValidationError

from hub.adapters.language.minute_names import minutes_as_hours
from hub.adapters.mapping.selector_text import normalise_label, reads_label
from hub.adapters.mapping.transforms import TRANSFORMS

__all__ = [
    "COMBINING_WORDS",
    "add_error",
    "check_field_origin",
    "check_stop",
    "check_subtotals",
    "combining_problem",
    "table_headers",
]


def add_error(errors: dict[Any, Any], keys: tuple[Any, ...], message: str) -> None:
    """Add `message` to `errors` at the key path `keys`, in marshmallow's nested shape."""
    node = errors
    for key in keys[:-1]:
        node = node.setdefault(key, {})
    node.setdefault(keys[-1], []).append(message)


def check_field_origin(data: dict[str, Any]) -> None:
    """A field has exactly one origin, and its transforms fit it."""
    origins = [k for k in ("source", "sources", "value", "compute") if k in data]
    if len(origins) != 1:
        raise ValidationError(
            f"give exactly one of source, sources, value, compute (got {origins or 'none'})"
        )
    calls = data.get("transforms", [])
    if data.get("optional") and data.get("nullable"):
        raise ValidationError(
            "choose optional (left out when empty) or nullable (null when empty)", "nullable"
        )
    if "value" in data and calls:
        raise ValidationError("a constant value takes no transforms", "transforms")
    problem = combining_problem(data) or _period_problem(data) or minutes_as_hours(data.get("source"), data)
    if problem is not None:
        raise ValidationError({"transforms": {problem[0]: [problem[1]]}})


# Said where `period` is given on a field of [[forms.fields]]: only a list's weeks are placed in their
# document's period (`list_period`), so there it did nothing (decision 0061, "Stop 68: fixes-111").
PERIOD_ON_FIELD = (
    "period does nothing on field '{path}': it places a list's weeks written without their year in the"
    " period their document states, so it goes on the week transform of a [[forms.lists]] field (the"
    " table's week column)"
)
# The same for a `date` given `period`: only a list's days are checked in their document's period.
DATE_PERIOD_ON_FIELD = (
    "period does nothing on field '{path}': it checks a list's days are in the period their document"
    " states, so it goes on the date transform of a [[forms.lists]] field (the table's date column)"
)


def _period_problem(data: dict[str, Any]) -> tuple[int, str] | None:
    """The index of a `week` or `date` transform given `period` on a field of [[forms.fields]], and why
    not there."""
    for index, call in enumerate(data.get("transforms", [])):
        if call.name in ("week", "date") and "period" in call.args:
            said = PERIOD_ON_FIELD if call.name == "week" else DATE_PERIOD_ON_FIELD
            return index, said.format(path=data.get("path"))
    return None


# The transforms that combine several sources, for messages: "join, checked, sum, last_day or hours_minutes".
_COMBINING = [name for name, transform in TRANSFORMS.items() if transform.combines]
COMBINING_WORDS = ", ".join(_COMBINING[:-1]) + " or " + _COMBINING[-1]


def combining_problem(data: dict[str, Any]) -> tuple[int, str] | None:
    """The first problem of a value's transforms with its sources (the transform's index and why), or
    None: a combining transform comes first, sources need one, `checked` names only its sources. The
    same for a field and a list's field, so that `sources` means one thing in the language."""
    for index, call in enumerate(data.get("transforms", [])):
        combines = TRANSFORMS[call.name].combines
        if combines and index > 0:
            return index, f"'{call.name}' combines sources: put it first"
        if index == 0 and "sources" in data and not combines:
            return 0, f"with sources, the first transform must be {COMBINING_WORDS}"
        if call.name == "last_day" and len(data.get("sources") or []) != 2:
            return index, "'last_day' reads two sources: the start date, then the length"
        if call.name == "hours_minutes" and len(data.get("sources") or []) != 2:
            return index, "'hours_minutes' reads two sources: the hours, then the minutes"
        if call.name == "checked":
            given = set(data.get("sources") or [data.get("source")])
            stray = sorted(set(call.args["values"]) - given)
            if stray:
                return index, f"values name boxes not in sources: {stray}"
            # A ticked box must give a value: one left out of values loaded and then failed the document
            # with an unexpected KeyError.
            unnamed = sorted(given - set(call.args["values"]))
            if unnamed:
                return index, f"sources name boxes without a value in values: {unnamed}"
    return None


def check_across(data: dict[str, Any]) -> None:
    """`[forms.items] across = true` (one item a column): it names its items by `key`, a label down the
    sheet's label column, and each item is one cell a row, so rows grouped into items (`group`) and a
    table's end by rows (`stop`) mean nothing with it."""
    if "key" not in data:
        raise ValidationError("across goes with key (the label of the row that names each item)", "across")
    for other in ("group", "stop", "subtotals"):
        if data.get(other):
            raise ValidationError(f"{other} goes with a table of one item a row, not with across", other)


def check_stop(
    stop: dict[str, Any], headers: list[str], where: tuple[Any, ...], errors: dict[Any, Any]
) -> None:
    """A stop rule's blank and not_date name a column of the table they end."""
    known = {normalise_label(h) for h in headers}
    for key in ("blank", "not_date"):
        if key in stop and normalise_label(stop[key]) not in known:
            add_error(
                errors, (*where, key), f"'{stop[key]}' is not a column of this table ({', '.join(headers)})"
            )


def check_subtotals(
    table: dict[str, Any], headers: list[str], where: tuple[Any, ...], errors: dict[Any, Any]
) -> None:
    """A subtotal rule's columns are columns of the table it is given on (`[forms.items]` or a list), and
    its label is not that table's stop rule's (the table would end at the first subtotal, and no line
    after it would be read). `where`: the key path of the table in the file."""
    sums, where = table["subtotals"], (*where, "subtotals")
    headers = list(dict.fromkeys(headers))  # the key is read by a field too: named once
    known = {normalise_label(h) for h in headers}
    for number, column in enumerate(sums.get("columns", [])):
        if normalise_label(column) not in known:
            add_error(
                errors,
                (*where, "columns", number),
                f"'{column}' is not a column of this table ({', '.join(headers)})",
            )
    stop, label = table.get("stop", {}).get("label"), sums.get("label") or sums.get("starts")
    starts = "starts" in sums  # a `starts` rule `I alt` takes a stop at `I alt uge 52` too
    if stop is not None and label and reads_label(normalise_label(stop), normalise_label(label), starts):
        add_error(
            errors,
            (*where, "starts" if starts else "label"),
            f"'{label}' is also the stop rule's label: the table would end at the first subtotal",
        )


def table_headers(data: dict[str, Any]) -> list[str]:
    """The column headers a list's table reads: those `table` names and every list field's `sources`."""
    found = list((data.get("table") or {}).values())
    for item in data.get("items", []):
        found += [s for s in item.get("sources", []) if isinstance(s, str)]
    return list(dict.fromkeys(found))
