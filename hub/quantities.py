"""Hours as people read them, one way per language: `18,5` and `3 timer om ugen` in Danish, `18.5` and
`3 hours a week` in English.

Every page and every text for people (the payment report, the auditor's completeness messages) writes a
number of hours a week with `hours_a_week`: the pages had "3,00 t/uge" beside "3,0 timer om ugen". The
words are the seeds' ("tre mentortimer om ugen"); the number is the shortest that says it, as the company
page and the records write hours (a grant of 2,5 hours is not "2,50"). Tables of computed hours (granted,
delivered, claimable: pro-rated to øre-like precision) keep their two decimals in a column. The API,
CSV and JSON keep the canonical text (`"3.0"`).

Any other number a person reads in a sentence (a count, a limit, an amount in a message) is written by
`number_text`, with the same Babel patterns: thousands grouped from 1.000 on (`1.000`, `1.000.000` in Danish,
`1,000,000` in English; Babel's Danish and the pages' counts group four digits too), a decimal comma in
Danish. Values a person types back (a tree size in a command, a year, a week, an id) stay plain digits.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_decimal

# Canonical hours have at most four decimals (DESIGN: "0.25"); none is lost or padded.
_HOURS = "#,##0.####"
_ANY = "#,##0.###"  # with decimal_quantization=False: every decimal the value has, none padded
_A_WEEK = {"da": (("time", "timer"), "om ugen"), "en": (("hour", "hours"), "a week")}


def hours_number(value: Decimal, lang: str) -> str:
    """A number of hours in the language's digits, no trailing zeros: `1.234,5`, `3`, `0,25` in Danish."""
    return str(format_decimal(value, _HOURS, locale=_locale(lang)))


def _locale(lang: str) -> str:
    return "da" if lang == "da" else "en_GB"


def number_text(value: Decimal | int, lang: str) -> str:
    """A number for a sentence in the language's digits, every decimal it has and no trailing zeros:
    `1.000.000`, `99.999.999,99`, `168,25` in Danish; `1,000,000`, `168.25` in English."""
    if type(value) is int:  # a count (not a bool): the audit checks' "3 timesheets signed", every month
        return _count_text(value, lang)
    number = value.normalize() if isinstance(value, Decimal) else value
    return str(format_decimal(number, _ANY, locale=_locale(lang), decimal_quantization=False))


@lru_cache(maxsize=4096)
def _count_text(value: int, lang: str) -> str:
    # Kept: a pure function of the count, and Babel parses its pattern and finds its locale every call;
    # the dashboards' refresh counts the same few timesheets and reports in every month it checks.
    return str(format_decimal(value, _ANY, locale=_locale(lang), decimal_quantization=False))


def fixed_text(value: Decimal, lang: str, places: int = 2) -> str:
    """A computed amount in a column or a sum, always `places` decimals: `2.475,00` / `2,475.00`."""
    # Kept by the value's exact text (sign and exponent: "-0.00" is not "0.00", which are equal): the
    # dashboards' refresh writes the same few dozen hours into every gap's two texts, some 25 Babel
    # formats a form of a placement with a grant, about a third of its refresh (decision 0030, stop 48).
    return _fixed_text(str(value), lang, places)


@lru_cache(maxsize=4096)
def _fixed_text(value: str, lang: str, places: int) -> str:
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return str(format_decimal(Decimal(value), pattern, locale=_locale(lang)))


def hours_fixed_text(value: Decimal, lang: str) -> str:
    """Hours a line or a gap states, two decimals as `fixed_text` writes them (`3,00`), and every further
    decimal the value has: a timesheet's week may hold four (`0,8333`), and a figure shown rounded in
    silence would differ from the hours the sender wrote and the hub kept (fixes-132)."""
    return fixed_text(value, lang, hours_places(value))


def hours_figure(value: Decimal) -> str:
    """The same figure in the canonical text with a dot, for a file or the API: `3.00`, `0.8333`."""
    return f"{value:.{hours_places(value)}f}"


def hours_places(value: Decimal) -> int:
    """The decimals a stated figure of hours is written with: two, or every one the value has beyond."""
    exponent = value.normalize().as_tuple().exponent
    return max(2, -exponent) if isinstance(exponent, int) else 2


def hours_a_week(value: Decimal, lang: str) -> str:
    """`3 timer om ugen`, `1 time om ugen`, `2,5 timer om ugen`; `3 hours a week` in English."""
    (one, many), per = _A_WEEK["da" if lang == "da" else "en"]
    return f"{hours_number(value, lang)} {one if value == 1 else many} {per}"
