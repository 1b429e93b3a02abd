"""A record version's data as the log hashes it and a masked bundle shows it (decision 0065, "Stop 56:
privacy-64"; decision 0012, "Stop 52").

Since stop 52 a `record.<reason>` entry holds `data_sha256`, the SHA-256 of the version's data with the
citizen's CPR number as DDMMYY-XXXX. Until stop 56 that was all it masked, so a masked bundle showed the
data's free text as stored (a name, the purpose, a note with a CPR number typed into it): masking it there
would have failed the hash. Since stop 56 the entry says `data_form` 2 (`TRACED_DATA_FORM`): the data was
hashed with CPR-like text masked in every free-text string as well (`shown_data`: every string but those
under an identifier's key, `DATA_IDENTIFIERS`, as the hub's pages mask a record), which is what a masked
bundle shows and what verify.py makes of a `full` bundle's data before hashing it. An entry without it
was logged with the free text as stored and is checked in that form (`logged_data_sha256`); a masked
bundle cannot show such a version as it was hashed where it masks a typed number (`hides_logged_data`),
so it is counted, not failed. Standard library only: written into `verify.py` after `bundle_provenance`.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from hub.exports.bundle_provenance import holds_ten_digits
from hub.pseudonyms import mask_cpr_like

TRACED_DATA_FORM = "data_form"  # a `record.<reason>` entry's key: how the data was shown when hashed
DATA_FORM = 2
# Keys whose values are identifiers, not free text: shown as stored, as the pages show them
# (`placement_reads.IDENTIFIERS`); `citizen.cpr` is the citizen's own, as DDMMYY-XXXX. Part of form 2.
DATA_IDENTIFIERS = frozenset({"cpr", "cvr", "p_number", "phone", "participant_id", "email"})
_DATA_MASKED = re.compile(r"\d{6}-XXXX")  # a CPR-like text as `mask_cpr_like` leaves it


def traced_data_sha256(data: dict[str, Any]) -> str:
    """The SHA-256 (hex) the hub logs a version's canonical data under (form 2, `logged_data_sha256`). The
    log goes whole to every auditor of the municipality, also where its rule masks CPR, and a hash over a
    full CPR number with the rest of the record known gives the number away in 10,000 guesses; so the
    last four digits are left out of it, and the same form is hashed from a bundle that shows them
    (`full`) or not (`masked`). Those four digits are traced by the original, not the log."""
    return logged_data_sha256(data, DATA_FORM)


def data_held(data: Any, sha: str | None, form: Any, masked: bool) -> bool | None:
    """Whether a bundle's version's data is what its entry logged (`sha`, `form`: its `data_form`); None
    where a masked bundle cannot tell: the entry hashed the free text as stored (before stop 56) and the
    bundle shows a typed CPR number in it masked (`hides_logged_data`)."""
    if not isinstance(data, dict):
        return False
    if logged_data_sha256(data, form) == sha:
        return True
    return None if form != DATA_FORM and masked and hides_logged_data(data) else False


def logged_data_sha256(data: dict[str, Any], form: Any = DATA_FORM) -> str:
    """The SHA-256 (hex) a version's data is logged under in `form`: of its UTF-8 JSON with sorted keys,
    separators `,` and `:`, non-ASCII as it is, the citizen's CPR number as `DDMMYY-XXXX`, and (form 2)
    CPR-like text in every free-text string as `DDMMYY-XXXX` (`shown_data`); any other form, the entries
    of stops 52 to 55 without `data_form`: the free text as stored."""
    shown = shown_data(data) if form == DATA_FORM else _cpr_masked(data)
    text = json.dumps(shown, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _cpr_masked(data: dict[str, Any]) -> dict[str, Any]:
    """The data with the citizen's CPR number as `DDMMYY-XXXX` (a new dict where it is changed)."""
    citizen = data.get("citizen")
    if isinstance(citizen, dict) and isinstance(citizen.get("cpr"), str):
        return {**data, "citizen": {**citizen, "cpr": citizen["cpr"].replace("-", "")[:6] + "-XXXX"}}
    return data


def shown_data(data: dict[str, Any]) -> dict[str, Any]:
    """A version's data as a masked bundle shows it and form 2 hashes it: the citizen's CPR number as
    `DDMMYY-XXXX`, CPR-like text in every other string not under an identifier's key as `DDMMYY-XXXX`
    (`mask_cpr_like`). Masking twice gives what masking once gives, so a masked bundle's data hashes as
    it is; the data itself is not changed."""
    shown = _cpr_masked(data)
    return _masked_node(shown, None) if _free_text_to_mask(shown) else shown


def _free_text_to_mask(data: dict[str, Any]) -> bool:
    """Whether a free-text string has ten digits (`holds_ten_digits`): nearly no record has, and then
    nothing is copied. A loop over the strings only, on the storing thread."""
    left: list[Any] = [data]
    while left:
        node = left.pop()
        if type(node) is dict:
            for key, item in node.items():
                if type(item) is str:
                    if len(item) >= 10 and key not in DATA_IDENTIFIERS and holds_ten_digits(item):
                        return True
                elif key not in DATA_IDENTIFIERS and isinstance(item, (dict, list)):
                    left.append(item)
        elif type(node) is list:
            for item in node:
                if isinstance(item, str):
                    if len(item) >= 10 and holds_ten_digits(item):
                        return True
                elif isinstance(item, (dict, list)):
                    left.append(item)
    return False


def _masked_node(node: Any, key: str | None) -> Any:
    """`node` with CPR-like text masked in its free-text strings (`key`: the dict key it is under; a
    list's items are under its key)."""
    if key in DATA_IDENTIFIERS:
        return node
    if isinstance(node, str):
        return mask_cpr_like(node)
    if isinstance(node, dict):
        return {name: _masked_node(item, name) for name, item in node.items()}
    if isinstance(node, list):
        return [_masked_node(item, key) for item in node]
    return node


def hides_logged_data(shown: dict[str, Any]) -> bool:
    """Whether a masked bundle's data shows a mask in a free-text string: where an entry without
    `data_form` hashed the free text as stored, what was hashed may be hidden."""
    left: list[tuple[str | None, Any]] = [(None, shown)]
    while left:
        key, node = left.pop()
        if key in DATA_IDENTIFIERS:
            continue
        if isinstance(node, str) and _DATA_MASKED.search(node):
            return True
        if isinstance(node, dict):
            left.extend(node.items())
        elif isinstance(node, list):
            left.extend((key, item) for item in node)
    return False
