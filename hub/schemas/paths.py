"""A canonical record's leaves by path, in the notation provenance uses: `citizen.cpr`, `entries[0].hours`."""

from __future__ import annotations

import re
from typing import Any

# A list index in marshmallow's notation: the `.0` of `entries.0.hours`.
_DOTTED_INDEX = re.compile(r"\.(\d+)(?=\.|$)")


def bracketed(path: str) -> str:
    """A path in provenance's notation: `entries.0.hours` → `entries[0].hours` (one already so is kept).
    Every rejection names a field one way, whether a transform or the schema found the problem."""
    return _DOTTED_INDEX.sub(r"[\1]", path)


def leaves(data: Any, prefix: str = "") -> dict[str, Any]:
    """Every leaf of a nested record by its path, in the record's order."""
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, value in data.items():
            out.update(leaves(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(data, list):
        out = {}
        for i, value in enumerate(data):
            out.update(leaves(value, f"{prefix}[{i}]"))
        return out
    return {prefix: data}


def differences(before: Any, after: Any) -> list[tuple[str, Any, Any]]:
    """(path, before, after) for every leaf that differs; a leaf missing on one side is None there."""
    old, new = leaves(before or {}), leaves(after or {})
    return [(k, old.get(k), new.get(k)) for k in sorted(old.keys() | new.keys()) if old.get(k) != new.get(k)]
