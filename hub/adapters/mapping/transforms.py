"""Value transforms of the config language: small pure functions, found by name.

A transform takes text (or, when it `combines`, the values of several sources) and its arguments, and
returns text in a canonical format or raises `TransformError` with the reason in English and Danish.
The registry is built explicitly from a tuple, so a duplicate name fails when it is built, not later.
The text parsers live in `hub.adapters.mapping.textparse` (dates, weeks), `numberparse` (numbers) and
`phoneparse`, the checkbox marks in `checkbox_marks`, the argument schemas in `transform_args` and what a
transform is in `transform_types`; this module holds the transforms' functions and the table of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from hub.adapters.mapping import numberparse as num
from hub.adapters.mapping import textparse as tp
from hub.adapters.mapping.checkbox_marks import config_norm, read_mark, unknown_mark, value_norm
from hub.adapters.mapping.durations import StartOrLengthError, last_day
from hub.adapters.mapping.epoch_dates import DENMARK_ZONE, parse_epoch_date
from hub.adapters.mapping.phoneparse import parse_phone
from hub.adapters.mapping.placeholder import PLACEHOLDER, unfinished
from hub.adapters.mapping.source_words import sources_words
from hub.adapters.mapping.split_hours import PartError, hours_minutes
from hub.adapters.mapping.squash_dates import parse_squash_date
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transform_args import (
    PLACE,
    CheckedArgs,
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
from hub.adapters.mapping.week_period import week_within
from hub.quoting import quoted, quoted_da

__all__ = [
    "TRANSFORMS",
    "SourceError",
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


def _join(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    separator = args.get("separator", " ")
    return separator.join(v.strip() for _, v in values if v and v.strip())


def _checked(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    ticked = []
    for selector, v in values:
        mark = read_mark(v)
        if mark is None:
            raise unknown_mark(v or "", selector)
        if mark:
            ticked.append(selector)
    if len(ticked) > 1:
        # Several ticked boxes is a contradiction on the form: never resolved by a default (never guessed).
        names = sources_words(ticked)  # the boxes' names or the words beside them, not `label:`
        raise TransformError(f"several boxes checked: {names}", f"flere felter afkrydset: {names}")
    if not ticked:
        return str(args.get("default", ""))
    if args["values"][ticked[0]] == PLACEHOLDER:
        raise SourceError(ticked[0], *unfinished(sources_words(ticked)), config_unfinished=True)  # at the box
    return str(args["values"][ticked[0]])


class SourceError(TransformError):
    """A combining transform's problem with one of its sources: the mapping names that source and its
    place (its cell, field or element), not the first source's."""

    def __init__(
        self, selector: str, reason_en: str, reason_da: str, config_unfinished: bool = False
    ) -> None:
        super().__init__(reason_en, reason_da, config_unfinished)
        self.selector = selector


def _sum(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    """Add up hours of several sources (a week's weekday columns) into canonical hours."""
    total = Decimal(0)
    for selector, v in values:
        text = (v or "").strip()
        if not text:
            if args.get("empty_is_zero"):
                continue
            raise SourceError(
                selector, "no hours written (write 0 for none)", "ingen timer skrevet (skriv 0 for ingen)"
            )
        try:
            total += Decimal(num.parse_hours(text))
        except TransformError as exc:
            raise SourceError(selector, exc.reason_en, exc.reason_da) from None
    return num.format_hours(total)


def _last_day(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    """A period's last day from its start (first source) and its length (second): see `durations`."""
    try:
        return last_day(values, args)
    except StartOrLengthError as exc:  # said at the start's or the length's own place
        raise SourceError(values[exc.index][0], exc.reason_en, exc.reason_da) from None


def _hours_minutes(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    """Hours from whole hours and whole minutes in two sources: see `split_hours`."""
    try:
        return hours_minutes(values, args)
    except PartError as exc:  # said at the hours' or the minutes' own place
        raise SourceError(values[exc.index][0], exc.reason_en, exc.reason_da) from None


def _week(text: str, args: Mapping[str, Any]) -> str:
    """An ISO week; written without its year, within the period the document states (`within`, set by
    `lists` from the config's `period` where the list is read: `week_period`)."""
    if "within" in args:
        return week_within(text, str(args["within"]))
    return tp.parse_week(text)


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
            _text(tp.parse_date),
            reads="dd-mm-yyyy, dd.mm.yyyy, d/m-yyyy, yyyy-mm-dd, 3. august 2026",
        ),
        Transform("epoch_date", _epoch_date, EpochArgs),
        Transform("squash_date", _squash_date, EpochArgs),
        Transform("week", _week, WeekArgs),
        Transform("hours", _text(num.parse_hours)),
        Transform("money", _text(num.parse_money)),
        Transform("integer", _text(num.parse_integer), result=int),
        Transform("phone", _text(parse_phone)),
        Transform("join", _join, JoinArgs, combines=True),
        Transform("map", _map, MapArgs),
        Transform("checked", _checked, CheckedArgs, combines=True),
        Transform("sum", _sum, SumArgs, combines=True),
        Transform("last_day", _last_day, LastDayArgs, combines=True),
        Transform("hours_minutes", _hours_minutes, HoursMinutesArgs, combines=True),
        Transform("regex", _regex, RegexArgs),
        Transform("default", _default, DefaultArgs),
    )
)
