"""The values a claim's outbound transforms take and give, and what a transform and its use are.

A claim holds `date`, `Decimal`, `int`, `str`, a `Ticked` box or None (`OutValue`); an `OutTransform`
declares the kinds it takes and gives (`KINDS`), and an `OutCall` is one use of it in a config.
`as_text` writes a value no transform wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from marshmallow import Schema, ValidationError

# The kinds of value a claim holds and a transform takes or gives ("tick" is a box ticked or not).
KINDS = ("text", "integer", "decimal", "date", "tick")


@dataclass(frozen=True)
class Ticked:
    """A box ticked or not, with the text it is written as where the template has no checkbox."""

    on: bool
    yes: str = "X"
    no: str = ""

    def text(self) -> str:
        """The mark as text: `yes` when ticked, else `no`."""
        return self.yes if self.on else self.no


OutValue = str | int | Decimal | date | Ticked | None


@dataclass(frozen=True)
class OutTransform:
    """A named outbound transform: `func(value, args)`, with the kinds it takes and the kind it gives."""

    name: str
    func: Callable[[Any, Mapping[str, Any]], Any]
    takes: frozenset[str]
    gives: str | None  # None: the kind it was given
    args_schema: type[Schema] | None = None
    takes_none: bool = False  # runs on a missing value (an empty place's CPR) instead of skipping it

    def validate_args(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the arguments validated by this transform's schema (unknown keys are errors)."""
        if self.args_schema is None:
            if args:
                raise ValidationError({k: ["this transform takes no arguments"] for k in args})
            return {}
        loaded: dict[str, Any] = self.args_schema().load(dict(args))
        return loaded


@dataclass(frozen=True)
class OutCall:
    """One use of an outbound transform in a config: its name and validated arguments."""

    name: str
    args: Mapping[str, Any] = field(default_factory=dict)


def as_text(value: OutValue) -> str:
    """A value as text where no transform wrote it: ISO dates, decimals with a dot, a tick's mark."""
    if value is None:
        return ""
    if isinstance(value, Ticked):
        return value.text()
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
