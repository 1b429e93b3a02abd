"""`quantities.fixed_text` keeps what it wrote (decision 0030, stop 48): the dashboards' refresh writes the
same few hours into every gap's texts, so Babel formats a value once, and what comes back is exactly what
Babel writes for that value (its sign and places included), whatever was asked for before it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from babel.numbers import format_decimal

from hub import quantities


def test_the_same_value_is_formatted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []

    def counted(*args: Any, **kwargs: Any) -> str:
        calls.append(args)
        return str(format_decimal(*args, **kwargs))

    monkeypatch.setattr(quantities, "format_decimal", counted)
    for _ in range(3):
        # A value no other test writes, so that none has kept it before.
        assert quantities.fixed_text(Decimal("24751.375"), "da") == "24.751,38"
        assert quantities.fixed_text(Decimal("24751.375"), "en") == "24,751.38"
    assert len(calls) == 2  # once a language


@pytest.mark.parametrize(
    "first, second",
    [
        (Decimal("0.00"), Decimal("-0.00")),  # equal, and the same hash: not the same text to Babel
        (Decimal("-0.00"), Decimal("0")),
        (Decimal("11.5"), Decimal("11.50")),
        (Decimal("1E+3"), Decimal("1000.005")),
    ],
)
def test_a_kept_text_is_what_babel_writes_for_that_value(first: Decimal, second: Decimal) -> None:
    for lang, locale in (("da", "da"), ("en", "en_GB")):
        for places, pattern in ((2, "#,##0.00"), (0, "#,##0"), (4, "#,##0.0000")):
            for value in (first, second, first):
                expected = str(format_decimal(value, pattern, locale=locale))
                assert quantities.fixed_text(value, lang, places) == expected
