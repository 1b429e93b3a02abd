"""`hub payments`' table names a line's amount as the payments page names the same figure: "Refusion
(kr.)" / "Refund (DKK)" (pages-47; decision 0062, "Stop 46 (words 3)"), not "beløb" / "amount", which
says only that it is money."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from hub.exports.payment_report import PaymentHeader
from hub.exports.payment_text import write_text
from hub.exports.payments import PaymentLine
from hub.periods import parse_period


@dataclass
class _Totals:
    code: str = "159"
    lines: int = 1
    granted_hours: Decimal = Decimal("13.00")
    delivered_hours: Decimal = Decimal("12.00")
    claimable_hours: Decimal = Decimal("12.00")
    amount_dkk: Decimal = Decimal("3300.00")
    gaps: int = 0

    @property
    def name(self) -> str:
        return "Gladsaxe Kommune"


@pytest.mark.parametrize(
    ("lang", "word", "amount"), [("da", "refusion (kr.)", "3.300,00"), ("en", "refund (DKK)", "3,300.00")]
)
def test_the_lines_refund_has_the_pages_name(lang: str, word: str, amount: str) -> None:
    header = PaymentHeader(
        "falck-hovedstaden",
        "Falck Hovedstaden",
        "occupied_places",
        parse_period("2026-08"),
        Decimal("275.00"),
        Decimal("3.0"),
    )
    # 12 claimable hours at 275 kr. an hour: 3,300 kr.
    line = PaymentLine(
        "159",
        1,
        "P-AAAAAAAAAAA",
        "Æble Øster",
        "1900000101",
        "Falck Gladsaxe",
        date(2026, 8, 3),
        date(2026, 8, 31),
        29,
        Decimal("13.00"),
        Decimal("12.00"),
        Decimal("12.00"),
        Decimal("275.00"),
        Decimal("3300.00"),
    )
    out = io.StringIO()
    write_text(header, [line], lambda: {"159": _Totals()}, out, lang)
    head, rule, row = out.getvalue().split("\n\n")[1].splitlines()[1:4]
    assert head.endswith(f"  {word}") and row.endswith(f"  {amount}")
    assert len(head) == len(row)  # the amount right-aligned under its name
    assert "beløb" not in out.getvalue() and "amount" not in out.getvalue()
