"""Config checks that span several keys of a form: its reader options, selectors, list and item kinds fit
its format; the files it names exist.

Each check raises (or returns) marshmallow-shaped errors keyed like the file, so `config_schema` reports
them with the same key paths as any other error. The checks of one field, list or condition are in
`config_field_rules`, those of the form's paths against the canonical record in `config_paths`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from marshmallow import Schema, ValidationError, validate
from marshmallow import fields as mf

from hub.adapters.language.config_field_rules import add_error, check_stop, check_subtotals, table_headers
from hub.adapters.language.config_paths import check_paths
from hub.adapters.language.config_values import check_values
from hub.adapters.language.format_options import check_format_options
from hub.adapters.language.xml_prefix import namespaces_table
from hub.adapters.mapping import xmlpath_syntax
from hub.adapters.mapping.selector_check import check_selector

_LIST_KIND = {"pdf": "repeat", "xml": "rows", "csv": "table", "xlsx": "table"}
_ITEM_KIND = {"pdf": "repeat", "xml": "rows", "csv": "key", "xlsx": "key"}


class PdfReaderSchema(Schema):
    """A pdf form has no reader options."""


class CsvReaderSchema(Schema):
    # Latin-1 by either of its usual names; its bytes 0x80-0x9F are refused (`csv_latin1`).
    encoding = mf.String(
        validate=validate.OneOf(["auto", "utf-8", "utf-8-sig", "cp1252", "latin-1", "iso-8859-1"])
    )
    delimiter = mf.String(validate=validate.OneOf([";", ",", "\t", "|"]))


class XlsxReaderSchema(Schema):
    sheet = mf.String(validate=validate.Length(min=1))


class XmlReaderSchema(Schema):
    namespaces = namespaces_table(mf.String())
    xsd = mf.String(validate=validate.Length(min=1))


READER_SCHEMAS: dict[str, type[Schema]] = {
    "pdf": PdfReaderSchema,
    "csv": CsvReaderSchema,
    "xlsx": XlsxReaderSchema,
    "xml": XmlReaderSchema,
}


def _depth(selector: str, start: int | None) -> int | None:
    """How many elements deep an xml path ends, from an element `start` deep where it is relative; None
    where that is not known (not a path, or relative to an element of unknown depth)."""
    parsed = xmlpath_syntax.parse(selector)
    if parsed is None or (not parsed[0] and start is None):
        return None
    absolute, steps = parsed
    ups = sum(step.local == xmlpath_syntax.PARENT for step in steps)
    return (0 if absolute else (start or 0) - ups) + sum(
        not step.attribute and step.local != xmlpath_syntax.PARENT for step in steps
    )


def _past_root(selector: str, start: int | None) -> str | None:
    """Why a relative xml path read from an element `start` deep goes up past the root element, or None:
    a document of the form holds nothing there, and every one would be refused for it as missing."""
    parsed = xmlpath_syntax.parse(selector)
    if start is None or parsed is None or parsed[0]:
        return None
    ups = sum(step.local == xmlpath_syntax.PARENT for step in parsed[1])
    if ups < start:
        return None
    return f"{selector.strip()!r} goes up past the root element: it starts {start} elements deep"


def _check_selectors(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    fmt = data["format"]
    items = data.get("items") or {}
    inside = fmt == "xml" and "rows" in items  # relative xml paths read inside the item's element
    item_depth = _depth(items["rows"], None) if inside else None

    def up_from(selector: str, where: tuple[Any, ...], start: int | None) -> None:
        problem = _past_root(selector, start) if fmt == "xml" else None
        if problem:
            add_error(errors, where, problem)

    def check(selector: str, where: tuple[Any, ...], relative: bool = False) -> None:
        if "{i}" in selector and "repeat" not in items:
            add_error(errors, where, "{i} numbers the items of [forms.items] repeat; this form has none")
        if selector.strip().startswith("column:") and "key" not in items:
            add_error(errors, where, "column: reads an item's row of [forms.items] key; this form has none")
        problem = check_selector(selector.replace("{i}", "1").replace("{n}", "1"), fmt, relative=relative)
        if problem:
            add_error(errors, where, problem)

    for index, selector in enumerate(data["recognise"].get("selectors", [])):
        check(selector, ("recognise", "fields", index))
    for index, condition in enumerate(data.get("require", [])):
        check(condition["source"], ("require", index, "source"), relative=inside)
        up_from(condition["source"], ("require", index, "source"), item_depth)
    for index, rule in enumerate(data["rules"]):
        if "source" in rule:
            check(rule["source"], ("fields", index, "source"), relative=inside)
            up_from(rule["source"], ("fields", index, "source"), item_depth)
        for s_index, selector in enumerate(rule.get("sources", [])):
            check(selector, ("fields", index, "sources", s_index), relative=inside)
            up_from(selector, ("fields", index, "sources", s_index), item_depth)
    for index, rule in enumerate(data["lists"]):
        kind = _LIST_KIND[fmt]
        if kind not in rule:
            add_error(errors, ("lists", index), f"a {fmt} form lists its items with '{kind}'")
            continue
        row_depth = None
        if kind == "rows":
            problem = xmlpath_syntax.check(rule["rows"], rows=True, relative=inside)
            if problem:
                add_error(errors, ("lists", index, "rows"), problem)
            up_from(rule["rows"], ("lists", index, "rows"), item_depth)
            row_depth = _depth(rule["rows"], item_depth)
        for i_index, item in enumerate(rule["items"]):
            if "source" in item and kind != "table":
                at = ("lists", index, "fields", i_index, "source")
                check(item["source"], at, relative=kind == "rows")
                up_from(item["source"], at, row_depth)
            for s_index, selector in enumerate(item.get("sources", []) if kind != "table" else []):
                where = ("lists", index, "fields", i_index, "sources", s_index)
                check(selector, where, relative=kind == "rows")
                up_from(selector, where, row_depth)


def _check_items(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    items = data.get("items")
    if items is None:
        return
    kind = _ITEM_KIND[data["format"]]
    if kind in items and "subtotals" in items:
        check_subtotals(items, _item_headers(data), ("items",), errors)
    if kind not in items:
        add_error(errors, ("items",), f"a {data['format']} form names its items with '{kind}'")
    elif "stop" in items:
        check_stop(items["stop"], _item_headers(data), ("items", "stop"), errors)
    elif items.get("across"):
        for index, rule in enumerate(data["lists"]):
            if "table" in rule:  # an item a column has one cell a label: no rows of its own to list
                add_error(
                    errors, ("lists", index, "table"), "a table reads rows: an item of across = true has none"
                )
    elif kind == "rows":
        problem = xmlpath_syntax.check(items["rows"], rows=True)
        if problem:
            add_error(errors, ("items", "rows"), problem)
    if kind == "key" and not items.get("across"):
        for index, rule in enumerate(data["lists"]):
            if rule.get("across"):  # an item's rows are the item table's: no column of labels of its own
                message = "a list of an item table reads its item's rows: across needs a form without items"
                add_error(errors, ("lists", index, "across"), message)
            if "subtotals" in rule:  # an item's rows are the item table's, its lines of sums taken out there
                message = "a list of an item table reads its item's rows: give subtotals on [forms.items]"
                add_error(errors, ("lists", index, "subtotals"), message)
            if "stop" in rule:  # read nowhere (`list_rows` takes the item's rows): said, not ignored
                message = (
                    "a list of an item table reads its item's rows, which end where that table does:"
                    " give stop on [forms.items]"
                )
                add_error(errors, ("lists", index, "stop"), message)


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
        add_error(errors, ("recognise", "root"), "root is for xml forms only")
    if data["recognise"].get("title") and data["format"] != "pdf":
        add_error(errors, ("recognise", "title"), "title is for pdf forms only (csv, xlsx: contains)")
    _check_items(data, errors)
    _check_selectors(data, errors)
    check_format_options(data, errors)
    check_paths(data, errors)
    check_values(data, errors)
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
