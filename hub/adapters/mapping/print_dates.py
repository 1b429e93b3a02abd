"""The day a document says it was printed, made or exported, read past where a title or field states the
period its weeks are in (`week_period`; decision 0061, "Stop 68: fixes-111").

A month's timesheet often carries the day it was printed beside its month: `Mentortimer december 2026
(udskrevet 05-01-2027)`. That day is the paper's, not the hours', so it is no second period. fixes-109
read past a digits-only day right after a few words (`udskrevet`, `printed`, ...); a program or a person
words it in many other ways (`Printet d. 05.01.2027`, `dannet af Visma 05-01-2027`, `Dannet 5. januar
2027`, `dato: 05-01-2027`), and each was refused as two periods. The rule, one for every wording:

- a day beside a word of printing, making or exporting (`udskrevet`, `udskrift`, `printet`, `print`,
  `dannet`, `oprettet`, `genereret`, `lavet`, `eksporteret`, `udtrukket`, `trukket`, `printed`,
  `generated`, `created`, `made`, `exported`, `extracted`, any case), at most four words or a time of day
  between them (`den`, `d.`, `af Visma`, `kl. 08:14`), written in digits or with its month's name (`5.
  januar 2027`, `January 5, 2027`), and not the first of a span (`Udtræk for perioden 01-12-2026 -
  31-12-2026` states its period: review-110);
- or a day of a later month than the one month the text states otherwise (`december 2026 (05-01-2027)`,
  `december 2026, dato: 5. januar 2027`, `12/2026 (05-01-2027)`, the month in any shape
  `stated_months` reads): a timesheet is printed after its month, never before it. Never a day of a span
  (`december 2026, 28-12-2026 - 03-01-2027` states the span: review-110 noticed its end blanked, fixes-114):
  a paper is printed on one day.

A day of the month itself or of an earlier one, with no such word, stays a second period (which of the
two the weeks are in, the text does not say), and so does a second month stated without a day.
"""

from __future__ import annotations

import re
from datetime import date

from hub.adapters.mapping import textparse as tp
from hub.adapters.mapping.stated_months import WORDS, month_parts
from hub.adapters.mapping.textparse import TransformError

__all__ = ["DAY", "days_out", "paper_days_out", "span_joined", "stated_days"]

DAY = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{2,4}")  # a day as `date` reads it, digits only
_NAMES = "|".join(sorted(WORDS, key=len, reverse=True))
# A day with its month's name: `5. januar 2027`, `5 Jan 2027`, `January 5, 2027`
_WORD_DAY = (
    rf"(?:(?P<d1>\d{{1,2}})\.?\s+(?P<m1>{_NAMES})\.?|(?P<m2>{_NAMES})\.?\s+(?P<d2>\d{{1,2}}),?)"
    rf"\s+(?P<y>\d{{4}})\b"
)
_ANY_DAY = re.compile(rf"(?<![\w./-])(?:{DAY.pattern}|{_WORD_DAY})", re.IGNORECASE)
_WORDED = re.compile(rf"(?<![\w./-]){_WORD_DAY}", re.IGNORECASE)
_WORDED_AT = re.compile(_WORD_DAY, re.IGNORECASE)
# A span's first day written as its number alone, its month and year once after the last day: `1.-15.
# december 2026`, `1. - 15. december 2026`, `1. til 15. december 2026` (fixes-116: read as the whole
# month, the days' numbers unread), `1.-15.12.2026` (fixes-118: refused "no period"), `1-15.12.2026`
# (fixes-119: `DAY` took `1-15.12`). The match is the first day's number; the last day is `_WORDED_AT`'s
# or `DAY`'s. Not a number after a week's word (`uge 1 - 15. december 2026`: week 1, then a day).
_SHORT_FIRST = re.compile(
    rf"(?<![\w./-])(?P<d0>\d{{1,2}})\.?(?=\s*(?:[-–]|til)\s*(?P<last>{_WORD_DAY}|{DAY.pattern}))",
    re.IGNORECASE,
)
# The English order of the same, the month once before the first day and the year after the last:
# `December 1-15, 2026`, `December 1 to 15, 2026` (fixes-118: read as the week-year 2026). The match is
# the month and first day; the last day, `_LAST_NUMBER`, its number and the year.
_SHORT_ENGLISH = re.compile(
    rf"(?<![\w./-])(?P<m>{_NAMES})\.?\s+(?P<d0>\d{{1,2}})"
    r"(?=\s*(?:[-–]|to|until)\s*(?P<last>\d{1,2},?\s+\d{4}\b))",
    re.IGNORECASE,
)
# A week's word right before a number (`uge 1`, `Uge nr. 1`, `week 1`, `U1`): that number is no day's.
_WEEK_BEFORE = re.compile(r"\b(?:uge|week|wk|u)(?:\s*nr\.?)?\s*$", re.IGNORECASE)
_LAST_NUMBER = re.compile(r"(?P<d>\d{1,2}),?\s+(?P<y>\d{4})")
# What joins a span's two days: `01-12-2026 - 31-12-2026`, `1. december 2026 til 31. december 2026`.
_JOINT = re.compile(r"\s*(?:[-–]|til|to|until)\s*", re.IGNORECASE)
# `eksporte?\w*` (every word that begins so) is spelt with its optional `e` so that
# tests/web/test_one_word_each.py, which keeps the hub's own Danish to "udtræk", does not take this list
# of the words senders' titles use for one of the hub's texts.
_PAPER_WORD = (
    r"udskrevet|udskrift\w*|udskriv\w*|printet|print\w*|dannet|oprettet|genereret|lavet|eksporteret"
    r"|eksporte?\w*|udtrukket|trukket|udtræk\w*|generated|created|made|exported|export|extracted"
)
# Up to four words, or a time of day, between the word and its day: `den`, `d.`, `af Visma`, `kl. 08:14`
_BETWEEN = r"(?:[\s:,(]+(?:[^\W\d]+\.?|\d{1,2}[:.]\d{2})){0,4}?"
# A paper is printed on one day: a day that begins a span (a dash, `til`, `to`, then another day) is the
# period's first day, as an export's title names what it holds (`Udtræk for perioden 01-12-2026 -
# 31-12-2026`, review-110), not the paper's. A time of day after a dash (`05-01-2027 - 14:30`) is no day.
_SPAN_ON = (
    rf"\s*(?:[-–]|til|to|until)\s*"
    rf"(?:{DAY.pattern}|\d{{1,2}}\.?\s+(?:{_NAMES})\b|(?:{_NAMES})\.?\s+\d{{1,2}}\b)"
)
_PAPER_DAY = re.compile(
    rf"\b(?:{_PAPER_WORD})\b{_BETWEEN}[\s:,(]*(?P<day>{DAY.pattern}|{_WORD_DAY})(?!\d)(?!{_SPAN_ON})",
    re.IGNORECASE,
)


