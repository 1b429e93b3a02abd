"""Config checks that span several keys: a field's origin, a list's kind, what fits a form's format.

Each check raises (or returns) marshmallow-shaped errors keyed like the file, so `config_schema` reports
them with the same key paths as any other error.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from marshmallow import Schema, ValidationError, validate
from marshmallow import fields as mf

from hub.adapters.mapping import xmlpath
from hub.adapters.mapping.selector_text import check_selector, normalise_label
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.schemas.records import canonical_fields

_RESERVED = {"form_type", "schema_version", "municipality_code"}
# A record may name its placement by the participant id the hub gave it (the company's one form does),
# instead of by CPR and P-number; the hub resolves it before the record is validated.
REFERENCE = "participant_id"
_REFERS_TO = {"citizen.cpr", "site.p_number"}
_LIST_KIND = {"pdf": "repeat", "xml": "rows", "csv": "table", "xlsx": "table"}
_ITEM_KIND = {"pdf": "repeat", "xml": "rows", "csv": "key", "xlsx": "key"}
_AGGREGATE_KEYS = {"iso_week": ({"date", "hours"}, {"week", "hours"})}


class PdfReaderSchema(Schema):
    """A pdf form has no reader options."""


class CsvReaderSchema(Schema):
    encoding = mf.String(validate=validate.OneOf(["auto", "utf-8", "utf-8-sig", "cp1252"]))
    delimiter = mf.String(validate=validate.OneOf([";", ",", "\t", "|"]))


class XlsxReaderSchema(Schema):
    sheet = mf.String(validate=validate.Length(min=1))


class XmlReaderSchema(Schema):
    namespaces = mf.Dict(keys=mf.String(validate=validate.Regexp(r"[A-Za-z_][\w.\-]*")), values=mf.String())
    xsd = mf.String(validate=validate.Length(min=1))


READER_SCHEMAS: dict[str, type[Schema]] = {
    "pdf": PdfReaderSchema,
    "csv": CsvReaderSchema,
    "xlsx": XlsxReaderSchema,
    "xml": XmlReaderSchema,
}


def _add(errors: dict[Any, Any], keys: tuple[Any, ...], message: str) -> None:
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
    problem = combining_problem(data)
    if problem is not None:
        raise ValidationError({"transforms": {problem[0]: [problem[1]]}})


# The transforms that combine several sources, for messages: "join, checked, sum or last_day".
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
        if call.name == "checked":
            given = set(data.get("sources") or [data.get("source")])
            stray = sorted(set(call.args["values"]) - given)
            if stray:
                return index, f"values name boxes not in sources: {stray}"
    return None


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


def _check_stop(
    stop: dict[str, Any], headers: list[str], where: tuple[Any, ...], errors: dict[Any, Any]
) -> None:
    """A stop rule's blank and not_date name a column of the table they end."""
    known = {normalise_label(h) for h in headers}
    for key in ("blank", "not_date"):
        if key in stop and normalise_label(stop[key]) not in known:
            _add(errors, (*where, key), f"'{stop[key]}' is not a column of this table ({', '.join(headers)})")


def check_list(data: dict[str, Any]) -> None:
    """A list has one kind, unique keys, sources where needed and keys its aggregate can sum."""
    kinds = [k for k in ("table", "rows", "repeat") if k in data]
    if len(kinds) != 1:
        raise ValidationError(f"give exactly one of table, rows, repeat (got {kinds or 'none'})")
    errors: dict[Any, Any] = {}
    if "stop" in data:
        if "table" in data:
            _check_stop(data["stop"], table_headers(data), ("stop",), errors)
        else:
            _add(errors, ("stop",), "stop ends a csv/xlsx table: it goes with table")
    keys = [item["key"] for item in data["items"]]
    for index, item in enumerate(data["items"]):
        if item["key"] in keys[:index]:
            _add(errors, ("fields", index, "key"), f"key '{item['key']}' used twice")
        _check_list_sources(data, index, item, errors)
    allowed = _AGGREGATE_KEYS.get(data.get("aggregate", ""))
    if allowed and set(keys) not in allowed:
        _add(errors, ("aggregate",), f"{data['aggregate']} needs the keys date and hours (or week and hours)")
    if errors:
        raise ValidationError(errors)


