"""A value named as minutes and read by `hours` alone: a config refused, since it reads `90` as 90 hours.

A program that keeps a visit's length as a count of minutes writes it so, under a name that says so:
Solrød's mentor supplier's papaparse CSV, `varighed_min` `90` (decision 0060, "Stop 70: trial-117");
Ringsted's PHP export, "Minutter". `hours` reads a bare figure as hours, so a config written by hand
that gave that column `hours`, as its other hours columns have, loaded and read 135 hours of mentor
visits in a week without a word: wrong amounts, never a refusal. The language reads whole minutes by a
`regex` template before `hours` (`"{1} min"`, minutes in words), as `hub adapters suggest` drafts it, or
by `hours_minutes` beside a column of hours; this check says so where the config reads such a value by
`hours` first. A name that names hours too ("Timer og minutter", "Tid (t:min)") may hold `1:30`, which
`hours` reads right, and is left alone; only the name is looked at, never the document's figures.
"""

from __future__ import annotations

import re
from typing import Any

# Words naming minutes, and words naming hours, as whole words of a name (`varighed_min`, "Min.",
# "Varighed (minutter)"); letters only, so `_`, spaces, dots and brackets part them.
_MINUTES = frozenset({"min", "mins", "minut", "minutter", "minutes", "minute"})
_HOURS = frozenset({"t", "time", "timer", "h", "hour", "hours"})
_WORD = re.compile(r"[^\W\d_]+")
# A csv/xlsx selector's kind (a sheet's name before it), a count after its label, an XML prefix.
_KIND = re.compile(r"^(?:[^!]*!)?(?:column|label|next|below|under):")
_COUNT = re.compile(r"(?:#\d+|>\d+)+$")
_PREFIX = re.compile(r"^[A-Za-z_][\w.-]*:(?=\S)")
# Ready to paste into the config: the regex suggest drafts before hours (`suggest.minute_columns`).
MINUTES_REGEX = '{ name = "regex", pattern = "^\\\\s*(\\\\d+)\\\\s*$", template = "{1} min" }'


def names_minutes_only(selector: str) -> bool:
    """Whether the column, label or element a selector reads is named as minutes and not as hours:
    `column:varighed_min`, `label:Minutter`, `m:besoeg/m:minutter`, `@min`."""
    words = set(_WORD.findall(_name(selector).casefold()))
    return bool(words & _MINUTES) and not words & _HOURS


def _name(selector: str) -> str:
    """The name a selector reads by: a label's or column's text (its block's last label, without `#2` or
    `>2`), an XML path's last step without `@` and its namespace prefix, a table's header as it is."""
    kind = _KIND.match(selector)
    if kind is not None:
        return _COUNT.sub("", selector[kind.end() :]).rpartition(">")[2]
    if "/" in selector or selector.startswith("@") or _PREFIX.match(selector):
        return _PREFIX.sub("", selector.rpartition("/")[2].lstrip("@"))
    return selector


def minutes_as_hours(selector: str | None, data: dict[str, Any]) -> tuple[int, str] | None:
    """(0, why) where a value's first transform is `hours` and the one source it reads (`selector`, a
    list's column from its table or the field's `source`) is named as minutes alone; else None."""
    calls = data.get("transforms", [])
    if not selector or "sources" in data or not calls or calls[0].name != "hours":
        return None
    if not names_minutes_only(selector):
        return None
    return 0, (
        f"'{selector}' is named as minutes, but hours reads a figure as hours (90 would be 90 hours): read"
        f' whole minutes with a regex before hours, transforms = [{MINUTES_REGEX}, "hours"], or with'
        " hours_minutes beside a column of hours"
    )
