"""Config checks of a form's paths: each names a field of its form type's canonical record, none is set
twice or inside another, a `compute` names a list key of the form; and which required fields a form
leaves unfilled (`unfilled`, said by `hub adapters check`).

Apart from `config_rules` because these read the canonical schemas, not the form's format; the services
that resolve a participant id read `REFERENCE` from here.
"""

from __future__ import annotations

import difflib
from typing import Any

from hub.adapters.language.config_field_rules import add_error
from hub.schemas.records import canonical_fields

__all__ = ["REFERENCE", "check_paths", "unfilled"]

_RESERVED = {"form_type", "schema_version", "municipality_code"}
# A record may name its placement by the participant id the hub gave it (the company's one form does),
# instead of by CPR and P-number; the hub resolves it before the record is validated.
REFERENCE = "participant_id"
_REFERS_TO = {"citizen.cpr", "site.p_number"}


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
                add_error(
                    errors, where, f"'{rule['path']}' is not a field of a {data['form_type']} record{hint}"
                )


def unfilled(form_type: str, paths: set[str]) -> list[str]:
    """The required fields of a form type's record that none of `paths` (fields and lists) fills.

    Not an error when loading (a config may be written a form at a time), but every document of such a
    form would be rejected, so `hub adapters check` says so."""
    known = canonical_fields(form_type)
    filled = paths | {p for p in known if p.rpartition(".")[0] in paths}  # a list fills its items
    if REFERENCE in paths:
        filled |= _REFERS_TO
    return [p for p, required in known.items() if required and p not in filled]


def check_paths(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    """Each path a canonical field, none set by the hub, twice or inside another; a compute a list's key."""
    _check_canonical(data, errors)
    taken: dict[str, tuple[Any, ...]] = {}
    entries = [(r["path"], ("fields", i, "path")) for i, r in enumerate(data["rules"])]
    entries += [(rule["path"], ("lists", i, "path")) for i, rule in enumerate(data["lists"])]
    for path, where in entries:
        if path in _RESERVED:
            add_error(errors, where, f"'{path}' is set by the hub, not by a config")
        clash = [p for p in taken if p == path or p.startswith(path + ".") or path.startswith(p + ".")]
        if clash:
            add_error(errors, where, f"'{path}' clashes with '{clash[0]}'")
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
            add_error(
                errors, ("fields", index, "compute"), f"no list '{list_path}' with key '{key}' in this form"
            )
