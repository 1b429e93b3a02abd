"""Whether a bundle's provenance rows are what the log holds of them, in the form each entry was logged in
(decision 0065, "Stop 55: privacy-63"; decision 0012, "Stop 53: audit-61").

Since stop 55 an entry says `provenance_form` 2 (`bundle_provenance.TRACED_FORM`): the rows were hashed
with CPR-like text masked in the locator and the source key as in the raw value. An entry without it was
logged by stops 53 and 54 with the locator and source key as stored, and is checked in that form, said
once in verify's output. Two things the hub did then are done again here, so that what was honestly
logged still verifies: stop 53 masked a raw value in one pass (`0101.2001011234` → `0101.200101-XXXX`,
which the masking now takes on to `010120-XXXX-XXXX`), and an integer in a locator beyond orjson's 64
bits was hashed as the float orjson read it back as (`123456789012345678901234` →
`1.2345678901234568e+23`). A masked bundle cannot show such an entry's row as it was hashed where it now
masks what the hub hashed as stored (a CPR number in a sheet's name) or masked once: those rows are
counted as not traceable, not failed; every other row of the entry is checked. Standard library only:
written into `verify.py` after `bundle_provenance`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from hub.exports.bundle_provenance import (
    FORM,
    PROVENANCE_PARTS,
    TRACED_FORM,
    TRACED_PROVENANCE,
    changed_rows,
    shown_row,
    standard_text,
)
from hub.pseudonyms import MASKED_KEEPING_DATE, mask_cpr_like, replace_cpr_like

# What orjson, the JSON columns' codec of stops 53 and 54, read as an integer; beyond it, as a float.
_ORJSON_INTEGERS = (-(2**63), 2**64 - 1)
_MASK = re.compile(r"\d{6}-XXXX")  # a CPR-like text as `mask_cpr_like` leaves it
# What a text masked more than once shows, and only such a text: a later pass's match ends where an
# earlier mask's six digits end, just before its `-XXXX`.
_MASKED_TWICE = "-XXXX-XXXX"


class Checked(NamedTuple):
    """`provenance_problems`' answer: each problem in Danish and English; whether the entry was logged
    in the form before stop 55 (locators and source keys as stored); and how many rows a masked bundle
    cannot show as they were logged then."""

    problems: list[tuple[str, str]]
    before: bool
    untraceable: int


def _once(text: str) -> str:
    """`mask_cpr_like` as it was until stop 54: one pass."""
    return replace_cpr_like(text, lambda found: found.expand(MASKED_KEEPING_DATE))


def _rounded(value: Any) -> Any:
    """`value` with every integer beyond orjson's range as the float orjson read it as."""
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_rounded(item) for item in value]
    low, high = _ORJSON_INTEGERS
    if type(value) is int and not low <= value <= high:
        try:
            return float(value)
        except OverflowError:  # beyond a float too: orjson refused it, and the row was not stored so
            return value
    return value


def _before(row: dict[str, Any], masked: bool, once: bool, rounded: bool) -> dict[str, Any]:
    """A row as the hub of stops 53 and 54 hashed it: the locator and source key as stored."""
    shown = {part: row[part] for part in PROVENANCE_PARTS}
    raw = shown["raw_value"]
    if not masked and isinstance(raw, str):
        shown["raw_value"] = _once(raw) if once else mask_cpr_like(raw)
    if rounded:
        shown["locator"], shown["transforms"] = _rounded(shown["locator"]), _rounded(shown["transforms"])
    return shown


def _forms(rows: list[dict[str, Any]], masked: bool, before: bool) -> Iterator[list[bytes]]:
    """The rows' texts in each form the entry may have been logged in, the likeliest first."""
    if not before:
        yield [standard_text(shown_row(row, masked)) for row in rows]
        return
    seen: list[list[bytes]] = []
    # Stop 54's hub first (masked to the end, integers exact), then stop 53's (one pass, rounded).
    for once, rounded in ((False, False), (True, True), (True, False), (False, True)):
        texts = [standard_text(_before(row, masked, once, rounded)) for row in rows]
        if texts not in seen:
            seen.append(texts)
            yield texts


def _hides_logged(row: dict[str, Any]) -> bool:
    """Whether a masked bundle's row may show masked what an entry of before stop 55 hashed otherwise:
    a mask in the locator or source key (hashed as stored), a raw value masked more than once (hashed
    masked once)."""
    quoted = json.dumps([row.get("locator"), row.get("source_key")], ensure_ascii=False)
    raw = row.get("raw_value")
    return _MASK.search(quoted) is not None or (isinstance(raw, str) and _MASKED_TWICE in raw)


def provenance_problems(
    what: tuple[str, str],
    record: dict[str, Any],
    logged: dict[str, Any],
    masked: bool,
    files: tuple[str, str],
) -> Checked:
    """The rows of a version (`what`: `post N version V`, `record N version V`) that are not as `logged`,
    in Danish and English, each named by its field, where it was read and the file; one line for the
    version where no row can be named (a row taken out). `files`: the records' file and the log's."""
    rows = record.get("provenance")
    rows = rows if isinstance(rows, list) else []
    before = logged.get(TRACED_FORM) != FORM
    changed: list[dict[str, Any]] | None = None
    try:
        for texts in _forms(rows, masked, before):
            found = changed_rows(rows, texts, logged)
            if found is None:
                return Checked([], before, 0)
            changed = found if changed is None else changed  # named by the likeliest form's short hashes
    except (KeyError, TypeError, ValueError, AttributeError):
        changed = []  # not rows as the hub writes them (a lone surrogate cannot be stored): not as logged
    changed = changed or []
    untraceable = 0
    if before and masked and changed:
        kept = [row for row in changed if not _hides_logged(row)]
        untraceable, changed = len(changed) - len(kept), kept
        if not changed:
            return Checked([], before, untraceable)
    return Checked(_said(what, record, changed, files), before, untraceable)


def _said(
    what: tuple[str, str], record: dict[str, Any], changed: list[dict[str, Any]], files: tuple[str, str]
) -> list[tuple[str, str]]:
    what_da, what_en = what
    records_file, log_file = files
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
