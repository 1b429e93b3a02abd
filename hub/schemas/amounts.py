"""Marshmallow field types for the amounts a record holds: hours and Danish kroner.

Each loads to the canonical string form of DESIGN.md ("18.5", "275.00") from a decimal written with a dot;
floats are refused, as they are not exact.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from marshmallow import ValidationError, fields

from hub.quoting import quoted
from hub.schemas.edges import strip_edges

MAX_WEEK_HOURS = Decimal(168)
_DECIMAL_TEXT = re.compile(r"[0-9]{1,9}(\.[0-9]{1,4})?")
_TOO_MANY_DIGITS = re.compile(r"[0-9]{10,}(\.[0-9]+)?")


def _decimal(value: Any, what: str) -> Decimal:
    """Parse a non-negative decimal with a dot; floats are refused because they are not exact."""
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise ValidationError(f'{what} must be a decimal string with a dot, e.g. "18.5"')
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValidationError(f"{what} must be a finite number")
    text = strip_edges(value) if isinstance(value, str) else str(value)
    if text.startswith("-"):
        raise ValidationError(f"{what} must not be negative")
    if "," in text:
        raise ValidationError(f"{what} must use a dot as decimal separator, not a comma")
    if _TOO_MANY_DIGITS.fullmatch(text):  # not its decimals: "at most 4 decimals" misled (stop 64)
        raise ValidationError(f"{what} has more than 9 digits before the decimal point: {quoted(text)}")
    if not _DECIMAL_TEXT.fullmatch(text):
        raise ValidationError(f"{what} is not a decimal number with at most 4 decimals: {quoted(text)}")
    try:
        return Decimal(text)
    except InvalidOperation as error:  # unreachable after the regex, kept as a guard
        raise ValidationError(f"{what} is not a number: {quoted(text)}") from error


def format_hours(amount: Decimal) -> str:
    """Shortest decimal string with at least one decimal: 12 -> "12.0", 0.250 -> "0.25"."""
    text = format(amount.normalize(), "f")
    return text if "." in text else f"{text}.0"


def said_hours(amount: Decimal) -> str:
    """Hours as a refusal says them, in either language: `300`, `168`, `12.5`, not the record's `300.0`
    (fixes-109: the English said "hours 300.0 exceed the 168.0 hours" where the Danish said "300"). No
    thousands separator: the Danish wording (`message_wordings`) reads the figure back as a number."""
    return format(amount.normalize(), "f")


class Hours(fields.String):
    """Hours as the shortest decimal string with at least one decimal; 0 to `max_hours`; at most
    `decimals` decimals where the value goes to a column of that scale (None: the text's 4)."""

    def __init__(
        self, *, max_hours: Decimal | None = MAX_WEEK_HOURS, decimals: int | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.max_hours = max_hours
        self.decimals = decimals

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        amount = _decimal(value, "hours")
        if self.max_hours is not None and amount > self.max_hours:
            # Every bounded hours field is hours of one week (a timesheet's week, a grant's hours a week):
            # the bound is the week's own hours, and the message says so (decision 0066).
            raise ValidationError(
                f"hours {said_hours(amount)} exceed the {said_hours(self.max_hours)} hours of a week"
            )
        # A column of scale 2 would round a third decimal, and SQLite and PostgreSQL round differently.
        if self.decimals is not None and amount != amount.quantize(Decimal(1).scaleb(-self.decimals)):
            raise ValidationError(f"hours have more than {self.decimals} decimals: {said_hours(amount)}")
        return format_hours(amount)


class Money(fields.String):
    """Danish kroner with exactly two decimals ("275.00"); non-negative; no fractions of an øre; at most
    `max_amount` where the value goes to a column that holds no more."""

    def __init__(self, *, max_amount: Decimal | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_amount = max_amount

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        amount = _decimal(value, "amount")
        if amount != amount.quantize(Decimal("0.01")):
            raise ValidationError(f"amount has more than two decimals: {value}")
        if self.max_amount is not None and amount > self.max_amount:
            raise ValidationError(f"amount {amount:.2f} exceeds {self.max_amount:.2f}")
        return f"{amount:.2f}"
