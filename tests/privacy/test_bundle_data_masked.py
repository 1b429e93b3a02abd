"""A masked bundle's records show no CPR number typed into the data's free text, and the log still vouches
for them (decision 0065, "Stop 56: privacy-64").

Until stop 56 the `record.<reason>` entry's `data_sha256` was of the data with only `citizen.cpr` masked
(decision 0012, "Stop 52"), so a masked bundle showed a name, the purpose or a note as stored, a CPR number
typed into it too. The hash is of the data as a masked bundle shows it now: CPR-like text in every
free-text string as DDMMYY-XXXX, identifiers (a P-number, a CVR number) as stored, and the entry says so,
`data_form` 2. Entries logged before are checked in their own form: exactly from a `full` bundle; from a
masked one, a version whose free text the bundle shows masked is counted as not traceable, every other
version checked. Expected hashes are written here from the decisions' text, not from the hub's code.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sweep_capture import Spellings

from hub.exports.bundle_traced import untraced
from hub.services import bundle_records, record_hashes

CPR = "0101901234"
SHA = "c" * 64
P_NUMBER = "1012345678"  # reads as a date, 10 December 1934: an identifier, shown as stored
TYPED = {
    "form_type": "progress_report",
    "citizen": {"cpr": "010190-1234", "name": f"Anna Hansen {CPR}"},
    "site": {"name": "Falck Ballerup", "p_number": P_NUMBER},
    "purpose": "Afklaring, cpr 01 01 90 1234",
    "note": "Ringet op\n01.01.90-1234 bekræftet",
    "entries": [{"date": "2026-09-01", "hours": "7.5", "text": ["ok", "010190 - 1234"]}],
}
PLAIN = {
    "form_type": "mentor_hours",
    "citizen": {"cpr": "020290-2345", "name": "Bo Berg"},
    "note": "Mødt til tiden 2026-09-02",
    "entries": [{"date": "2026-09-02", "hours": "6.0"}],
}


def _sha(data: dict[str, Any]) -> str:
    """Decision 0012, "Stop 52": SHA-256 of the UTF-8 JSON with sorted keys, no spaces, non-ASCII as it is."""
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _logged_before(data: dict[str, Any]) -> dict[str, Any]:
    """What the hub of stops 52 to 55 logged of `data`: `data_sha256` of the data with the citizen's CPR
    number as its first six digits, a dash and four X's, the free text as stored; no `data_form`."""
    shown = json.loads(json.dumps(data))
    shown["citizen"]["cpr"] = shown["citizen"]["cpr"].replace("-", "")[:6] + "-XXXX"
    return {"data_sha256": _sha(shown)}


def _lines(versions: list[tuple[dict[str, Any], dict[str, Any]]], rule: str) -> tuple[list[str], list[str]]:
    """The log's lines and records.jsonl's lines of record 1, 2, … (each version's data and what its entry
    logged), as a bundle of `rule` shows them."""
    received = {"action": "submission.received", "subject": "submission:7", "detail": {"sha256": SHA}}
    lines, records = [json.dumps(received)], []
    for number, (data, logged) in enumerate(versions, start=1):
        detail = {"version": 1, "submission": 7, **logged}
        lines.append(
            json.dumps({"action": "record.submitted", "subject": f"record:{number}", "detail": detail})
        )
        shown = {
            "record_id": number,
            "version": 1,
            "submission_id": 7,
            "document": {"sha256": SHA, "filename": "rapport.pdf"},
            "record": bundle_records._masked(json.loads(json.dumps(data)), rule),
            "provenance": [],
        }
        records.append(json.dumps(shown, ensure_ascii=False))
    return lines, records


def test_a_masked_bundle_shows_no_cpr_number_in_the_data_s_free_text() -> None:
    shown = bundle_records._masked(TYPED, "masked")
    assert Spellings({CPR}).find(json.dumps(shown, ensure_ascii=False)) is None
    assert shown["citizen"] == {"cpr": "010190-XXXX", "name": "Anna Hansen 010190-XXXX"}
    assert shown["note"] == "Ringet op\n010190-XXXX bekræftet"
    assert shown["entries"][0]["text"] == ["ok", "010190-XXXX"]
    assert shown["site"]["p_number"] == P_NUMBER  # an identifier, in its own field: as stored
    assert bundle_records._masked(TYPED, "full") == TYPED  # a full bundle shows the data as stored
    assert TYPED["note"] == "Ringet op\n01.01.90-1234 bekræftet"  # the stored data is not changed


def test_the_hub_hashes_what_a_masked_bundle_shows() -> None:
    logged = record_hashes.traced_data(TYPED)
    assert logged["data_form"] == 2
    # What the auditor reads is what was hashed (decision 0065, "Stop 56").
    assert logged["data_sha256"] == _sha(bundle_records._masked(TYPED, "masked"))


def test_the_hub_s_hash_verifies_from_either_bundle() -> None:
    versions = [(TYPED, record_hashes.traced_data(TYPED)), (PLAIN, record_hashes.traced_data(PLAIN))]
    for rule, masked in (("full", False), ("masked", True)):
        found = untraced(*_lines(versions, rule), [], masked)
        assert (found.problems, found.data_before, found.untraceable_data) == ([], 0, 0), rule
    lines, records = _lines(versions, "full")
    changed = json.loads(records[0])
    # The typed number's date changed: its last four digits are not in the hash, as the citizen's are not.
    changed["record"]["note"] = "Ringet op\n01.01.91-1234 bekræftet"
    found = untraced(lines, [json.dumps(changed), records[1]], [], False)
    assert [en for _, en in found.problems] == [
        "records/records.jsonl: record 1 version 1 does not hold the content log/entries.jsonl logged "
        "when it was stored (data_sha256)"
    ]


def test_an_entry_logged_before_verifies_from_a_full_bundle_exactly() -> None:
    versions = [(TYPED, _logged_before(TYPED)), (PLAIN, _logged_before(PLAIN))]
    lines, records = _lines(versions, "full")
    found = untraced(lines, records, [], False)
    assert (found.problems, found.data_before, found.untraceable_data) == ([], 2, 0)
    changed = json.loads(records[0])
    changed["record"]["note"] = "Ringet op\n01.01.90-1235 bekræftet"
    found = untraced(lines, [json.dumps(changed), records[1]], [], False)
    assert len(found.problems) == 1 and "record 1 version 1" in found.problems[0][1]


def test_a_masked_bundle_counts_what_it_cannot_show_as_logged_and_checks_the_rest() -> None:
    versions = [(TYPED, _logged_before(TYPED)), (PLAIN, _logged_before(PLAIN))]
    lines, records = _lines(versions, "masked")
    found = untraced(lines, records, [], True)
    assert (found.problems, found.data_before, found.untraceable_data) == ([], 2, 1)
    changed = json.loads(records[1])
    changed["record"]["entries"][0]["hours"] = "8.0"  # the version the bundle can show as logged
    found = untraced(lines, [records[0], json.dumps(changed)], [], True)
    assert [en for _, en in found.problems] == [
        "records/records.jsonl: record 2 version 1 does not hold the content log/entries.jsonl logged "
        "when it was stored (data_sha256)"
    ]
