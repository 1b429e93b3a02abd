"""`hub adapters suggest`: a date typed in three fields, day, month and year (`Første dag (dd mm åååå)`
over `[02] [03] [2026]`), drafted as one date (decision 0060, "Seventh trial").

Each field alone is "no date" (`02`), and the draft left three TODOs where the config language joins
them as it joins a CPR number's halves: `sources = [day, month, year]`, `join` with `-`, then `date`.
"""

from __future__ import annotations

import re

from hub.adapters.suggest.fields import FieldSuggestion

_NO_DATE = re.compile(r"looks like (?P<path>[\w.]+), but the value is no date")
_DAY, _MONTH, _YEAR = (
    re.compile(r"0?[1-9]|[12]\d|3[01]"),
    re.compile(r"0?[1-9]|1[0-2]"),
    re.compile(r"(19|20)\d\d"),
)


def dates_in_parts(fields: list[FieldSuggestion], taken: dict[str, FieldSuggestion]) -> list[FieldSuggestion]:
    """`fields` with each run of three TODOs that look like one date path, in the order day, month, year
    by their values, made one drafted date of that path (where no field has it yet)."""
    out: list[FieldSuggestion] = []
    at = 0
    while at < len(fields):
        run = fields[at : at + 3]
        path = _date_path(run)
        if path is not None and path not in taken:
            seen = "-".join((f.seen or "").strip() for f in run)
            joined = FieldSuggestion(
                path,
                [f.selectors[0] for f in run],
                ["join", "date"],
                where=run[0].where,
                seen=seen,
                note="a date in three fields (day, month, year), joined",
                args={"separator": "-"},
            )
            taken[path] = joined
            out.append(joined)
            at += 3
            continue
        out.append(fields[at])
        at += 1
    return out


def _date_path(run: list[FieldSuggestion]) -> str | None:
    """The date path three TODOs share, when their values are a day, a month and a year in that order."""
    if len(run) != 3 or any(f.path is not None or len(f.selectors) != 1 for f in run):
        return None
    paths = {m["path"] for f in run if (m := _NO_DATE.fullmatch(f.note))}
    values = [(f.seen or "").strip() for f in run]
    if len(paths) != 1 or len([f for f in run if _NO_DATE.fullmatch(f.note)]) != 3:
        return None
    shapes = (_DAY, _MONTH, _YEAR)
    return paths.pop() if all(p.fullmatch(v) for p, v in zip(shapes, values, strict=True)) else None
