"""Digits of other scripts read as the digits they are (decision 0060, "Stop 72: fixes-123").

A value may hold a decimal digit of another script than ASCII's: Arabic-Indic `٣` from a phone set to
Arabic, fullwidth `３` from a Japanese input method, or a mutant of fuzz-119's (Solrød's minutes `٣`).
`hours`, `integer`, `money`, `date` and `week` read them as Python's `int` does, as their digits; `digits`
left them out (`1023٤56789` gave nine digits: a number one digit too long so written was read short) and
`phone` kept them in the record (`+45٧٢٥٩٦٠٠٠`). One rule for all: a decimal digit of any script (Unicode's
`Nd`, what `str.isdecimal` says, never a superscript `²` or a circled `①`) is its digit; the provenance
keeps the text as written.
"""

from __future__ import annotations

import unicodedata


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit of another script written as its ASCII digit (`٣` → `3`)."""
    if text.isascii():  # nearly every value: nothing to look at
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)
