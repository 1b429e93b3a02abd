"""What a version's `record.<reason>` audit entry logs of what was stored: the hash of its data and of
its provenance rows, each as the database gives it back and as the auditor's `verify.py` hashes it
(`bundle_data`, `bundle_provenance`), computed on the storing thread for every form.
"""

from __future__ import annotations

from typing import Any

import orjson

from hub import jsoncodec
from hub.exports.bundle_data import DATA_FORM, TRACED_DATA_FORM, traced_data_sha256
from hub.exports.bundle_provenance import masked_part, standard_text, traced_provenance
from hub.exports.bundle_traced import TRACED_DATA
from hub.services.plain_parts import plain, ten_digits


def traced_data(data: dict[str, Any]) -> dict[str, Any]:
    """What a version's `record.<reason>` entry logs of its data: `data_sha256`
    (`bundle_data.traced_data_sha256`: free text with CPR-like text masked, as a masked bundle shows it)
    of the data as the database gives it back, through the JSON columns' codec and back, as the bundle
    reads it, so that a value the codec writes differently from what the form gave (a date, a tuple)
    hashes as stored; and `data_form`, the form it was hashed in (`bundle_data.DATA_FORM`)."""
    return {
        TRACED_DATA: traced_data_sha256(jsoncodec.loads(jsoncodec.dumps(data))),
        TRACED_DATA_FORM: DATA_FORM,
    }


def provenance_hashes(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """What a version's `record.<reason>` entry logs of its provenance rows (`bundle_provenance`:
    `provenance_sha256` and `provenance_rows`), of the rows as the database gives them back. Each row is
    shown as it is and masked only where `plain_parts` finds a part that may need it (stop 57)."""
    return traced_provenance(rows, masked=True, encode=_plain_or_masked_text)


def _plain_or_masked_text(row: dict[str, Any]) -> bytes:
    """A row's text as `shown_row` masks it and `_row_text` writes it, each part walked once
    (`plain_parts`): a plain part is shown as it is (masking gives it back unchanged), only the others
    are masked, and orjson writes the row where its locator and transforms are plain."""
    locator, key, raw = row["locator"], row["source_key"], row["raw_value"]
    plain_locator = plain(locator)
    plain_key = key is None or (type(key) is str and not ten_digits(key))
    plain_raw = raw is None or (type(raw) is str and not ten_digits(raw))
    shown = row
    if not (plain_locator and plain_key and plain_raw):  # a CPR number read, one or two rows a form
        shown = dict(row)
        if not plain_locator:
            shown["locator"] = masked_part(locator)
        if not plain_key:
            shown["source_key"] = masked_part(key)
        if not plain_raw:
            shown["raw_value"] = masked_part(raw)
    if plain_locator and plain(row["transforms"]):
        try:
            return orjson.dumps(shown, option=orjson.OPT_SORT_KEYS)
        except TypeError:  # orjson's JSONEncodeError: an integer beyond 64 bits, a lone surrogate, int keys
            return standard_text(jsoncodec.loads(jsoncodec.dumps(shown)))
    return _row_text(shown)


def _row_text(shown: dict[str, Any]) -> bytes:
    """The bytes the standard library's encoder gives of a row (`bundle_provenance.standard_text`), by
    orjson where it writes the same: it does for every string, integer and nesting, in 1/14 of the time
    (some 40 rows a form, on the storing thread). Not for floats ("1e-05" is orjson's "0.00001") nor what
    orjson will not write: those, and what the JSON columns write as something else (a tuple, a date),
    go through the columns' codec and back, as stored, and then through the standard library."""
    if _no_float(shown["locator"]) and _no_float(shown["transforms"]):
        try:
            return orjson.dumps(shown, option=orjson.OPT_SORT_KEYS)
        except TypeError:  # orjson's JSONEncodeError: an integer beyond 64 bits, a lone surrogate, int keys
            pass
    return standard_text(jsoncodec.loads(jsoncodec.dumps(shown)))


def _no_float(value: Any) -> bool:
    """Whether a locator or the transforms hold only what orjson writes as the standard library does:
    strings, integers, booleans and None, in dicts and lists (a tuple too is left to the slower way)."""
    left = [value]
    while left:
        item = left.pop()
        kind = type(item)
        if kind is dict:
            left.extend(item.values())
        elif kind is list:
            left.extend(item)
        elif kind is not str and kind is not int and kind is not bool and item is not None:
            return False
    return True
