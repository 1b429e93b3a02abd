"""Writing canonical values the way Danish caseworkers type them: dates, decimal commas, split names.

Shared by every municipality simulator; the styles are the date dialects the adapters' `date` transform
reads back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hub.adapters.mapping.record_paths import get_path
from hub.schemas.records import OUTCOMES
from hub.schemas.vocabulary import OUTCOME_LABELS, SCORE_LABELS, SCORES

DATE_STYLES = ("dd.mm.yyyy", "dd-mm-yyyy", "d/m-yyyy", "dd.mm.yy")

Writer = Callable[[str], str]
Table = dict[str, tuple[str, Writer]]  # local field -> (canonical path, how it is written)

# The wording most case systems use; a simulator overrides the entries its municipality words otherwise.
BENEFIT_NAMES = {
    "kontanthjaelp": "Kontanthjælp",
    "uddannelseshjaelp": "Uddannelseshjælp",
    "sygedagpenge": "Sygedagpenge",
    "ledighedsydelse": "Ledighedsydelse",
    "ressourceforloebsydelse": "Ressourceforløbsydelse",
    "selvforsoergende": "Selvforsørgende",
    "unknown": "Ukendt",
}
OUTCOME_NAMES = OUTCOME_LABELS["da"]
SCORE_TITLES = SCORE_LABELS["da"]  # Fremmøde, Punktlighed, ...
# The score names in ASCII (æ -> ae, ø -> oe), as field, column and element names spell them.
SCORE_NAMES = dict(
    zip(SCORES, ("Fremmoede", "Punktlighed", "Samarbejde", "Opgaveloesning", "Selvstaendighed"), strict=True)
)
OUTCOME_CODES = {outcome: str(n) for n, outcome in enumerate(OUTCOMES, start=1)}  # afgangskoder 1-8


def da_date(iso: str, style: str = "dd.mm.yyyy") -> str:
    """Write an ISO date (`2026-08-03`) in one Danish style (`03.08.2026`, `3/8-2026`, `03.08.26`, ...)."""
    d = date.fromisoformat(iso)
    if style == "dd.mm.yyyy":
        return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"
    if style == "dd-mm-yyyy":
        return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"
    if style == "d/m-yyyy":
        return f"{d.day}/{d.month}-{d.year:04d}"
    if style == "dd.mm.yy":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    raise ValueError(f"unknown date style {style!r}; known: {', '.join(DATE_STYLES)}")


def dated(style: str) -> Writer:
    """A writer of ISO dates in one Danish style, for a `Table`."""
    if style not in DATE_STYLES:
        raise ValueError(f"unknown date style {style!r}; known: {', '.join(DATE_STYLES)}")
    return lambda iso: da_date(iso, style)


def week_number(iso_week: str) -> str:
    """Write an ISO week (`2026-W37`) as a caseworker does: `37/2026`."""
    year, week = iso_week.split("-W")
    return f"{int(week)}/{year}"


def week_words(iso_week: str) -> str:
    """Write an ISO week (`2026-W37`) in words: `uge 37 2026`."""
    year, week = iso_week.split("-W")
    return f"uge {int(week)} {year}"


def week_code(iso_week: str) -> str:
    """Write an ISO week (`2026-W37`) as a week code: `U37-2026`."""
    year, week = iso_week.split("-W")
    return f"U{int(week)}-{year}"


def da_decimal(value: str) -> str:
    """Write a canonical decimal (`18.5`, `3.0`, `275.00`) with a decimal comma, dropping a bare `,0`."""
    whole, _, frac = value.partition(".")
    if frac in ("", "0"):
        return whole
    return f"{whole},{frac}"


def split_name(name: str) -> tuple[str, str]:
    """Split a full name into (first names, last name) at the last space."""
    first, _, last = name.strip().rpartition(" ")
    return (first, last) if first else (last, "")


def first_names(name: str) -> str:
    """The first names of a full name."""
    return split_name(name)[0]


def last_name(name: str) -> str:
    """The last name of a full name."""
    return split_name(name)[1]


def cpr_dash(cpr: str) -> str:
    """Write a CPR number as `DDMMYY-SSSS`."""
    return f"{cpr[:6]}-{cpr[6:]}"


def cpr_space(cpr: str) -> str:
    """Write a CPR number as `DDMMYY SSSS`."""
    return f"{cpr[:6]} {cpr[6:]}"


def phone_spaced(e164: str) -> str:
    """Write a Danish E.164 phone (`+4533123456`) as a caseworker does: `33 12 34 56`."""
    digits = e164.removeprefix("+45")
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def phone_plain(e164: str) -> str:
    """Write a Danish E.164 phone without its country prefix: `33123456`."""
    return e164.removeprefix("+45")


def fill(record: dict[str, Any], table: Table, blank: bool = False) -> dict[str, str]:
    """Write each canonical value of `table` under its field; None is skipped, or left blank when `blank`."""
    local: dict[str, str] = {}
    for name, (path, write) in table.items():
        value = get_path(record, path)
        if value is not None:
            local[name] = write(str(value))
        elif blank:
            local[name] = ""
    return local


def tick(choice: Any, boxes: dict[str, Any]) -> dict[str, str]:
    """Tick the box of a group (field -> the value it stands for) whose value is `choice`; None ticks none."""
    if choice is not None and choice not in boxes.values():
        raise ValueError(f"no box stands for {choice!r}")
    return {name: "Yes" if value == choice else "Off" for name, value in boxes.items()}


def same(value: str) -> str:
    """Write a value as it is."""
    return value


def capitalised(value: str) -> str:
    """Write a word with a capital first letter (`Jobparat`)."""
    return value.capitalize()
