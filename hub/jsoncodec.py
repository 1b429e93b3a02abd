"""JSON for the database's JSON columns: orjson, where the standard library spent a few per cent of a
worker's time on the fifty small values each form writes (provenance, records, audit entries).

The standard library stays the judge at the edges: a value orjson will not write (an integer beyond 64
bits) or read (NaN, Infinity) goes through `json`, which writes or reads it as before, or fails as
before. The text differs (no spaces, UTF-8 rather than escapes); the values read back are the same.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

_OPTIONS = orjson.OPT_NON_STR_KEYS  # {1: ...} is written {"1": ...}, as `json` writes it


def dumps(value: Any) -> str:
    """A value as JSON text."""
    try:
        return orjson.dumps(value, option=_OPTIONS).decode()
    except TypeError:
        return json.dumps(value)


def loads(text: str | bytes) -> Any:
    """JSON text as a value."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
