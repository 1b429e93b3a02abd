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
# Looked for as a run of 19 zeros once every digit is made a zero (`bytes.translate`, one pass in C): the
# regular expression `\d{19}` tried each of a 5 KB extraction's positions in turn, and took longer than
# orjson's reading of it (three tenths of the instructions of reading a kept PDF form again, `hub
# reprocess`; decision 0030, "Stop 56: reprocess-64"). A JSON integer is ASCII digits; a run of another
# script's digits can only be inside a string, which both read alike.
_DIGITS_AS_ZERO = bytes(48 if 48 <= byte <= 57 else byte for byte in range(256))
_LONG_RUN = b"0" * 19


def _long_digits(text: str | bytes) -> bool:
    """Whether `text` holds 19 ASCII digits in a row."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    return len(data) >= 19 and _LONG_RUN in data.translate(_DIGITS_AS_ZERO)


def loads(text: str | bytes) -> Any:
    """JSON text as a value; an integer of any length read as that integer."""
    if _long_digits(text):
        return json.loads(text)
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)
