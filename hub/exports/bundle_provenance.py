"""Whether a record version's provenance in a bundle is what the log holds of it (decision 0012, "Stop 53:
audit-61").

The bundle shows the auditor, for each field of each record version, where its value was read: the
document's SHA-256, the locator (PDF field and page, XPath, sheet and cell), the source key, the raw value
as read and the transforms. Since stop 53 the `record.<reason>` entry the hub logs when it stores a
version holds `provenance_sha256` (`TRACED_PROVENANCE`), the SHA-256 of those rows, and `provenance_rows`
(`TRACED_ROWS`), the first `ROW_DIGITS` hex digits of each row's own SHA-256, sorted: the first proves the
rows; the second only points to the row that was changed (32 bits find a row, they prove nothing).

Each row is hashed as a `masked` bundle shows it: the raw value, the locator's every string and the source
key with every CPR-like text as DDMMYY-XXXX (`mask_cpr_like`; the locator and source key since stop 55,
`TRACED_FORM`: they quote the document, a sheet named after the citizen or a label printed beside a field).
The log goes whole to the auditors of a municipality that masks CPR too, and a hash of
a raw value holding a full CPR number gives the number away in 10,000 guesses (why `data_sha256` leaves
the last four digits out); a `full` bundle's raw values are masked by verify.py before it hashes them.
Standard library only: written into `verify.py` after `hub.pseudonyms`, whose masking it uses, so the hub
and the auditor's copy run the same code.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from hub.pseudonyms import mask_cpr_like

TRACED_PROVENANCE = "provenance_sha256"  # a `record.<reason>` entry's key: the SHA-256 of the rows
TRACED_ROWS = "provenance_rows"  # its key for the rows' short hashes, which name a changed row's field
# Its key for how the rows were shown when hashed: 2, the locator and source key masked as the raw value
# (stop 55). An entry without it was logged with them as stored (`bundle_provenance_before`).
TRACED_FORM = "provenance_form"
FORM = 2
ROW_DIGITS = 8
# A row's parts as the bundle shows them, the raw value, locator and source key masked (`shown_row`).
PROVENANCE_PARTS = ("path", "document_sha256", "locator", "source_key", "raw_value", "transforms")


# The text `json.dumps(..., sort_keys=True, separators=(",", ":"), ensure_ascii=False)` gives, made by
# one encoder: `json.dumps` builds a new one for every call with arguments, and the hub hashes some forty
# rows a form on the storing thread.
STANDARD_TEXT = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
_DIGIT = re.compile(r"\d")  # any decimal digit, of any script, as `mask_cpr_like` folds them


def shown_row(row: dict[str, Any], masked: bool) -> dict[str, Any]:
    """A row's six parts as a masked bundle shows them: CPR-like text in the raw value, the locator's
    strings and the source key as DDMMYY-XXXX (`masked`: it is so already)."""
    shown = {  # PROVENANCE_PARTS, written out: the hub makes some forty a form on the storing thread
        "path": row["path"],
        "document_sha256": row["document_sha256"],
        "locator": row["locator"],
        "source_key": row["source_key"],
        "raw_value": row["raw_value"],
        "transforms": row["transforms"],
    }
    if not masked:
        for part in ("locator", "source_key", "raw_value"):
            shown[part] = masked_part(shown[part])
    return shown


def masked_part(value: Any) -> Any:
    """A raw value, source key or locator with CPR-like text in its strings as DDMMYY-XXXX (dict keys are
    the hub's own names); the value itself where nothing is masked, as for nearly every row."""
    if isinstance(value, str):
        return mask_cpr_like(value) if holds_ten_digits(value) else value
    if not isinstance(value, (dict, list)) or not _holds_long(value):
        return value
    if isinstance(value, dict):
        return {key: masked_part(item) for key, item in value.items()}
    return [masked_part(item) for item in value]


def holds_ten_digits(text: str) -> bool:
    """Whether a text has ten digits (of any script), as a CPR-like number has (`bundle_data` too)."""
    # A CPR-like number has ten digits: a text with fewer (hours, a name, a page) is left as it is
    # without the masking's search, which most parts would cost for nothing.
    return len(text) >= 10 and len(_DIGIT.findall(text)) >= 10


def _holds_long(value: dict[str, Any] | list[Any]) -> bool:
    """Whether a locator holds a string `holds_ten_digits` finds; a loop, not a call a level (some 40
    rows a form, on the storing thread)."""
    left: list[Any] = [value]
    while left:
        item = left.pop()
        if isinstance(item, str):
            if len(item) >= 10 and holds_ten_digits(item):
                return True
        elif isinstance(item, dict):
            left.extend(item.values())
        elif isinstance(item, list):
            left.extend(item)
    return False


def standard_text(shown: dict[str, Any]) -> bytes:
    """A shown row's text (`STANDARD_TEXT`) as UTF-8."""
    return STANDARD_TEXT(shown).encode("utf-8")


def _row_digest(text: bytes) -> str:
    return hashlib.sha256(text).hexdigest()[:ROW_DIGITS]


def _whole(texts: list[bytes]) -> str:
    return hashlib.sha256(b"[" + b",".join(sorted(texts)) + b"]").hexdigest()


def traced_provenance(
    rows: Iterable[dict[str, Any]],
    masked: bool = False,
    encode: Callable[[dict[str, Any]], bytes] = standard_text,
) -> dict[str, Any]:
    """What a `record.<reason>` entry logs of a version's provenance rows: `provenance_sha256`, the
    SHA-256 of `[` + the rows' texts (`shown_row` as UTF-8 JSON: sorted keys, separators `,` and `:`,
    non-ASCII as it is), sorted and joined by `,` + `]` (the JSON array of the rows, in an order that
    does not depend on the order they were stored or copied in), and `provenance_rows`, each row's short
    hash, sorted. `encode`: a shown row's text, the standard library's unless the hub gives one that
    writes the same bytes faster."""
    texts = [encode(shown_row(row, masked)) for row in rows]
    digests = sorted(_row_digest(text) for text in texts)
    return {TRACED_PROVENANCE: _whole(texts), TRACED_ROWS: digests, TRACED_FORM: FORM}


def changed_rows(
    rows: list[dict[str, Any]], texts: list[bytes], logged: dict[str, Any]
) -> list[dict[str, Any]] | None:
    """None where `texts` (each row's, as `shown_row` and `standard_text` make it, or as an older form
    did) are what `logged` (a `record.<reason>` entry's detail) holds the hash of; else the rows whose
    short hash the entry does not hold (empty: a row was taken out, or the change is not found by the
    short hashes)."""
    if _whole(texts) == logged.get(TRACED_PROVENANCE):
        return None
    left = Counter(str(digest) for digest in logged.get(TRACED_ROWS) or [])
    changed = []
    for index, row in enumerate(rows):  # not zip: its `strict` is not in Python 3.9, which verify.py runs on
        digest = _row_digest(texts[index])
        if left[digest] > 0:
            left[digest] -= 1
        else:
            changed.append(row)
    return changed
