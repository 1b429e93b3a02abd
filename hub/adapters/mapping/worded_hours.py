"""Hours written with words on a timesheet: "1 t. 30 min.", "45 min", "1 time og 30 minutter".

The hours' unit alone ("3 t.", "2 timer") is `numberparse`'s; here a count of minutes, after whole hours
or alone, is read, since its words say exactly what it is: "1 t. 30 min." is 1.5 hours as "1:30" is, and
a mentor's hours are paid by the hour (275 kr × hours in the seeds), so the value must be exact, never
rounded. Any other words beside a number in an hours field are refused saying so, with how to write them:
"space inside a number" sent the caseworker looking for a stray space that was never the trouble.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal

from hub.adapters.mapping.textparse import TransformError
from hub.quoting import quoted, quoted_da

_GAP = "[ \u00a0]*"
# R's format() of a difftime writes its unit in English, plural even for one: "1 hours", "45 mins".
_HOUR_WORD = r"(?:t\.?|tim\.|timer?|hours?|h)"
_MINUTE_WORD = r"(?:min\.?|mins|minut|minutter|minutes?)"
# Whole hours and their word, then "og"/"and"/"," or nothing, then minutes and their word; or minutes alone.
_WORDED = re.compile(
    rf"(?:(?P<h>\d{{1,3}}){_GAP}{_HOUR_WORD}{_GAP}(?:(?:og|and|,){_GAP})?)?(?P<m>\d{{1,4}}){_GAP}{_MINUTE_WORD}",
    re.IGNORECASE,
)
# A part of an hour, then minutes too: "1,5 t 30 min", "1½ t 15 min". Is it 2 hours, or 1,5 with the
# minutes a slip? Not written, so refused, never added up (decision 0060, "Stop 60: suggest-70").
_PART_AND_MINUTES = re.compile(
    rf"(?:\d*[.,]\d+|\d*[½¼¾]){_GAP}{_HOUR_WORD}{_GAP}(?:(?:og|and|,){_GAP})?\d+{_GAP}{_MINUTE_WORD}",
    re.IGNORECASE,
)
# A letter (not the fraction signs, which `numberparse` reads): a word the number parsers never read.
_LETTER = re.compile(r"[^\W\d_½¼¾]")
_FIGURE = re.compile(r"[\d½¼¾]")


def inexact_minutes(text: str, minutes: int) -> TransformError:
    """The refusal of `minutes` (in all) that make no exact decimal hours ("1:20", "1 t. 20 min."), with
    advice the sender can follow: the two hours nearest it that a record holds (decision 0060, "Stop 73:
    fixes-128")."""
    return inexact_length(
        text,
        Decimal(minutes),
        "minutes that make no exact decimal hours",
        "minutter, der ikke giver et præcist antal timer",
    )


def inexact_length(text: str, minutes: Decimal, what_en: str, what_da: str) -> TransformError:
    """The refusal of a length of `minutes` in all (a part of a minute where seconds were written: 7:30:15
    is 450.25) that makes no exact decimal hours, `what_en`/`what_da` saying which unit did not fit, and
    the two hours either side that a record holds (fixes-132: seconds had the old advice only)."""
    # 1:20 is 1.333... hours: no decimal writes it, and a record's hours are decimals (DESIGN's canonical
    # schema), so reading it would round hours that are paid. "Write the hours with a decimal comma" could
    # not be followed for 50 minutes; a decimal of hours is exact in steps of 3 minutes (0.05 hours), so
    # the steps either side are named, and which one is owed is the sender's to say, never the hub's.
    # Seconds are exact in steps of 9, but a step of 3 minutes also fits the dashboards' two decimals.
    whole = int(minutes)
    below, above = whole - whole % 3, whole - whole % 3 + 3
    is_en = f"{_hours_shown(minutes, '.')}… hours"
    is_da = f"{_hours_shown(minutes, ',')}… timer"
    if below == 0:
        # Under 3 minutes the step below is none at all: "0,0 for 0 minutes" (review-132) is no hours to
        # write down; what a caseworker can act on is the one step there is, or that nothing is owed.
        steps_en = f"{_step(above)} for {above} minutes, or 0 if no time is owed"
        steps_da = f"{_step(above)} for {above} minutter, eller 0, hvis der ikke skyldes nogen tid"
    else:
        steps_en = f"{_step(below)} for {below} minutes or {_step(above)} for {above} minutes"
        steps_da = f"{_step(below)} for {below} minutter eller {_step(above)} for {above} minutter"
    return TransformError(
        f"{what_en}: {quoted(text)} is {is_en}, and paid hours are never"
        f" rounded (write the hours owed with a decimal comma, e.g. {steps_en})",
        f"{what_da}: {quoted_da(text)} er {is_da}, og betalte timer"
        f" rundes aldrig af (skriv de skyldige timer med decimalkomma, fx {steps_da})",
    )


def _hours_shown(minutes: Decimal, point: str) -> str:
    """The first four decimals of `minutes` in hours, cut, not rounded: 50 → "0.8333"."""
    cut = (minutes / 60).quantize(Decimal("0.0001"), rounding=ROUND_DOWN)
    return format(cut, "f").replace(".", point)


def _step(minutes: int) -> str:
    """Exact hours of a multiple of 3 minutes with a decimal comma, shortest: 48 → "0,8", 51 → "0,85"."""
    hours = (Decimal(minutes) / 60).normalize()
    return format(hours if hours % 1 else hours.quantize(Decimal("0.0")), "f").replace(".", ",")


def has_words(text: str) -> bool:
    """Whether the text holds a letter, so a reason about its spaces or digits would mislead."""
    return _LETTER.search(text) is not None


def read_worded(text: str, written: str) -> Decimal | None:
    """The hours in "1 t. 30 min." or "45 min" (exact: minutes that make no exact decimal are refused);
    None for text without words (`numberparse`'s); words without a figure ("fri", "halvanden time"), a
    part of an hour and minutes too ("1,5 t 30 min") and any
    other words beside a number are refused, saying how to write the hours. `text` is
    `written`, as the form wrote it, with a trailing hours' unit taken off; reasons quote `written`."""
    if not has_words(text):
        return None
    if not _FIGURE.search(text):
        # "fri", "syg", "halvanden time": the hub reads hours written in figures only. Number words
        # ("halvanden", "to en halv", "tre kvarter") are a grammar of their own; reading some of them
        # would make a rule no one could tell, so each is refused saying how to write it instead.
        raise TransformError(
            f"hours written in words only, with no figure: {quoted(written)}"
            " (write hours as a number, e.g. 1,5, as hours and minutes, e.g. '1 t. 30 min.',"
            " or 0 for a day without hours)",
            f"timer skrevet kun med ord, uden tal: {quoted_da(written)}"
            " (skriv timerne som et tal, fx 1,5, som timer og minutter, fx '1 t. 30 min.',"
            " eller 0 for en dag uden timer)",
        )
    match = _WORDED.fullmatch(text)
    if match is None and _PART_AND_MINUTES.fullmatch(text):
        raise TransformError(
            f"a part of an hour and minutes too: {quoted(written)}"
            " (write the hours as one number, e.g. 1,5, or as whole hours and minutes, e.g. '1 t. 30 min.')",
            f"en brøkdel af en time og minutter oveni: {quoted_da(written)}"
            " (skriv timerne som ét tal, fx 1,5, eller som hele timer og minutter, fx '1 t. 30 min.')",
        )
    if match is None:
        raise TransformError(
            f"hours written with words that are not read: {quoted(written)}"
            " (write hours as a number, e.g. 1,5, or as hours and minutes, e.g. '1 t. 30 min.')",
            f"timer skrevet med ord, der ikke læses: {quoted_da(written)}"
            " (skriv timerne som et tal, fx 1,5, eller som timer og minutter, fx '1 t. 30 min.')",
        )
    minutes = int(match["m"])
    if match["h"] is not None and minutes > 59:
        # "1 t. 75 min." is no way to write 2 t. 15 min.: a slip, and which figure is wrong is not written.
        raise TransformError(
            f"more than 59 minutes after the hours: {quoted(written)} (write hours as a number, e.g. 1,5)",
            f"mere end 59 minutter efter timerne: {quoted_da(written)} (skriv timerne som et tal, fx 1,5)",
        )
    if minutes % 3:
        raise inexact_minutes(written, int(match["h"] or 0) * 60 + minutes)
    return int(match["h"] or 0) + Decimal(minutes) / 60
