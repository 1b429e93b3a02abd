"""Whether a provenance row's parts need neither masking nor the standard library's encoder, in one walk
(decision 0030, stop 57).

A `record.<reason>` entry hashes each provenance row as a masked bundle shows it (`bundle_provenance`):
CPR-like text in the raw value, the source key and the locator's strings as DDMMYY-XXXX, the row written
as the standard library writes it. Nearly every row has nothing to mask and nothing orjson writes
otherwise (a float), and then its text is orjson's of the row as it is. The storing thread asked that of
some 18 rows a form by walking each locator twice (once for a string to mask, once for a float) and by
counting each string's digits with a regular expression; here it is one walk, and an ASCII string's digits
are counted by `bytes.translate`. Whatever is not plain by these tests goes the old way, so a row's bytes
are the same either way.
"""

from __future__ import annotations

from typing import Any

from hub.exports.bundle_provenance import holds_ten_digits

_ASCII_DIGITS = b"0123456789"


def ten_digits(text: str) -> bool:
    """`bundle_provenance.holds_ten_digits`, faster for ASCII text: a decimal digit of ASCII text is one
    of 0-9, and `bytes.translate` drops them without a regular expression's list of matches."""
    if len(text) < 10:
        return False
    if text.isascii():
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_DIGITS)) >= 10
    # Other text (a Danish locator: "række 3, kolonne 2 (B3)"): each character beyond ASCII is two bytes
    # or more in UTF-8, so its ASCII digits and at most len(bytes) - len(text) others are all the digits
    # it can hold; under ten, it holds no CPR-like number, told without the regular expression's list.
    data = text.encode("utf-8", "surrogatepass")
    if len(data) - len(data.translate(None, _ASCII_DIGITS)) + len(data) - len(text) < 10:
        return False
    return holds_ten_digits(text)


def plain(value: Any) -> bool:
    """Whether a row's part holds only dicts, lists, integers, booleans, None and strings without ten
    digits (exactly these types, no subclass): masking leaves it as it is and orjson writes it as the
    standard library does."""
    left = [value]
    seen: Any = None  # the last string looked at: an XML locator's XPath is its English and Danish text too
    while left:
        item = left.pop()
        kind = type(item)
        if kind is str:
            if item is seen:
                continue
            if ten_digits(item):
                return False
            seen = item
        elif kind is dict:
            left.extend(item.values())
        elif kind is list:
            left.extend(item)
        elif kind is not int and kind is not bool and item is not None:
            return False
    return True
