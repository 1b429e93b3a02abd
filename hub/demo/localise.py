"""Writing canonical values the way Danish caseworkers type them: dates, decimal commas, split names.

Shared by every municipality simulator; the styles are the date dialects the adapters' `date` transform
reads back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

DATE_STYLES = ("dd.mm.yyyy", "dd-mm-yyyy", "d/m-yyyy", "dd.mm.yy")


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


def at(record: dict[str, Any], path: str) -> Any:
    """The value at a dotted canonical path (`citizen.cpr`), or None when any part is missing."""
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def fill(record: dict[str, Any], table: dict[str, tuple[str, Callable[[str], str]]]) -> dict[str, str]:
    """Write each canonical value of `table` (field -> (path, formatter)) under its field; None is skipped."""
    local: dict[str, str] = {}
    for name, (path, write) in table.items():
        value = at(record, path)
        if value is not None:
            local[name] = write(str(value))
    return local


def tick(choice: Any, boxes: dict[str, Any]) -> dict[str, str]:
    """Tick the one box of a group (field -> the value it stands for) whose value is `choice`."""
    if choice not in boxes.values():
        raise ValueError(f"no box stands for {choice!r}")
    return {name: "Yes" if value == choice else "Off" for name, value in boxes.items()}


def same(value: str) -> str:
    """Write a value as it is."""
    return value
