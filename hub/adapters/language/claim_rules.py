"""`[claim]` checks that span several keys: what fits the format, the value names, the transforms' kinds.

The names a claim field may use as `source` are the fields of `hub.exports.claim_model` (read from its
type hints, so a value added there can be used at once), each with its kind: text, integer, decimal or
date, and whether it may be missing (an empty place has no CPR). Errors are marshmallow-shaped and keyed
like the file, so `config_schema` reports them with the same key paths as any other error.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import types
import typing
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from marshmallow import ValidationError

from hub.adapters.mapping.outbound import chain_kind
from hub.adapters.mapping.xmlpath_syntax import NAME
from hub.exports.claim_model import Claim, ClaimLine

_KIND_OF = {str: "text", int: "integer", Decimal: "decimal", date: "date"}
# A step of an XML target: an element `h:Navn` / `Navn`, or (last) an attribute `@nr` / `@h:nr`; each name
# as a form's selector names one (`Årsag` too: decision 0060, "Stop 64: lang-85").
_XML_STEP = re.compile(rf"(?P<attr>@)?(?:(?P<prefix>{NAME}):)?(?P<local>{NAME})")


def _kinds(cls: type) -> dict[str, tuple[str, bool]]:
    """Each field of a claim dataclass: (kind, may be missing)."""
    hints = typing.get_type_hints(cls)
    kinds: dict[str, tuple[str, bool]] = {}
    for item in dataclasses.fields(cls):
        hint = hints[item.name]
        args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        known = [a for a in args if a in _KIND_OF]
        if len(known) == 1:
            kinds[item.name] = (_KIND_OF[known[0]], type(None) in args)
    return kinds


# The claim's own values (`Claim.header()`), and each line's.
HEADER_VALUES: Mapping[str, tuple[str, bool]] = _kinds(Claim) | {
    "reference": ("text", False),
    "line_count": ("integer", False),
    "total_granted_hours": ("decimal", False),
    "total_delivered_hours": ("decimal", False),
    "total_claimable_hours": ("decimal", False),
    "total_amount_dkk": ("decimal", False),
}
LINE_VALUES: Mapping[str, tuple[str, bool]] = _kinds(ClaimLine)


def xml_steps(path: str) -> list[re.Match[str]] | None:
    """The steps of an XML target (`h:Periode/h:Fra`, `h:Linje/@nr`), or None when it is not one."""
    steps = [_XML_STEP.fullmatch(step) for step in path.split("/")]
    if not steps or any(s is None for s in steps) or any(s and s["attr"] for s in steps[:-1]):
        return None
    return [s for s in steps if s is not None]


def _add(errors: dict[Any, Any], keys: tuple[Any, ...], message: str) -> None:
    node = errors
    for key in keys[:-1]:
        node = node.setdefault(key, {})
    node.setdefault(keys[-1], []).append(message)


def _check_field(
    rule: dict[str, Any],
    names: Mapping[str, tuple[str, bool]],
    where: tuple[Any, ...],
    errors: dict[Any, Any],
) -> str:
    """One field's origin, source name and transforms; return the kind it writes."""
    origins = [k for k in ("source", "value") if k in rule]
    if len(origins) != 1:
        _add(errors, where, f"give exactly one of source, value (got {origins or 'none'})")
        return "text"
    if "value" in rule:
        if rule["transforms"]:
            _add(errors, (*where, "transforms"), "a constant value takes no transforms")
        return "text"
    source = rule["source"]
    if source not in names:
        close = difflib.get_close_matches(source, sorted(names), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        _add(errors, (*where, "source"), f"'{source}' is not a value of the claim{hint}")
        return "text"
    kind, nullable, problems = chain_kind(*names[source], rule["transforms"])
    for index, message in problems.items():
        _add(errors, (*where, "transforms", index), message)
    if nullable and not rule["optional"]:
        _add(
            errors,
            (*where, "source"),
            f"'{source}' is missing on some lines (a place that stood empty, a line without a place): "
            "give optional = true to leave it blank, or end the transforms with a default",
        )
    return kind


def _check_targets(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    """Targets fit the format: {n} only in pdf lines, XML paths well formed, nothing written twice."""
    fmt, namespaces = data["format"], data["writer"].get("namespaces", {})
    # The fields and the footer write into the same form, document or preamble; the lines into their own.
    header = [(("fields", i), r) for i, r in enumerate(data["rules"])]
    header += [(("footer", i), r) for i, r in enumerate(data["footer"])]
    if fmt == "csv":  # a csv footer is a row under the lines' columns, not preamble lines
        header = header[: len(data["rules"])]
    lines = [(("lines", "fields", i), r) for i, r in enumerate(data["lines"]["items"])]
    for in_lines, group in ((False, header), (True, lines)):
        seen: list[str] = []
        for keys, rule in group:
            target, where = rule["target"], (*keys, "target")
            if fmt == "pdf" and in_lines and "{n}" not in target:
                _add(errors, where, "a line's field name must contain {n}, the line's slot (1, 2, ...)")
            if "{n}" in target and not (fmt == "pdf" and in_lines):
                _add(errors, where, "{n} is for the fields of a pdf claim's lines only")
            if fmt == "xml":
                _check_xml_path(target, namespaces, where, errors)
                lines_path = data["lines"].get("path") or ""
                if not in_lines and (lines_path == target or lines_path.startswith(target + "/")):
                    _add(errors, where, f"'{target}' holds the lines ({lines_path}): it cannot hold text too")
                clash = [t for t in seen if t.startswith(target + "/") or target.startswith(t + "/")]
                if clash:
                    _add(
                        errors,
                        where,
                        f"'{target}' clashes with '{clash[0]}': an element holds text or others",
                    )
            if target in seen:
                _add(errors, where, f"'{target}' is written twice")
            seen.append(target)
    if fmt == "csv":
        columns = {rule["target"] for rule in data["lines"]["items"]}
        for index, rule in enumerate(data["footer"]):
            if rule["target"] not in columns:
                _add(errors, ("footer", index, "target"), f"'{rule['target']}' is not a column of the lines")
            if rule["target"] in [r["target"] for r in data["footer"][:index]]:
                _add(errors, ("footer", index, "target"), f"'{rule['target']}' is written twice")


def _check_xml_path(path: str, namespaces: Mapping[str, str], where: tuple[Any, ...], errors: Any) -> None:
    steps = xml_steps(path)
    if steps is None:
        _add(errors, where, f"not an element path: {path!r} (write h:Periode/h:Fra, or h:Linje/@nr)")
        return
    for step in steps:
        if step["prefix"] and step["prefix"] not in namespaces:
            _add(errors, where, f"prefix '{step['prefix']}' is not in writer.namespaces")


def check_claim(data: dict[str, Any]) -> None:
    """A `[claim]` fits its format: template, writer, lines, targets, value names and transform kinds."""
    errors: dict[Any, Any] = {}
    fmt, lines = data["format"], data["lines"]
    if fmt in ("pdf", "xml") and "template" not in data:
        what = "the PDF form to fill" if fmt == "pdf" else "the XSD the claim must satisfy"
        _add(errors, ("template",), f"missing (required): {what}")
    if fmt == "csv" and "template" in data:
        _add(
            errors, ("template",), "a csv claim has no template file: its layout is the writer and the fields"
        )
    wanted = {"pdf": "repeat", "xml": "path"}.get(fmt)
    for key in ("repeat", "path"):
        if key in lines and key != wanted:
            _add(errors, ("lines", key), f"not for a {fmt} claim")
    if wanted and wanted not in lines:
        _add(errors, ("lines", wanted), f"missing (required for a {fmt} claim)")
    if fmt == "xml":
        _check_xml_path(data["writer"]["root"], data["writer"]["namespaces"], ("writer", "root"), errors)
        if "path" in lines:
            _check_xml_path(lines["path"], data["writer"]["namespaces"], ("lines", "path"), errors)
            if "@" in lines["path"]:
                _add(errors, ("lines", "path"), "a line is an element, not an attribute")
    for index, rule in enumerate(data["rules"]):
        rule["kind"] = _check_field(rule, HEADER_VALUES, ("fields", index), errors)
    for index, rule in enumerate(data["footer"]):
        rule["kind"] = _check_field(rule, HEADER_VALUES, ("footer", index), errors)
    # A line may also write a value of the whole claim (its period, the municipality) on every line.
    for index, rule in enumerate(lines["items"]):
        rule["kind"] = _check_field(
            rule, {**HEADER_VALUES, **LINE_VALUES}, ("lines", "fields", index), errors
        )
    _check_targets(data, errors)
    if errors:
        raise ValidationError(errors)
