"""Keyed hashes that stand in for CPR numbers wherever a bare number must not go.

A plain SHA-256 of a CPR number is no protection: there are only about 10^10 of them. An HMAC under the
app's secret key is, as long as the key stays secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import unicodedata
from collections.abc import Callable

# Ten digits that start with a plausible day and month, written as people write them. Groups by name:
# day, month, year (two digits) and serial (the four digits); `century` when the year has four.
# What it must mask and what it must leave alone, spelling by spelling: tests/privacy/test_cpr_spellings.py
# and docs/decisions/0065-every-spelling-of-a-cpr-number.md. In short, left alone: a dash, slash or
# underscore only between month and year, or a single space there with no mark before the four digits, is
# a bank account ("1102-331857", "1102 331857"), so the date's marks come in pairs; "12 11 90 12" is a
# phone number (two digits where four must follow); a date alone, with a two- or four-digit year.
# Any dash Word or Excel puts for a hyphen: en, em, figure, minus, non-breaking hyphen, soft hyphen.
_DASHES = "\\-\u00ad\u2010\u2011\u2012\u2013\u2014\u2212"
# Marks that part a date's day, month and year, and the date from the four digits: the dashes, a slash,
# and an underscore, which a file name has where a space or a hyphen was (`Anna_010190_1234.pdf`).
_MARKS = _DASHES + "/_"
CPR_LIKE = re.compile(
    rf"""
    (?<!\d)                             # not the tail of a longer number
    (?P<day>0[1-9]|[12]\d|3[01])
    (?:                                 # between day and month, one of:
        (?P<mark>[{_MARKS}])            #   a dash, slash or underscore, again after the month
      | (?P<space>\s)                   #   a space (non-breaking, a line break): a space again after it
      | \.?                             #   a dot, or nothing
    )
    (?P<month>0[1-9]|1[0-2])
    (?(mark)(?P=mark)                   # 01-01-90, 01/01/90
      |(?(space)\s                      # 01 01 90
        |(?:\.|(?P<late>\s))?))         # 01.01.90, 010190, 0101.90; 0101 90 only if a mark follows
    (?P<century>19|20)?(?P<year>\d\d)    # 01-01-1990 as well as 01-01-90
    (?(late)                            # between the date and the four digits:
        (?:\s{{0,2}}[{_MARKS}.]\s{{0,2}}|\s{{1,2}})    #   required after "0101 90" (a bank account else)
      | (?:\s{{0,2}}[{_MARKS}.]\s{{0,2}}|\s{{1,2}})?   #   else a mark, " - ", a line break, or nothing
    )
    (?P<serial>\d{{4}})
    (?!\d)                              # not the head of a longer number
    """,
    re.VERBOSE,
)
# The masked form `mask_cpr_like` leaves: the birth date kept, as DDMMYY (a four-digit year as two).
MASKED_KEEPING_DATE = r"\g<day>\g<month>\g<year>-XXXX"
# The masked form for those who may not see the birth date either (a company).
MASKED_WHOLLY = "XXXXXX-XXXX"

# Characters a PDF, an Asian keyboard or a pasted web page puts for a digit or a mark, folded one for one
# before the search (so that what is found is where it was): fullwidth marks, invisible spaces. Digits of
# any script fold to 0-9 by `_fold` itself.
_FOLDED_MARKS = {
    "\uff0d": "-",  # fullwidth hyphen-minus
    "\ufe63": "-",  # small hyphen-minus
    "\uff0e": ".",  # fullwidth full stop
    "\uff0f": "/",  # fullwidth solidus
    "\u200b": " ",  # zero-width space
    "\u2060": " ",  # word joiner
    "\ufeff": " ",  # zero-width no-break space
}


def _fold(text: str) -> str:
    """`text` with every decimal digit as 0-9 and odd marks as `_FOLDED_MARKS` says, character for
    character (same length), so that `CPR_LIKE`'s spans in it are spans in `text`."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() else _FOLDED_MARKS.get(char, char) for char in text
    )


def cpr_key(secret: str, cpr: str) -> str:
    """The lookup key for a CPR number (64 hex digits), used in indexes and record identities."""
    return hmac.new(secret.encode(), b"cpr:" + cpr.encode(), hashlib.sha256).hexdigest()


