"""A number a program computed in binary floating point and wrote with every digit its double needs:
"3.3000000000000003" (JavaScript's `3 * 1.1`), "2.0999999999999996" (`3 * 0.7`), "0.30000000000000004".

The shortest text that reads back as the same double (JavaScript's `String()`, Python's `repr()`, Java's
`Double.toString`) runs to 16 or 17 significant digits exactly where a computation left the double a few
units in its last place off the decimal the program meant; a double holds no more than 15 significant
decimal digits faithfully. Those last digits are the arithmetic's, not the writer's: such a number is read
as the decimal of at most `places` decimals (an hour's 4, an amount's 2) that lies within a few units in the
last place of a double (2**-50 of the number), and only then (decision 0060, "Stop 71: trial-121": a month's
mentor grants were refused whole for "3.3000000000000003" hours a week). Anything else is left as written
for the caller to judge as before: `1.1666666666666667` (70 minutes in hours) is no such decimal's noise,
and a number of 15 significant digits or fewer is what its writer wrote.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["meant_decimal"]

# A point, or a comma where the program wrote in a Danish culture (.NET's `double.ToString()` under da-DK
# gives the same shortest digits, "3,3000000000000003").
_PLAIN = re.compile(r"\d+[.,]\d+")
# A double's shortest text runs to 16 or 17 significant digits where it is noise, never more: a longer
# number is its writer's (and 28 digits and more are past decimal's precision for `quantize`).
_NOISE_DIGITS = (16, 17)
# 2**-50: four units in the last place of a double, relative to the number; a double's own error is 2**-53.
_FEW_UNITS = Decimal(2) ** -50


def meant_decimal(number: Decimal, text: str, places: int) -> Decimal:
    """`number`, read from `text`, as the decimal of at most `places` decimals it is a double's noise
    around, or `number` itself when it is not such noise."""
    clean = text.strip()
    digits = len(clean.replace(".", "").replace(",", "").lstrip("0"))
    if _PLAIN.fullmatch(clean) is None or digits not in _NOISE_DIGITS:
        return number
    meant = number.quantize(Decimal(1).scaleb(-places))
    if meant != number and abs(number - meant) <= abs(number) * _FEW_UNITS:
        return meant
    return number
