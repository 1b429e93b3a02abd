"""Keyed hashes that stand in for CPR numbers wherever a bare number must not go.

A plain SHA-256 of a CPR number is no protection: there are only about 10^10 of them. An HMAC under the
app's secret key is, as long as the key stays secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

# Ten digits that start with a plausible day and month, written as people write them: the date part as
# DDMMYY, or as a date with a two-digit year (DD.MM.YY; DD-MM-YY and DD/MM/YY with the same mark twice),
# then a hyphen, any dash Word or Excel puts for one (en, em, figure, minus, non-breaking hyphen), a dot,
# a slash, a space (also non-breaking) or nothing, then four digits. Groups by name: day, month, year and
# serial (the four digits).
# What it must leave alone (tests/core/test_pseudonyms.py): a dash or slash only between month and year
# is a bank account ("0507-789117"), so the date's marks come in pairs; spaces inside the date are not
# taken, as "12 11 90 12" is a phone number; a date with a four-digit year ("01-01-2025") leaves two
# digits where four must follow. A ten-digit P-number that reads as a date is masked in free text, as it
# always was (no pattern tells it from "0101901234"); in its own field it is an identifier, not masked.
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
CPR_LIKE = re.compile(
    r"(?<!\d)(?P<day>0[1-9]|[12]\d|3[01])"
    rf"(?:(?P<mark>[{_DASHES}/])|\.?)(?P<month>0[1-9]|1[0-2])(?(mark)(?P=mark)|\.?)(?P<year>\d\d)"
    rf"(?:[{_DASHES}./]|\s)?(?P<serial>\d{{4}})(?!\d)"
)
# The masked form `mask_cpr_like` leaves: the birth date kept, as DDMMYY.
MASKED_KEEPING_DATE = r"\g<day>\g<month>\g<year>-XXXX"


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


def mask_cpr_like(text: str) -> str:
    """Mask everything in free text that looks like a CPR number as DDMMYY-XXXX (file names, drafts)."""
    # Everything of the shape, on purpose: this text goes to logs, audit entries, bundles and other
    # parties, where a CPR number must never pass and a case number masked by mistake costs nothing.
    # `adapters.suggest.fields.mask_cpr` masks only real CPR numbers: a drafted config's keys and title
    # must keep a form's own numbers.
    return CPR_LIKE.sub(MASKED_KEEPING_DATE, text)


def show_cpr(cpr: str, rule: str) -> str:
    """A CPR number as a municipality's auditors want it: `full` (`010190-1234`) or `masked`
    (`010190-XXXX`, the birth date kept so that a person can still be told from a namesake)."""
    digits = cpr.replace("-", "")
    return f"{digits[:6]}-{digits[6:] if rule == 'full' else 'XXXX'}"