def key_fingerprint(secret: str) -> str:
    """What the database keeps of the pseudonym key (64 hex digits): enough to tell two keys apart, while
    the key itself, and so every pseudonym, stays off the database server and out of its backups."""
    return hmac.new(secret.encode(), b"hub pseudonym key fingerprint", hashlib.sha256).hexdigest()


_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # base32: no 0/O or 1/I to confuse
PARTICIPANT_ID = re.compile(r"P-[A-Z2-7]{11}")


def _check_character(body: str) -> str:
    """Luhn mod 32 over the base32 alphabet: catches every mistyped character and most swapped pairs."""
    total, factor = 0, 2
    for char in reversed(body):
        addend = factor * _ALPHABET.index(char)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return _ALPHABET[(32 - total % 32) % 32]


def participant_id(secret: str, cpr: str, p_number: str, start: str) -> str:
    """The pseudonymous id a company sees for one placement, e.g. `P-7K2QF9XM4TA`: ten characters of a
    keyed hash and a check character, so that an id copied wrong onto a form is caught, not misfiled."""
    digest = hmac.new(secret.encode(), f"participant:{cpr}:{p_number}:{start}".encode(), hashlib.sha256)
    body = base64.b32encode(digest.digest()).decode()[:10]
    return f"P-{body}{_check_character(body)}"


def participant_id_intact(text: str) -> bool:
    """Whether a text is a participant id as the hub writes them, with its check character right."""
    if not PARTICIPANT_ID.fullmatch(text):
        return False
    return _check_character(text[2:12]) == text[12]


def mask_cpr_like(text: str, masked: str = MASKED_KEEPING_DATE) -> str:
    """Mask everything in free text that looks like a CPR number, however written (`CPR_LIKE`, in
    fullwidth digits too): as DDMMYY-XXXX, or as `masked` says (`MASKED_WHOLLY`)."""
    # Everything of the shape, on purpose: this text goes to logs, audit entries, bundles and other
    # parties, where a CPR number must never pass and a case number masked by mistake costs nothing.
    # `adapters.suggest.fields.mask_cpr` masks only real CPR numbers: a drafted config's keys and title
    # must keep a form's own numbers.
    # Masked again until nothing changes: a masked date can be the tail of another match
    # (`0101.2001011234` → `0101.200101-XXXX`, whose `0101.20` and `0101` read as one more), and text
    # masked twice (a file name masked when stored, then in a bundle; verify.py masking what a bundle
    # shows) must read as text masked once, or a bundle and the provenance hash in its log disagree.
    # Each pass takes digits away (ten or more for six), so the loop ends; one pass where none match.
    expand = _expander(masked)
    while True:
        again = replace_cpr_like(text, expand)
        if again == text:
            return again
        text = again


_TEMPLATE_GROUP = re.compile(r"\\g<(\w+)>")  # `\g<day>` in a masked form's template


def _expander(masked: str) -> Callable[[re.Match[str]], str]:
    """`found.expand(masked)` for a match of `CPR_LIKE`, the template read once: Python 3.11's `expand`
    parses it again for every match, ~35 µs, the most of masking a CPR number (one or two a stored form,
    for the provenance's hashes). A template of anything but named groups and plain text is left to
    `expand`."""
    parts = _TEMPLATE_GROUP.split(masked)  # plain text, a group's name, plain text, ...
    texts, names = parts[0::2], parts[1::2]
    if any("\\" in part for part in texts) or not set(names) <= CPR_LIKE.groupindex.keys():
        return lambda found: found.expand(masked)

    def expand(found: re.Match[str]) -> str:
        made = texts[0]
        # By index, not `zip(strict=True)`: this module is written into verify.py, which runs on Python 3.9.
        for at, name in enumerate(names):
            made += (found[name] or "") + texts[at + 1]  # a group that took no part is empty, as in `expand`
        return made

    return expand


