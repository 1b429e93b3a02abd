"""JSON for the database's JSON columns: orjson, where the standard library spent a few per cent of a
worker's time on the fifty small values each form writes (provenance, records, audit entries).

The standard library stays the judge at the edges: a value orjson will not write (an integer beyond 64
bits) or read (NaN, Infinity) goes through `json`, which writes or reads it as before, or fails as
before. orjson reads an integer beyond 64 bits without a word, as a float, rounded: text with a run of
19 digits or more is read by `json`, which keeps every digit (an account or case number must never come
back rounded). The text differs (no spaces, UTF-8 rather than escapes); the values read back are the same.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

_OPTIONS = orjson.OPT_NON_STR_KEYS  # {1: ...} is written {"1": ...}, as `json` writes it


def dumps(value: Any) -> str:
    """A value as JSON text."""
    try:
        return orjson.dumps(value, option=_OPTIONS).decode()
    except TypeError:
        return json.dumps(value)


# 19 digits in a row: the shortest integer orjson may round (-9223372036854775809, below 64 bits signed).
# Also found in a string or a float's digits, where `json` reads the same value as orjson, only slower.
_LONG_DIGITS = re.compile(r"\d{19}")
_LONG_DIGITS_BYTES = re.compile(rb"\d{19}")


def loads(text: str | bytes) -> Any:
    """JSON text as a value; an integer of any length read as that integer."""
    long = _LONG_DIGITS_BYTES.search(text) if isinstance(text, bytes) else _LONG_DIGITS.search(text)
    if long is not None:
        return json.loads(text)
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
