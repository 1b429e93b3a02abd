"""A number written in scientific notation where digits were meant (stop 63, fixes-81).

R prints a number in scientific notation where that is shorter (`write.csv(data.frame(pnr =
1000000000))` writes `1e+09`, and `1.017463e+09` for a number it rounds to seven digits), and Excel's
CSV export writes a large number in a General cell as it shows it (`1,23E+09` in Danish), C's
printf("%g") keeps six digits (`1.00008e+07` for the CVR 10000812). A CVR, a P-number, a CPR or a
phone number so written has lost its digits: they are not in the file. Read as digits, `1e+09` became
"109" (refused as "must be 10 digits", which is not what is wrong) and `1.00008e+07` "10000807",
another company's valid CVR, stored. Refused instead, saying what it is and what to do, never read.
"""

from __future__ import annotations

import re

from marshmallow import ValidationError

# Mantissa with a point or a comma (R's and Excel's English, Excel's Danish), E or e, an exponent with or
# without a sign. No identifier holds a letter, so nothing that is one is refused by this.
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]{1,3}")

LOST_EN = "its digits are lost; save the column as text"
LOST_DA = "cifrene er tabt; gem kolonnen som tekst"


def in_scientific_notation(text: str) -> bool:
    """Whether `text` is a number in scientific notation (`1e+09`, `1,23E+09`)."""
    # Without an E there is no exponent: most texts asked (every CPR, phone or hours read) skip the match.
    return ("e" in text or "E" in text) and _SCIENTIFIC.fullmatch(text.strip()) is not None


def refuse_scientific(text: str, what: str, *, shown: bool = True) -> None:
    """Raise the schema's refusal when `text`, the input of the identifier `what`, is in scientific
    notation; `shown` False for a CPR number, whose digits left (`2,10688E+09`: a birth date) are never
    quoted back."""
    if in_scientific_notation(text):
        written = f" ({text.strip()})" if shown else ""
        raise ValidationError(f"{what} written as a number in scientific notation{written}: {LOST_EN}")
