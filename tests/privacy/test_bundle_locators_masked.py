"""A masked bundle's provenance shows no CPR number where a value was read, and the log still vouches
for it (decision 0065, "Stop 55: privacy-63").

A locator quotes the document: a workbook's sheet named after the citizen, a label printed beside a PDF
field. Until stop 55 a masked bundle showed the locator and the source key as stored and masked only the
raw value. They are masked now as the raw value is, and the `record.<reason>` entry's
`provenance_sha256` is of them so (`provenance_form` 2). Entries logged before (stops 53 and 54) still
verify in the form they were logged in: with the locator as stored, a raw value masked in one pass
(stop 53) and an integer beyond 64 bits hashed as the float orjson read it as (stop 53).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sweep_capture import Spellings

from hub.exports.bundle_traced import untraced
from hub.models import Provenance
from hub.services import bundle_records, record_hashes

CPR = "0101901234"
SHA = "b" * 64
LONG = 123456789012345678901234  # beyond 64 bits: orjson read it back as a float until stop 54
NAMED = {
    "path": "entries.0.hours",
    "document_sha256": SHA,
    "locator": {"sheet": CPR, "cell": "B4", "n": LONG, "text": {"da": f'ark "{CPR}", celle B4'}},
    "source_key": f"{CPR}!B4",
    "raw_value": "0101.2001011234",  # masked once: 0101.200101-XXXX; to the end: 010120-XXXX-XXXX
    "transforms": [],
}
PLAIN = {**NAMED, "path": "entries.1.hours", "locator": {"field": "timer2"}, "source_key": "timer2"}
PLAIN["raw_value"] = "7,5"


def _shown(row: dict[str, Any], rule: str) -> dict[str, Any]:
    """A row as the bundle of `rule` shows it (`bundle_records`)."""
    stored = Provenance(**{key: value for key, value in row.items()})
    return bundle_records._provenance(stored, rule)


def _lines(rows: list[dict[str, Any]], logged: dict[str, Any], rule: str) -> tuple[list[str], list[str]]:
    """The log's lines (the version's entry holding `logged`) and records.jsonl's line of a version."""
    received = {"action": "submission.received", "subject": "submission:7", "detail": {"sha256": SHA}}
    stored = {"action": "record.submitted", "subject": "record:3", "detail": {"version": 1, "submission": 7}}
    stored["detail"] |= logged
    record = {
        "record_id": 3,
        "version": 1,
        "submission_id": 7,
        "document": {"sha256": SHA, "filename": "timer.xlsx"},
        "record": {},
        "provenance": [_shown(row, rule) for row in rows],
    }
    return [json.dumps(received), json.dumps(stored)], [json.dumps(record)]


def _logged_before(rows: list[dict[str, Any]], raw: list[str], locators: list[Any]) -> dict[str, Any]:
    """What the hub of stops 53 and 54 logged of `rows`, written out from decision 0012's "Stop 53": each
    row's parts as stored but the raw value (`raw`, as masked then) and the locator (`locators`, as the
    JSON columns' codec read it back), JSON with sorted keys, no spaces, non-ASCII as it is."""
    texts = []
    for row, value, locator in zip(rows, raw, locators, strict=True):
        shown = {**row, "raw_value": value, "locator": locator}
        texts.append(json.dumps(shown, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
    whole = "[" + ",".join(sorted(texts)) + "]"
    return {
        "provenance_sha256": hashlib.sha256(whole.encode()).hexdigest(),
        "provenance_rows": sorted(hashlib.sha256(t.encode()).hexdigest()[:8] for t in texts),
    }


def test_a_masked_bundle_shows_no_cpr_number_in_a_locator_or_source_key() -> None:
    shown = _shown(NAMED, "masked")
    said = json.dumps([shown["locator"], shown["source_key"]], ensure_ascii=False)
    assert Spellings({CPR}).find(said) is None
    assert shown["locator"]["sheet"] == "010190-XXXX" and shown["source_key"] == "010190-XXXX!B4"
    assert shown["locator"]["n"] == LONG
    assert _shown(NAMED, "full")["locator"]["sheet"] == CPR  # a full bundle shows it as stored


def test_the_hub_s_hash_verifies_from_either_bundle() -> None:
    logged = record_hashes.provenance_hashes([NAMED, PLAIN])
    assert logged["provenance_form"] == 2
    for rule, masked in (("full", False), ("masked", True)):
        lines, records = _lines([NAMED, PLAIN], logged, rule)
        found = untraced(lines, records, [], masked)
        assert (found.problems, found.provenance_before, found.untraceable_rows) == ([], 0, 0), rule


def test_an_entry_logged_by_stop_53_verifies_in_its_form() -> None:
    rounded = {**NAMED["locator"], "n": float(LONG)}  # as orjson read the integer back
    logged = _logged_before([NAMED, PLAIN], ["0101.200101-XXXX", "7,5"], [rounded, PLAIN["locator"]])
    lines, records = _lines([NAMED, PLAIN], logged, "full")
    found = untraced(lines, records, [], False)
    assert (found.problems, found.provenance_before, found.untraceable_rows) == ([], 1, 0)


def test_an_entry_logged_by_stop_54_verifies_in_its_form() -> None:
    # Stop 54: masked to the end, the integer whole; the locator and source key still as stored.
    logged = _logged_before([NAMED, PLAIN], ["010120-XXXX-XXXX", "7,5"], [NAMED["locator"], PLAIN["locator"]])
    lines, records = _lines([NAMED, PLAIN], logged, "full")
    found = untraced(lines, records, [], False)
    assert (found.problems, found.provenance_before, found.untraceable_rows) == ([], 1, 0)


def test_a_masked_bundle_counts_what_it_cannot_show_as_logged_and_checks_the_rest() -> None:
    logged = _logged_before([NAMED, PLAIN], ["010120-XXXX-XXXX", "7,5"], [NAMED["locator"], PLAIN["locator"]])
    lines, records = _lines([NAMED, PLAIN], logged, "masked")
    found = untraced(lines, records, [], True)
    assert (found.problems, found.provenance_before, found.untraceable_rows) == ([], 1, 1)
    changed = json.loads(records[0])
    changed["provenance"][1]["raw_value"] = "8,5"  # the row the bundle can show as logged, changed
    found = untraced(lines, [json.dumps(changed)], [], True)
    assert [en for _, en in found.problems] == [
        "records/records.jsonl: record 3 version 1, field entries.1.hours "
        '({"field": "timer2"}) in timer.xlsx: its provenance is not what log/entries.jsonl logged when '
        "the version was stored (provenance_sha256)"
    ]
