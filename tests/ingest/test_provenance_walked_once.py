"""A version's provenance rows are hashed with each part walked once, to the same bytes (decision 0030,
stop 57).

The storing thread hashes some 18 provenance rows a form for the `record.<reason>` entry. It masked every
row's locator, source key and raw value (walking each locator for a ten-digit string) and then walked the
locator and transforms again for a float, though nearly every row has nothing to mask. Now a part with
nothing to mask is shown as it is, and only the others go through `masked_part`; the hash is the one
verify.py makes of the rows as the database gives them back.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from hub import jsoncodec
from hub.exports import bundle_provenance
from hub.exports.bundle_provenance import traced_provenance
from hub.services import record_hashes

# An XML form's row as the mapping makes it: nothing in it to mask.
PLAIN = {
    "record_version_id": 7,
    "path": "site.name",
    "document_sha256": "8d" * 32,
    "locator": {
        "xpath": "/Praktikaftale/Sted/Navn",
        "text": {"en": "/Praktikaftale/Sted/Navn", "da": "ditto"},
    },
    "source_key": "/{urn:dk:hoeje-taastrup:jobcenter:praktik:1}Praktikaftale[1]/{urn:x:1}Sted[1]",
    "raw_value": "Falck Søborg",
    "transforms": ["strip"],
}
# Rows with something to mask or to write the standard library's way, one part at a time.
OTHERS = [
    {**PLAIN, "raw_value": "021091-2845"},  # the citizen's CPR number, read
    {**PLAIN, "raw_value": "٠٢١٠٩١٢٨٤٥"},  # the same in Arabic-Indic digits: counted as `\d` counts them
    {**PLAIN, "source_key": "021091-2845!B3"},
    {**PLAIN, "locator": {"cell": "B3", "row": 3, "text": {"en": "beside 0210912845", "da": "ved"}}},
    {**PLAIN, "locator": {"cell": "B3", "rect": [72.5, 1e-05]}},  # a float: orjson writes it otherwise
    {**PLAIN, "locator": {"cell": "B3", "n": 2**70}, "raw_value": "0210912845"},  # beyond orjson, masked
    {**PLAIN, "locator": {"cell": "B3", "box": True, "page": None, "lines": [1, "two"]}},
    {**PLAIN, "transforms": [{"scale": 0.5}]},
    {**PLAIN, "source_key": None, "raw_value": None},
]


def _as_verified(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """What verify.py hashes: the rows as the JSON columns store them and the bundle writes them."""
    return traced_provenance(json.loads(json.dumps(jsoncodec.loads(jsoncodec.dumps(rows)))))


@pytest.mark.parametrize("row", [PLAIN, *OTHERS])
def test_each_row_hashes_as_verify_reads_it(row: dict[str, Any]) -> None:
    assert record_hashes.provenance_hashes([row]) == _as_verified([row])


def test_a_form_of_rows_hashes_as_verify_reads_it() -> None:
    rows = [PLAIN, *OTHERS, PLAIN]
    assert record_hashes.provenance_hashes(rows) == _as_verified(rows)


def test_a_row_with_nothing_to_mask_is_not_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The masking's walk is not run for a row with no ten-digit string (at stop 56 it ran three times a
    row: locator, source key and raw value)."""
    walked: list[Any] = []
    real = bundle_provenance.masked_part

    def counted(value: Any) -> Any:
        walked.append(value)
        return real(value)

    monkeypatch.setattr(bundle_provenance, "masked_part", counted)
    monkeypatch.setattr(record_hashes, "masked_part", counted, raising=False)
    record_hashes.provenance_hashes([PLAIN, PLAIN])
    assert walked == []
    record_hashes.provenance_hashes([OTHERS[0]])
    assert walked == ["021091-2845"]  # only the raw value that holds a CPR number
