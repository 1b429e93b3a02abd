"""Config checks of one list of a form (`[[forms.lists]]`): its one kind, its keys once each, each
field's sources, a pivot's table, its subtotals and the keys its aggregate sums.

Apart from `config_field_rules` (whose checks of a field, a table's stop rule and lines of sums these
reuse) because a list's rules read the list's whole table; run by `config_form_schema`'s list schema.
Errors are marshmallow-shaped and keyed like the file.
"""

from __future__ import annotations

from typing import Any

from marshmallow import ValidationError

from hub.adapters.language.config_field_rules import (
    add_error,
    check_stop,
    check_subtotals,
    combining_problem,
    table_headers,
)
from hub.adapters.language.minute_names import minutes_as_hours
from hub.adapters.mapping.transforms import TRANSFORMS

_AGGREGATE_KEYS = {"iso_week": ({"date", "hours"}, {"week", "hours"})}


def check_list(data: dict[str, Any]) -> None:
    """A list has one kind, unique keys, sources where needed and keys its aggregate can sum."""
    kinds = [k for k in ("table", "rows", "repeat") if k in data]
    if len(kinds) != 1:
        raise ValidationError(f"give exactly one of table, rows, repeat (got {kinds or 'none'})")
    errors: dict[Any, Any] = {}
    if data.get("across"):
        _check_across_list(data, errors)
    if "stop" in data:
        if "table" in data:
            check_stop(data["stop"], table_headers(data), ("stop",), errors)
        else:
            add_error(errors, ("stop",), "stop ends a csv/xlsx table: it goes with table")
    if "subtotals" in data:
        _check_list_subtotals(data, errors)
    keys = [item["key"] for item in data["items"]]
    for index, item in enumerate(data["items"]):
        if item["key"] in keys[:index]:
            add_error(errors, ("fields", index, "key"), f"key '{item['key']}' used twice")
        _check_list_sources(data, index, item, errors)
    allowed = _AGGREGATE_KEYS.get(data.get("aggregate", ""))
    if allowed and set(keys) not in allowed:
        add_error(
            errors, ("aggregate",), f"{data['aggregate']} needs the keys date and hours (or week and hours)"
        )
    if errors:
        raise ValidationError(errors)


def _check_list_subtotals(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    """A list's subtotals: a table's lines of sums (`label`/`starts`), or an xml list's group elements
    (`element`, a step its `rows` go through, and `sums` of the list's own keys); a pdf's numbered rows
    have neither."""
    sums = data["subtotals"]
    if "table" in data and "element" not in sums:
        check_subtotals(data, table_headers(data), (), errors)
    elif "table" in data:
        message = "element and sums name an xml list's groups: a table's lines of sums are named by label"
        add_error(errors, ("subtotals", "element"), message)
    elif "rows" in data and "element" not in sums:
        add_error(errors, ("subtotals",), XML_SUMS_NEEDED)
    elif "rows" in data:
        element, rows = sums["element"].strip().rstrip("/"), data["rows"].strip()
        if not rows.startswith(f"{element}/"):
            message = f"'{element}' is not a step of the list's rows ({rows}): each group holds rows"
            add_error(errors, ("subtotals", "element"), message)
        keys = [item["key"] for item in data["items"]]
        for key in sums["sums"]:
            if key not in keys:
                add_error(errors, ("subtotals", "sums", key), f"'{key}' is not a key of this list")
    else:
        message = "subtotals checks a csv/xlsx table's lines of sums or an xml list's groups: it goes with"
        add_error(errors, ("subtotals",), f"{message} table or rows")


# Said where an xml list's subtotals name a line (`label`) rather than the element of each group.
XML_SUMS_NEEDED = (
    "an xml list's sums are in the element holding each group of its rows: give element and sums"
    ' (subtotals = { element = "f:uge", sums = { hours = "@timer" } })'
)


def _check_across_list(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    """`[[forms.lists]] across = true` (a pivot: one entry a column): its `table` names the rows read,
    down one column of labels, so a table's end by rows (`stop`, `subtotals`) means nothing with it."""
    if "table" not in data:
        add_error(
            errors, ("across",), "across goes with table (the labels of the rows read, one entry a column)"
        )
    for other in ("stop", "subtotals"):
        if other in data:
            add_error(errors, (other,), f"{other} goes with a table of one item a row, not with across")


def _check_list_sources(
    data: dict[str, Any], index: int, item: dict[str, Any], errors: dict[Any, Any]
) -> None:
    """A list field reads one source, or several (`sources`) that its first transform combines."""
    named = (data.get("table") or {}).get(item["key"])  # the column a table names for this key
    if "source" in item and "sources" in item:
        add_error(errors, ("fields", index, "sources"), "give source or sources, not both")
    elif "sources" in item and named is not None:
        add_error(
            errors,
            ("fields", index, "sources"),
            f"table names the column '{named}' for '{item['key']}': give the columns in table or in sources, "
            "not both",
        )
    elif "source" not in item and "sources" not in item and named is None:
        add_error(errors, ("fields", index, "source"), "missing (required unless table names this key)")
    given = item.get("sources") or [item.get("source", "{n}")]
    for s_index, selector in enumerate(item.get("sources", [])):
        if selector in given[:s_index]:
            add_error(errors, ("fields", index, "sources", s_index), f"'{selector}' is named twice")
    # A row's own field holds {n}; beside it in `sources`, a field of the document (the year printed
    # once above the week rows) is read the same for every row.
    if "repeat" in data and all("{n}" not in selector for selector in given):
        if "sources" in item:
            message = "with repeat, one of the sources must contain {n} (the others are the document's)"
            add_error(errors, ("fields", index, "sources"), message)
        else:
            add_error(errors, ("fields", index, "source"), "with repeat, a source must contain {n}")
    calls = item["transforms"]
    if "sources" not in item and calls and TRANSFORMS[calls[0].name].combines:
        add_error(
            errors,
            ("fields", index, "transforms", 0),
            f"'{calls[0].name}' combines several sources: give sources = [...] (a column, field or "
            "element each)",
        )
        return
    problem = combining_problem(item) or minutes_as_hours(named or item.get("source"), item)
    if problem is not None:
        add_error(errors, ("fields", index, "transforms", problem[0]), problem[1])
