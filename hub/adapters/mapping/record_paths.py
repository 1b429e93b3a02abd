"""A canonical record's values by dotted path ("citizen.cpr"): set, creating the dicts on the way, and
read back (None where the record has none).

Apart from `form`, which maps a document into a record by its form's rules: a path is the canonical
contract's, read by whatever needs a record's value by name (`demo.localise` too).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


def set_path(record: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted canonical path ("citizen.cpr"), creating the dicts on the way."""
    parents, leaf = _steps(path)
    node = record
    for name in parents:
        node = node.setdefault(name, {})
    node[leaf] = value


# Cached: the paths are the configs' own, and every document sets each of its form's again.
@lru_cache(maxsize=4096)
def _steps(path: str) -> tuple[tuple[str, ...], str]:
    *parents, leaf = path.split(".")
    return tuple(parents), leaf


def get_path(record: dict[str, Any], path: str) -> Any:
    """Return the value at a dotted path, or None."""
    node: Any = record
    for name in path.split("."):
        if not isinstance(node, dict) or name not in node:
            return None
        node = node[name]
    return node
