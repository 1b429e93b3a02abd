"""Whether a record version's provenance in a bundle is what the log holds of it (decision 0012, "Stop 53:
audit-61").

The bundle shows the auditor, for each field of each record version, where its value was read: the
document's SHA-256, the locator (PDF field and page, XPath, sheet and cell), the source key, the raw value
as read and the transforms. Since stop 53 the `record.<reason>` entry the hub logs when it stores a
version holds `provenance_sha256` (`TRACED_PROVENANCE`), the SHA-256 of those rows, and `provenance_rows`
(`TRACED_ROWS`), the first `ROW_DIGITS` hex digits of each row's own SHA-256, sorted: the first proves the
rows; the second only points to the row that was changed (32 bits find a row, they prove nothing).

Each row is hashed as a `masked` bundle shows it: the raw value with every CPR-like text as DDMMYY-XXXX
(`mask_cpr_like`). The log goes whole to the auditors of a municipality that masks CPR too, and a hash of
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
ROW_DIGITS = 8
# A row's parts as the bundle shows them, the raw value masked (`shown_row`).
PROVENANCE_PARTS = ("path", "document_sha256", "locator", "source_key", "raw_value", "transforms")


# The text `json.dumps(..., sort_keys=True, separators=(",", ":"), ensure_ascii=False)` gives, made by
# one encoder: `json.dumps` builds a new one for every call with arguments, and the hub hashes some forty
# rows a form on the storing thread.
STANDARD_TEXT = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
_DIGIT = re.compile(r"\d")  # any decimal digit, of any script, as `mask_cpr_like` folds them


def shown_row(row: dict[str, Any], masked: bool) -> dict[str, Any]:
    """A row's six parts as a masked bundle shows them: the raw value's CPR-like text as DDMMYY-XXXX
    (`masked`: it is so already)."""
    raw = row["raw_value"]
    shown = {  # PROVENANCE_PARTS, written out: the hub makes some forty a form on the storing thread
        "path": row["path"],
        "document_sha256": row["document_sha256"],
        "locator": row["locator"],
        "source_key": row["source_key"],
        "raw_value": raw,
        "transforms": row["transforms"],
    }
    # A CPR-like number has ten digits: a raw value with fewer (hours, a name, a date) is left as it is
    # without the masking's search, which most raw values would cost for nothing.
    if isinstance(raw, str) and not masked and len(raw) >= 10 and len(_DIGIT.findall(raw)) >= 10:
        shown["raw_value"] = mask_cpr_like(raw)
    return shown


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
    return {TRACED_PROVENANCE: _whole(texts), TRACED_ROWS: sorted(_row_digest(text) for text in texts)}


def changed_rows(
    rows: list[dict[str, Any]], logged: dict[str, Any], masked: bool
) -> list[dict[str, Any]] | None:
    """None where a version's rows are the rows `logged` (a `record.<reason>` entry's detail) holds the
    hash of; else the rows whose short hash the entry does not hold (empty: a row was taken out, or the
    change is not found by the short hashes)."""
    try:
        texts = [standard_text(shown_row(row, masked)) for row in rows]
    except (KeyError, TypeError, ValueError):
        return []  # not rows as the hub writes them (a lone surrogate cannot be stored): not as logged
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


def provenance_problems(
    what: tuple[str, str],
    record: dict[str, Any],
    logged: dict[str, Any],
    masked: bool,
    files: tuple[str, str],
) -> list[tuple[str, str]]:
    """The rows of a version (`what`: `post N version V`, `record N version V`) that are not as `logged`,
    in Danish and English, each named by its field, where it was read and the file; one line for the
    version where no row can be named (a row taken out). `files`: the records' file and the log's."""
    what_da, what_en = what
    records_file, log_file = files
    rows = record.get("provenance")
    changed = changed_rows(rows if isinstance(rows, list) else [], logged, masked)
    if changed is None:
        return []
    said = f"{log_file} loggede, da versionen blev gemt ({TRACED_PROVENANCE})"
    said_en = f"{log_file} logged when the version was stored ({TRACED_PROVENANCE})"
    if not changed:
        return [
            (
                f"{records_file}: {what_da} har ikke den oprindelse, {said}",
                f"{records_file}: {what_en} does not hold the provenance {said_en}",
            )
        ]
    document = record.get("document") or {}
    found = []
    for row in changed:
        where_da, where_en = _located(row.get("locator"))
        sha = str(row.get("document_sha256"))
        file = document.get("filename") if sha == document.get("sha256") else None
        file_da, file_en = (file, file) if file else (f"dokument {sha[:12]}", f"document {sha[:12]}")
        found.append(
            (
                f"{records_file}: {what_da}, feltet {row.get('path')} ({where_da}) i {file_da}: "
                f"oprindelsen er ikke den, {said}",
                f"{records_file}: {what_en}, field {row.get('path')} ({where_en}) in {file_en}: "
                f"its provenance is not what {said_en}",
            )
        )
    return found


def _located(locator: Any) -> tuple[str, str]:
    """Where a row's value was read, in Danish and English: as the locator words it (`text`: the PDF field
    and page, the XPath, the sheet and cell), else the locator as JSON."""
    text = locator.get("text") if isinstance(locator, dict) else None
    if isinstance(text, dict) and isinstance(text.get("da"), str) and isinstance(text.get("en"), str):
        return text["da"], text["en"]
    said = json.dumps(locator, ensure_ascii=False, sort_keys=True)
    return said, said
