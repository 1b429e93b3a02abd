"""The transforms that combine several sources into one value (`join`, `checked`, `sum`, `last_day`,
`hours_minutes`), and `SourceError`, a problem of one of their sources, which the mapping says at that
source's own place (its cell, field or element) rather than the first source's. `transforms` names them
in its table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from hub.adapters.mapping import numberparse as num
from hub.adapters.mapping.checkbox_marks import read_mark, unknown_mark
from hub.adapters.mapping.durations import StartOrLengthError, last_day
from hub.adapters.mapping.placeholder import PLACEHOLDER, unfinished
from hub.adapters.mapping.source_words import sources_words
from hub.adapters.mapping.split_hours import PartError, hours_minutes
from hub.adapters.mapping.textparse import TransformError


def join_sources(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    """The sources' non-empty texts joined by the config's separator (a space unless it says another)."""
    separator = args.get("separator", " ")
    return separator.join(v.strip() for _, v in values if v and v.strip())


def checked_sources(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    """The value of the one box ticked among the sources, the default when none is; several are refused."""
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


def sum_sources(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
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


def last_day_sources(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    """A period's last day from its start (first source) and its length (second): see `durations`."""
    try:
        return last_day(values, args)
    except StartOrLengthError as exc:  # said at the start's or the length's own place
        raise SourceError(values[exc.index][0], exc.reason_en, exc.reason_da) from None


def hours_minutes_sources(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    """Hours from whole hours and whole minutes in two sources: see `split_hours`."""
    try:
        return hours_minutes(values, args)
    except PartError as exc:  # said at the hours' or the minutes' own place
        raise SourceError(values[exc.index][0], exc.reason_en, exc.reason_da) from None
