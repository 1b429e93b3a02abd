"""Value transforms of the config language: small pure functions, found by name.

A transform takes text (or, when it `combines`, the values of several sources) and its arguments, and
returns text in a canonical format or raises `TransformError` with the reason in English and Danish.
The registry is built explicitly from a tuple, so a duplicate name fails when it is built, not later.
The text parsers live in `hub.adapters.mapping.textparse` (dates, weeks), `numberparse` (numbers) and
`phoneparse`, the checkbox marks in `checkbox_marks`, the transforms that combine sources in
`combining_transforms`, the argument schemas in `transform_args` and what a transform is in
`transform_types`; this module holds the one-value transforms' functions and the table of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from hub.adapters.mapping import numberparse as num
from hub.adapters.mapping import textparse as tp
from hub.adapters.mapping.checkbox_marks import config_norm, value_norm
from hub.adapters.mapping.combining_transforms import (
    checked_sources,
    hours_minutes_sources,
    join_sources,
    last_day_sources,
    sum_sources,
)
from hub.adapters.mapping.date_period import date_within
from hub.adapters.mapping.epoch_dates import DENMARK_ZONE, parse_epoch_date
from hub.adapters.mapping.phoneparse import parse_phone
from hub.adapters.mapping.placeholder import PLACEHOLDER, unfinished
from hub.adapters.mapping.squash_dates import parse_squash_date
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transform_args import (
    PLACE,
    CheckedArgs,
    DateArgs,
    DefaultArgs,
    EpochArgs,
    HoursMinutesArgs,
    JoinArgs,
    LastDayArgs,
    MapArgs,
    RegexArgs,
    SumArgs,
    WeekArgs,
)
from hub.adapters.mapping.transform_types import Transform, build_registry
from hub.adapters.mapping.utc_instants import as_utc
from hub.adapters.mapping.week_period import week_within
from hub.quoting import quoted, quoted_da

__all__ = [
    "TRANSFORMS",
    "TransformError",
]

# ---- the transforms ----------------------------------------------------------------------------------


def _map(text: str, args: Mapping[str, Any]) -> str:
    wanted = value_norm(text)
    for key, target in args["values"].items():
        if config_norm(key) == wanted:
            if target == PLACEHOLDER:
                raise TransformError(*unfinished(text), config_unfinished=True)
            return str(target)
    if "default" in args:
        return str(args["default"])
    known = ", ".join(repr(k) for k in args["values"])
    raise TransformError(
        f"no mapping for {quoted(text)} (known: {known})", f"ukendt værdi {quoted_da(text)} (kendte: {known})"
    )


def _regex(text: str, args: Mapping[str, Any]) -> str:
    compiled = re.compile(args["pattern"])
    match = compiled.search(text)
    if match is None:
        # Said in the sender's words, never the pattern (decision 0064, "Stop 47"): what the config says
        # is expected, in the form's own words, or that the value is not written the way it is read.
        if "expected" in args:
            raise TransformError(
                f"{quoted(text)} is not what this value must be: {args['expected']}",
                f"{quoted_da(text)} er ikke, hvad værdien skal være: {args['expected']}",
            )
        raise TransformError(
            f"{quoted(text)} is not written the way this value is read",
            f"{quoted_da(text)} er ikke skrevet, som værdien læses",
        )
    if "template" in args:
        return PLACE.sub(
            lambda m: match.group(int(m[1]) if m[1].isdigit() else m[1]) or "", args["template"]
        ).strip()
    group = args.get("group", 1 if compiled.groups else 0)
    return (match.group(group) or "").strip()


def _default(text: str, args: Mapping[str, Any]) -> str:
    # Only reached for a non-empty value: the mapping applies `default` itself when the value is empty.
    return text


def _week(text: str, args: Mapping[str, Any]) -> str:
    """An ISO week; written without its year, within the period the document states (`within`, set by
    `lists` from the config's `period` where the list is read: `week_period`)."""
    if "within" in args:
        return week_within(text, str(args["within"]))
    return tp.parse_week(text)


def _date(text: str, args: Mapping[str, Any]) -> str:
    """A day; in a list, within the period the document states (`within`, set by `lists` from the
    config's `period` where the list is read: `date_period`); a date-time with no zone read as UTC's where
    the config says the writer wrote UTC instants (`written_in_utc`: `utc_instants`)."""
    written = text
    if args.get("written_in_utc") and (text := as_utc(written)) != written:
        try:
            tp.parse_date(text)
        except TransformError:  # refused as the sender wrote it, not with the `Z` put after it (review-132)
            tp.parse_date(written)
            raise
    if "within" in args:
        return date_within(text, str(args["within"]), written=written)
    return tp.parse_date(text)


def _epoch_date(text: str, args: Mapping[str, Any]) -> str:
    """A day from a count of seconds or milliseconds since 1970, in the config's zone: see `epoch_dates`."""
    return parse_epoch_date(text, str(args.get("zone", DENMARK_ZONE)))


def _squash_date(text: str, args: Mapping[str, Any]) -> str:
    """A day from a moment as data.table's squash writes it (UTC), in the config's zone: `squash_dates`."""
    return parse_squash_date(text, str(args.get("zone", DENMARK_ZONE)))


def _text(func: Callable[[str], str]) -> Callable[[str, Mapping[str, Any]], str]:
    def apply(text: str, args: Mapping[str, Any]) -> str:
        return func(text)

    apply.__name__ = func.__name__
    return apply


TRANSFORMS: Mapping[str, Transform] = build_registry(
    (
        Transform("digits", _text(tp.digits)),
        Transform("upper", _text(str.upper)),
        Transform("lower", _text(str.lower)),
        Transform(
            "date",
            _date,
            DateArgs,
            reads="dd-mm-yyyy, dd.mm.yyyy, d/m-yyyy, yyyy-mm-dd, 3. august 2026",
        ),
        Transform("epoch_date", _epoch_date, EpochArgs),
        Transform("squash_date", _squash_date, EpochArgs),
        Transform("week", _week, WeekArgs),
        Transform("hours", _text(num.parse_hours)),
        Transform("money", _text(num.parse_money)),
        Transform("integer", _text(num.parse_integer), result=int),
        Transform("phone", _text(parse_phone)),
        Transform("join", join_sources, JoinArgs, combines=True),
        Transform("map", _map, MapArgs),
        Transform("checked", checked_sources, CheckedArgs, combines=True),
        Transform("sum", sum_sources, SumArgs, combines=True),
        Transform("last_day", last_day_sources, LastDayArgs, combines=True),
        Transform("hours_minutes", hours_minutes_sources, HoursMinutesArgs, combines=True),
        Transform("regex", _regex, RegexArgs),
        Transform("default", _default, DefaultArgs),
    )
)