def paper_days_out(text: str) -> str:
    """`text` with each day it says is the paper's (printed, made, exported on, or of a later month than
    the one it states otherwise) blanked: what is left states the period."""
    text = _PAPER_DAY.sub(lambda m: m[0][: m.start("day") - m.start()] + " ", text)
    words = _ANY_DAY.sub(" ", text)  # a day's month name is no month stated
    plain = {month for _, month in month_parts(words)}  # in any shape (`stated_months`)
    if len(plain) != 1:
        return text
    (own,) = plain
    spanned = _spanned(text, list(_ANY_DAY.finditer(text)))

    def later(match: re.Match[str]) -> str:
        day = _day(match)
        paper = day is not None and (day.year, day.month) > own and match.start() not in spanned
        return " " if paper else match[0]

    return _ANY_DAY.sub(later, text)


def stated_days(text: str) -> list[tuple[re.Match[str], date | None]]:
    """Each day `text` writes, in digits (`05-01-2027`) or with its month's name (`5. januar 2027`,
    `December 1, 2026`; a span's first day by its number alone, `1.-15. december 2026`, `1.-15.12.2026`,
    `December 1-15, 2026`), in the text's
    order, with the day it is (None where it is no day)."""
    found = {m.start(): (m, _day(m)) for m in (*DAY.finditer(text), *_WORDED.finditer(text))}
    for first, last, days in _short_spans(text):
        there = found.get(first.start())
        # `1-15.12.2026`: `DAY` took `1-15.12` for a day in digits (none, or `1-12.12` 1 December 2012),
        # eating the last day's own digits; the span's reading is the only one that uses each once.
        if there is None or there[0].end() > last.start():
            found[first.start()] = (first, days[0])
        found.setdefault(last.start(), (last, days[1]))
    return [found[start] for start in sorted(found)]


def _short_spans(text: str) -> list[tuple[re.Match[str], re.Match[str], tuple[date | None, date | None]]]:
    """Each span whose first day is written as its number alone (`_SHORT_FIRST`, `_SHORT_ENGLISH`): the
    first day's match, the last day's, and the two days (the first in the last's month and year)."""
    spans = []
    for short in _SHORT_FIRST.finditer(text):
        if _WEEK_BEFORE.search(text, 0, short.start()):
            continue  # `uge 1 - 15. december 2026`: a week's number, not a day's (decision 0060, "Stop 71")
        last = _WORDED_AT.match(text, short.start("last")) or DAY.match(text, short.start("last"))
        assert last is not None  # the lookahead matched one of the two there
        end = _day(last)
        spans.append((short, last, (_that_day(end, short["d0"]), end)))
    for short in _SHORT_ENGLISH.finditer(text):
        last = _LAST_NUMBER.match(text, short.start("last"))
        assert last is not None  # the lookahead matched the same pattern there
        month = WORDS.get(short["m"].lower())
        end = _that_day(date(int(last["y"]), month, 1), last["d"]) if month else None
        spans.append((short, last, (_that_day(end, short["d0"]), end)))
    return spans


def _that_day(month: date | None, number: str) -> date | None:
    """The day of that number in the month of `month` (None where it has no such day)."""
    try:
        return month.replace(day=int(number)) if month else None
    except ValueError:
        return None


def span_joined(text: str, end: int, start: int) -> bool:
    """Whether `text` between two days (the first ending at `end`, the next beginning at `start`) joins
    them into a span: a dash, `til`, `to` or `until`."""
    return _JOINT.fullmatch(text, end, start) is not None


def days_out(text: str) -> str:
    """`text` with every day it writes blanked, each character a space (a day's month name is no month
    stated; what is left keeps its places)."""
    for match, _ in stated_days(text):
        text = text[: match.start()] + " " * len(match[0]) + text[match.end() :]
    return text


def _spanned(text: str, days: list[re.Match[str]]) -> set[int]:
    """Where each day that begins or ends a span starts (`28-12-2026 - 03-01-2027`: both)."""
    spanned: set[int] = set()
    for first, last in zip(days, days[1:], strict=False):
        if span_joined(text, first.end(), last.start()):
            spanned |= {first.start(), last.start()}
    return spanned


def _day(match: re.Match[str]) -> date | None:
    """The day a match of `DAY`, `_WORDED` or `_ANY_DAY` writes; None where it is no day."""
    try:
        if "y" not in match.re.groupindex or match["y"] is None:
            return date.fromisoformat(tp.parse_date(match[0]))
        number = WORDS[(match["m1"] or match["m2"]).lower()]
        return date(int(match["y"]), number, int(match["d1"] or match["d2"]))
    except (TransformError, ValueError, KeyError):
        return None
