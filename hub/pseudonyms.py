"""Keyed hashes that stand in for CPR numbers wherever a bare number must not go.

A plain SHA-256 of a CPR number is no protection: there are only about 10^10 of them. An HMAC under the
app's secret key is, as long as the key stays secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

# Ten digits (or six, a dash or space, four) that start with a plausible day and month.
CPR_LIKE = re.compile(r"(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d\d)[- ]?\d{4}(?!\d)")


def cpr_key(secret: str, cpr: str) -> str:
    """The lookup key for a CPR number (64 hex digits), used in indexes and record identities."""
    return hmac.new(secret.encode(), b"cpr:" + cpr.encode(), hashlib.sha256).hexdigest()


def participant_id(secret: str, cpr: str, p_number: str, start: str) -> str:
    """The pseudonymous id a company sees for one placement, e.g. `P-7K2QF9XM4T`."""
    digest = hmac.new(secret.encode(), f"participant:{cpr}:{p_number}:{start}".encode(), hashlib.sha256)
    return "P-" + base64.b32encode(digest.digest()).decode()[:10]


def mask_cpr_like(text: str) -> str:
    """Mask everything in free text that looks like a CPR number as DDMMYY-XXXX (file names, drafts)."""
    return CPR_LIKE.sub(r"\1\2\3-XXXX", text)