def replace_cpr_like(text: str, replace: Callable[[re.Match[str]], str | None]) -> str:
    """`text` with each CPR-like number (`CPR_LIKE`, in fullwidth digits too) replaced by what `replace`
    makes of its match, or kept as written where `replace` gives None. The match is found in the folded
    text (ASCII digits and marks, the same length), so its span is the number's span in `text`."""
    folded = _fold(text)
    pieces, last = [], 0
    for found in CPR_LIKE.finditer(folded):
        made = replace(found)
        pieces += [text[last : found.start()], text[found.start() : found.end()] if made is None else made]
        last = found.end()
    return "".join(pieces) + text[last:]


def holds_cpr_like(text: str) -> bool:
    """Whether `mask_cpr_like` would mask anything in `text`."""
    return CPR_LIKE.search(_fold(text)) is not None


def phone_holds_cpr(text: str) -> bool:
    """Whether a phone number as typed holds what looks like a CPR number: written as one anywhere in it
    (`010190-1234`, `+46 010190-1234`), or as the ten digits after a country code of one to three
    digits, glued to it (`00450101901234`), which `holds_cpr_like` reads as the tail of a longer number.
    A number written in full with a foreign country code (`+49 1512345678`, `+460101901234`) is a phone
    number, whatever its digits spell, unless a CPR number is written in it as one (`_written_as_cpr`).
    A phone number is an identifier shown as written (decision 0060, "Stop 58: quiet-66"), so it is
    refused, never masked."""
    # A CPR number is ten digits (`CPR_LIKE`'s `\d`: any script's, as `isdecimal` counts them): a phone
    # number of fewer, a Danish one's eight, holds none, told without the searches (18,000 instructions
    # a form with a phone, 1.3 % of reading a kept PDF form again; decision 0030, "Stop 59: reprocess-68").
    if sum(map(str.isdecimal, text)) < 10:
        return False
    folded = _fold(text)
    if _foreign_phone(folded):
        return _written_as_cpr(folded)
    if holds_cpr_like(text):
        return True
    digits = "".join(char for char in folded if char.isdigit())
    if digits.startswith("00"):
        digits = digits[2:]
    return any(len(digits) - start == 10 and CPR_LIKE.fullmatch(digits[start:]) for start in (1, 2, 3))


# What a phone number is written with after its `+` or `00`: digits, spaces and the marks that group them.
_PHONE_WRITTEN = re.compile(r"[\d\s\-./()]+")
# The runs of digits a CPR number is written in (`010190-1234`, `010190 1234`, `01-01-90-1234`,
# `01.01.1990-1234`, `0101.90-1234`, `01011990-1234`), and no phone number's usual grouping: ten digits
# in one run (`+49 1512345678`) or in threes and fours (`+39 010 190 1234`) are a phone number's.
_CPR_RUNS = frozenset({(6, 4), (8, 4), (2, 2, 2, 4), (2, 2, 4, 4), (4, 2, 4)})


def _foreign_phone(folded: str) -> bool:
    """Whether a phone number is written in full with a country code other than Denmark's: `+` or `00`,
    a code not 45, and nothing but digits and the marks that group them. Its last ten digits may spell a
    date and four more (a German mobile, `+49 1512345678`) without its being a CPR number (decision 0065,
    "Stop 61: fixes-72")."""
    text = folded.strip()
    rest = text[1:] if text.startswith("+") else text[2:] if text.startswith("00") else ""
    if not _PHONE_WRITTEN.fullmatch(rest):
        return False
    digits = "".join(char for char in rest if char.isdigit())
    return not digits.startswith(("45", "0"))


def _written_as_cpr(folded: str) -> bool:
    """Whether a foreign phone number (`_foreign_phone`) holds a CPR number written as one is written
    (`_CPR_RUNS`: `+46 010190-1234`), which no one writes a phone number as: that stays refused."""
    if not holds_cpr_like(folded):
        return False
    runs = (tuple(len(run) for run in re.findall(r"\d+", found[0])) for found in CPR_LIKE.finditer(folded))
    return any(shape in _CPR_RUNS for shape in runs)


def show_cpr(cpr: str, rule: str) -> str:
    """A CPR number as a municipality's auditors want it: `full` (`010190-1234`) or `masked`
    (`010190-XXXX`, the birth date kept so that a person can still be told from a namesake)."""
    digits = cpr.replace("-", "")
    return f"{digits[:6]}-{digits[6:] if rule == 'full' else 'XXXX'}"
