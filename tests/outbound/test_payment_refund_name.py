"""`hub payments`' table names a line's amount as the payments page names the same figure: "Refusion
(kr.)" / "Refund (DKK)" (pages-47; decision 0062, "Stop 46 (words 3)"), not "beløb" / "amount", which
says only that it is money."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from payment_data import FALCK_AUGUST, TERMS

from hub.exports.payment_text import write_text
from hub.exports.payments import PaymentLine
from hub.services.payments import Totals


@pytest.mark.parametrize(
    ("lang", "word", "amount"), [("da", "refusion (kr.)", "3.300,00"), ("en", "refund (DKK)", "3,300.00")]
)
def test_the_lines_refund_has_the_pages_name(lang: str, word: str, amount: str) -> None:
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
    gladsaxe = Totals("159", TERMS)  # Gladsaxe's totals, summed from its one line as a payment run sums
    gladsaxe.add(line)
    out = io.StringIO()
    write_text(FALCK_AUGUST, [line], lambda: {"159": gladsaxe}, out, lang)
    head, rule, row = out.getvalue().split("\n\n")[1].splitlines()[1:4]
    assert head.endswith(f"  {word}") and row.endswith(f"  {amount}")
    assert len(head) == len(row)  # the amount right-aligned under its name
    assert "beløb" not in out.getvalue() and "amount" not in out.getvalue()
