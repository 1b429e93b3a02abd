"""The path's names in words for the spec: which agreement, which municipality. Werkzeug's converter
gives flask-smorest only "a string" for `<agreement_id>` and `<municipality>`; a case system written from
the spec alone could not tell that the municipality is its code (or its adapter's name), nor where an
agreement's id comes from. Given on each route (`Blueprint.route(parameters=…)`), flask-smorest merges
them into the parameter it makes from the rule, by name."""

from __future__ import annotations

from typing import Any

AGREEMENT_ID: dict[str, Any] = {
    "in": "path",
    "name": "agreement_id",
    "required": True,
    "description": "The agreement's `id`, as `/api/agreements` lists it; one the caller's party is not "
    "part of is 404, as one that does not exist",
    "schema": {"type": "string", "minLength": 1, "example": "falck-hovedstaden"},
}

# Any text, as the route takes it (`Registry.code_of`): a code written otherwise is the hub's 404 naming
# it, not a spec validator's refusal before the call.
MUNICIPALITY: dict[str, Any] = {
    "in": "path",
    "name": "municipality",
    "required": True,
    "description": "The municipality: its code, `159` or `0159`, or its adapter's name (`gladsaxe`, "
    "`lyngby-taarbaek`; any case); one the caller is not staff or auditor of is 404, as one the hub has "
    "no adapter for",
    "schema": {"type": "string", "minLength": 1, "example": "159"},
}
