"""TOML text that parses whatever a document holds: basic strings, values and one-line comments.

Strings are written as TOML basic strings (JSON escapes are a subset of TOML's); comments are one line
with control characters removed and CPR numbers masked, since drafts end up pasted into tickets.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hub.adapters.suggest.fields import mask_cpr

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def q(text: str) -> str:
    """A TOML basic string."""
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates cannot be written
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def note(text: str, limit: int = 80, masked: bool = True) -> str:
    """Text safe for a one-line TOML comment, its CPR numbers masked (unless `masked` is False), shortened."""
    text = " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", mask_cpr(text) if masked else text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def value(item: Any) -> str:
    """A TOML value: a string, a list of strings or an inline table of strings."""
    if isinstance(item, dict):
        pairs = (f"{k if _BARE_KEY.fullmatch(k) else q(k)} = {value(v)}" for k, v in item.items())
        return "{ " + ", ".join(pairs) + " }"
    if isinstance(item, list):
        return "[" + ", ".join(value(v) for v in item) + "]"
    if isinstance(item, bool):  # an option's switch (`left_out_is_empty = true`)
        return "true" if item else "false"
    return q(str(item))
