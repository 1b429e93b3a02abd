"""Digits of other scripts read as the digits they are (decision 0060, "Stop 72: fixes-123").

A value may hold a decimal digit of another script than ASCII's: Arabic-Indic `٣` from a phone set to
Arabic, fullwidth `３` from a Japanese input method, or a mutant of fuzz-119's (Solrød's minutes `٣`).
`hours`, `integer`, `money`, `date` and `week` read them as Python's `int` does, as their digits; `digits`
left them out (`1023٤56789` gave nine digits: a number one digit too long so written was read short) and
`phone` kept them in the record (`+45٧٢٥٩٦٠٠٠`). One rule for all: a decimal digit of any script (Unicode's
`Nd`, what `str.isdecimal` says, never a superscript `²` or a circled `①`) is its digit; the provenance
keeps the text as written.

A character that reads as a digit but is none (a superscript `²`, a circled `①`, a fraction `½`: Unicode
gives it a numeric value, `str.isnumeric`, but it is no decimal digit) is neither read as its digit nor
left out where digits are kept (`digits`): `010190-12²34` lost its `²` and gave ten digits, a CPR number
the form does not show. Which digit was meant is not the hub's to guess; the value is refused, naming the
character (decision 0060, "Stop 72: fixes-127").
"""

from __future__ import annotations

import unicodedata

from hub.adapters.mapping.transform_error import TransformError
from hub.quoting import quoted, quoted_da


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit of another script written as its ASCII digit (`٣` → `3`)."""
    if text.isascii():  # nearly every value: nothing to look at
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)


def digit_like(text: str) -> str | None:
    """The first character of `text` that has a number's value but is no decimal digit (`²`, `①`, `½`),
    or None."""
    if text.isascii():
        return None
    return next((c for c in text if c.isnumeric() and not c.isdecimal()), None)


def digit_like_refusal(text: str) -> TransformError | None:
    """The refusal of a text holding a sign that looks like a digit and is none (`digit_like`), naming
    the sign alone (the text around it may be a CPR number's), or None."""
    if (like := digit_like(text)) is None:
        return None
    return TransformError(
        f"holds {quoted(like)}, which looks like a digit but is none (such as a superscript, a"
        " circled number or a fraction): write the number with plain digits",
        f"indeholder {quoted_da(like)}, som ligner et ciffer, men ikke er det (fx et hævet tal, et"
        " tal i en cirkel eller en brøk): skriv tallet med almindelige cifre",
    )
