"""`quantities.fixed_text` keeps what it wrote (decision 0030, stop 48): the dashboards' refresh writes the
same few hours into every gap's texts, so Babel formats a value once, and what comes back is exactly what
Babel writes for that value (its sign and places included), whatever was asked for before it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from babel.numbers import format_decimal

from hub import quantities


def _babel_calls(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every call of Babel's `format_decimal` from now on, as `quantities` makes it."""
    calls: list[Any] = []

    def counted(*args: Any, **kwargs: Any) -> str:
        calls.append(args)
        return str(format_decimal(*args, **kwargs))

    monkeypatch.setattr(quantities, "format_decimal", counted)
    return calls


def test_the_same_value_is_formatted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _babel_calls(monkeypatch)
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


def test_a_count_is_formatted_once_and_as_babel_writes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """`number_text` keeps a count's text (decision 0030, stop 49): the audit checks count the same few
    timesheets and reports in every month of every placement the dashboards' refresh checks."""
    calls = _babel_calls(monkeypatch)
    for _ in range(3):
        assert quantities.number_text(2_718_281, "da") == "2.718.281"  # no other test counts this many
        assert quantities.number_text(2_718_281, "en") == "2,718,281"
    assert len(calls) == 2  # once a language


@pytest.mark.parametrize("value", [0, 1, -1, 999, 1000, 1234567, Decimal("1000"), Decimal("1E+3")])
def test_a_kept_count_is_what_babel_writes_for_that_number(value: Any) -> None:
    """A count, and a Decimal equal to one (equal and hashed alike, another text to Babel: `1E+3`), each
    as Babel writes that very value, whichever was asked for first."""
    for lang, locale in (("da", "da"), ("en", "en_GB")):
        number = value.normalize() if isinstance(value, Decimal) else value
        expected = str(format_decimal(number, "#,##0.###", locale=locale, decimal_quantization=False))
        for _ in range(2):
            assert quantities.number_text(value, lang) == expected