def _check_list_sources(
    data: dict[str, Any], index: int, item: dict[str, Any], errors: dict[Any, Any]
) -> None:
    """A list field reads one source, or several (`sources`) that its first transform combines."""
    named = (data.get("table") or {}).get(item["key"])  # the column a table names for this key
    if "source" in item and "sources" in item:
        _add(errors, ("fields", index, "sources"), "give source or sources, not both")
    elif "sources" in item and named is not None:
        _add(
            errors,
            ("fields", index, "sources"),
            f"table names the column '{named}' for '{item['key']}': give the columns in table or in sources, "
            "not both",
        )
    elif "source" not in item and "sources" not in item and named is None:
        _add(errors, ("fields", index, "source"), "missing (required unless table names this key)")
    given = item.get("sources") or [item.get("source", "{n}")]
    for s_index, selector in enumerate(item.get("sources", [])):
        if selector in given[:s_index]:
            _add(errors, ("fields", index, "sources", s_index), f"'{selector}' is named twice")
    if "repeat" in data and any("{n}" not in selector for selector in given):
        where = ("fields", index, "sources" if "sources" in item else "source")
        _add(errors, where, "with repeat, a source must contain {n}")
    calls = item["transforms"]
    if "sources" not in item and calls and TRANSFORMS[calls[0].name].combines:
        _add(
            errors,
            ("fields", index, "transforms", 0),
            f"'{calls[0].name}' combines several sources: give sources = [...] (a column, field or "
            "element each)",
        )
        return
    problem = combining_problem(item)
    if problem is not None:
        _add(errors, ("fields", index, "transforms", problem[0]), problem[1])


def table_headers(data: dict[str, Any]) -> list[str]:
    """The column headers a list's table reads: those `table` names and every list field's `sources`."""
    found = list((data.get("table") or {}).values())
    for item in data.get("items", []):
        found += [s for s in item.get("sources", []) if isinstance(s, str)]
    return list(dict.fromkeys(found))


