"""A number as Ruby's `BigDecimal#to_s` writes it: "0.15e1" for 1.5, "0.75e0", "0.1e3" for 100.

A Ruby program that reads a `numeric` column (the pg gem's type map, ActiveRecord without Rails' own
`to_s`) holds a `BigDecimal`, and writing it as text (builder's attributes and elements, CSV, string
interpolation) gives its `to_s`: every significant digit after "0.", then "e" and the exponent, never a
plus sign. Unlike R's `1e+09`, Excel's `1,23E+09` or C's `%g` (`hub.schemas.scientific`), nothing is
rounded away: the digits are all there, so the number is read exactly, never refused as "its digits are
lost" (decision 0060, "Stop 70: trial-116": a month of visits was refused whole so). Only this shape is
read: a mantissa of "0." and a first digit that is not 0, a lowercase "e", an exponent with no plus sign
("0.15e+1" or "1.5e1" is no program's `BigDecimal` and stays refused as scientific notation).
"""

from __future__ import annotations

import re
from decimal import Decimal

from hub.quoting import quoted, quoted_da

__all__ = ["read_ruby_decimal", "too_many_digits"]

# Decimal's default precision, which the hub computes in: a sum of longer numbers is rounded unsaid.
MOST_DIGITS = 28

_BIG_DECIMAL = re.compile(r"0\.[1-9][0-9]*e-?[0-9]{1,3}")


def read_ruby_decimal(text: str) -> Decimal | None:
    """The number `text` is as `BigDecimal#to_s` writes it, or None when it is not written so."""
    clean = text.strip()
    if "e" not in clean or _BIG_DECIMAL.fullmatch(clean) is None:
        return None
    return Decimal(clean)


def too_many_digits(number: Decimal, text: str) -> tuple[str, str] | None:
    """Why a number read as Ruby writes it is too long to be any value of a form, in English and Danish:
    `0.1e999` is a 1 and 998 zeros, read exactly into a thousand-digit score or amount (fuzz and trial
    loose end, decision 0060, "Stop 71: fixes-119"); None for a number of at most `MOST_DIGITS` digits
    before or after its point."""
    digits = max(number.adjusted() + 1, -int(number.as_tuple().exponent))
    if digits <= MOST_DIGITS:
        return None
    return (
        f"a number of {digits} digits: {quoted(text)} (a BigDecimal as Ruby writes it) is no hours, amount or"
        f" count a form holds; the hub reads at most {MOST_DIGITS}",
        f"et tal med {digits} cifre: {quoted_da(text)} (en BigDecimal, som Ruby skriver den) er ingen timer,"
        f" intet beløb og intet antal i en blanket; hubben læser højst {MOST_DIGITS}",
    )