def _check_canonical(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    """Every path is a field of the form type's canonical record: a misspelt one would reject every
    document, and the blame would seem to lie with the document."""
    known = canonical_fields(data["form_type"])
    lists = {path for path in known if any(p.startswith(path + ".") for p in known)}
    leaves = set(known) - lists
    if data["form_type"] != "placement":
        leaves.add(REFERENCE)
    for group, allowed in (("rules", leaves), ("lists", lists)):
        for index, rule in enumerate(data[group]):
            if rule["path"] not in allowed and rule["path"] not in _RESERVED:
                close = difflib.get_close_matches(rule["path"], sorted(allowed), n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                where = ("fields" if group == "rules" else "lists", index, "path")
                _add(errors, where, f"'{rule['path']}' is not a field of a {data['form_type']} record{hint}")


def unfilled(form_type: str, paths: set[str]) -> list[str]:
    """The required fields of a form type's record that none of `paths` (fields and lists) fills.

    Not an error when loading (a config may be written a form at a time), but every document of such a
    form would be rejected, so `hub adapters check` says so."""
    known = canonical_fields(form_type)
    filled = paths | {p for p in known if p.rpartition(".")[0] in paths}  # a list fills its items
    if REFERENCE in paths:
        filled |= _REFERS_TO
    return [p for p, required in known.items() if required and p not in filled]


def _check_paths(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    _check_canonical(data, errors)
    taken: dict[str, tuple[Any, ...]] = {}
    entries = [(r["path"], ("fields", i, "path")) for i, r in enumerate(data["rules"])]
    entries += [(rule["path"], ("lists", i, "path")) for i, rule in enumerate(data["lists"])]
    for path, where in entries:
        if path in _RESERVED:
            _add(errors, where, f"'{path}' is set by the hub, not by a config")
        clash = [p for p in taken if p == path or p.startswith(path + ".") or path.startswith(p + ".")]
        if clash:
            _add(errors, where, f"'{path}' clashes with '{clash[0]}'")
        taken[path] = where
    lists = {rule["path"]: rule for rule in data["lists"]}
    for index, rule in enumerate(data["rules"]):
        if "compute" not in rule:
            continue
        list_path, _, key = rule["compute"][4:].rpartition(".")
        target = lists.get(list_path)
        keys: set[str] = set()
        if target is not None:
            keys = {"week", "hours"} if target.get("aggregate") else {i["key"] for i in target["items"]}
        if key not in keys:
            _add(errors, ("fields", index, "compute"), f"no list '{list_path}' with key '{key}' in this form")


def _check_selectors(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    fmt = data["format"]
    items = data.get("items") or {}
    inside = fmt == "xml" and "rows" in items  # relative xml paths read inside the item's element

    def check(selector: str, where: tuple[Any, ...], relative: bool = False) -> None:
        if "{i}" in selector and "repeat" not in items:
            _add(errors, where, "{i} numbers the items of [forms.items] repeat; this form has none")
        if selector.strip().startswith("column:") and "key" not in items:
            _add(errors, where, "column: reads an item's row of [forms.items] key; this form has none")
        problem = check_selector(selector.replace("{i}", "1").replace("{n}", "1"), fmt, relative=relative)
        if problem:
            _add(errors, where, problem)

    for index, selector in enumerate(data["recognise"].get("selectors", [])):
        check(selector, ("recognise", "fields", index))
    for index, condition in enumerate(data.get("require", [])):
        check(condition["source"], ("require", index, "source"), relative=inside)
    for index, rule in enumerate(data["rules"]):
        if "source" in rule:
            check(rule["source"], ("fields", index, "source"), relative=inside)
        for s_index, selector in enumerate(rule.get("sources", [])):
            check(selector, ("fields", index, "sources", s_index), relative=inside)
    for index, rule in enumerate(data["lists"]):
        kind = _LIST_KIND[fmt]
        if kind not in rule:
            _add(errors, ("lists", index), f"a {fmt} form lists its items with '{kind}'")
            continue
        if kind == "rows":
            problem = xmlpath.check(rule["rows"], rows=True, relative=inside)
            if problem:
                _add(errors, ("lists", index, "rows"), problem)
        for i_index, item in enumerate(rule["items"]):
            if "source" in item and kind != "table":
                check(item["source"], ("lists", index, "fields", i_index, "source"), relative=kind == "rows")
            for s_index, selector in enumerate(item.get("sources", []) if kind != "table" else []):
                where = ("lists", index, "fields", i_index, "sources", s_index)
                check(selector, where, relative=kind == "rows")


def _check_items(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    items = data.get("items")
    if items is None:
        return
    kind = _ITEM_KIND[data["format"]]
    if kind not in items:
        _add(errors, ("items",), f"a {data['format']} form names its items with '{kind}'")
    elif "stop" in items:
        _check_stop(items["stop"], _item_headers(data), ("items", "stop"), errors)
    elif kind == "rows":
        problem = xmlpath.check(items["rows"], rows=True)
        if problem:
            _add(errors, ("items", "rows"), problem)


def _item_headers(data: dict[str, Any]) -> list[str]:
    """The headers of an item table: its key, the `column:` selectors and the lists' table headers."""
    found = [data["items"]["key"]]
    for rule in data["rules"]:
        found += [
            s.strip()[7:]
            for s in (rule.get("source"), *rule.get("sources", []))
            if s and s.strip().startswith("column:")
        ]
    for rule in data["lists"]:
        found += table_headers(rule) if rule.get("table") else []
    return found


def check_form(data: dict[str, Any]) -> None:
    """Reader options, selectors and list kinds fit the form's format; paths are unique."""
    errors: dict[Any, Any] = {}
    try:
        data["reader"] = READER_SCHEMAS[data["format"]]().load(data["reader"])
    except ValidationError as exc:
        errors["reader"] = exc.messages
    if data["recognise"].get("root") and data["format"] != "xml":
        _add(errors, ("recognise", "root"), "root is for xml forms only")
    if data["recognise"].get("title") and data["format"] != "pdf":
        _add(errors, ("recognise", "title"), "title is for pdf forms only (csv, xlsx: contains)")
    _check_items(data, errors)
    _check_selectors(data, errors)
    _check_paths(data, errors)
    if errors:
        raise ValidationError(errors)


def check_files(loaded: dict[str, Any], path: Path) -> list[str]:
    """Return a problem line for every file a config names that does not exist (xsd)."""
    problems = []
    # Also run on a file that loaded only in part: what failed is missing, or not of its type.
    forms = loaded.get("forms")
    for index, form in enumerate(forms if isinstance(forms, list) else []):
        reader = form.get("reader") if isinstance(form, dict) else None
        xsd = reader.get("xsd") if isinstance(reader, dict) else None
        if isinstance(xsd, str) and xsd and not (path.parent / xsd).is_file():
            problems.append(f"forms[{index}].reader.xsd: file not found: {xsd} (relative to {path.name})")
    return problems
