"""A record version changed in place after it was stored no longer verifies (stop 52).

Before stop 52 a `record.<reason>` entry named only the version and its submission, so a hub whose
stored data was changed in the database (by an operator, a faulty migration) signed a bundle with the
changed record, and verify.py found every record logged. The entry now holds `data_sha256`, the
SHA-256 of the version's canonical data (sorted-key JSON, CPR as DDMMYY-XXXX, decision 0012 "Stop 52";
since stop 56 CPR-like text in the free text masked too, `data_form` 2, decision 0065 "Stop 56"), and
verify.py recomputes it from each line of `records/records.jsonl`. Gentofte shows full CPR numbers
(`cpr_in_bundles = "full"`), Gladsaxe masks them: the same hash checks out from both.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from received_order_support import stored_out_of_order
from sqlalchemy import select
from verifier_support import logged_before_stop_52, made_bundle, published_key, verified_alone

from hub.exports.bundle_traced import untraced
from hub.extensions import db
from hub.models import AuditEvent, Record, RecordVersion
from hub.services import record_hashes

demo = demo_copy_fixture("audit-walk-content", name="demo", users=False)
NOT_TRACEABLE = "not traceable to content"


@pytest.fixture(scope="module")
def key(demo: Flask) -> str:
    """The hub's published fingerprint."""
    return published_key(demo)


def _records(path: Path) -> list[dict[str, Any]]:
    with zipfile.ZipFile(path) as zipped:
        return [json.loads(line) for line in zipped.read("records/records.jsonl").splitlines()]


def _change_in_place(demo: Flask, record_id: int, version: int, change: Any) -> None:
    """What an UPDATE on `record_versions` does: the stored data changed, nothing logged."""
    with demo.app_context():
        stored = db.session.scalar(
            select(RecordVersion).where(
                RecordVersion.record_id == record_id, RecordVersion.version == version
            )
        )
        assert stored is not None
        stored.data = change(json.loads(json.dumps(stored.data)))
        db.session.commit()


# Decision 0065, "Stop 56": the keys whose values are identifiers, hashed as stored (part of form 2).
IDENTIFIER_KEYS = frozenset({"cpr", "cvr", "p_number", "phone", "participant_id", "email"})
# CPR-like text in the spellings this module's forms type (decision 0065 lists them all): ten digits, or
# six and four with a dash or a space between; its birth date kept, as the decision's DDMMYY-XXXX.
TYPED_CPR = re.compile(r"(?<!\d)(\d{6})[- ]?\d{4}(?!\d)")


def _masked_free_text(node: Any, key: str | None) -> Any:
    """`node` with CPR-like text masked in every string not under an identifier's key (a list's items
    are under the list's key); dict keys and numbers as they are."""
    if key in IDENTIFIER_KEYS:
        return node
    if isinstance(node, str):
        return TYPED_CPR.sub(r"\1-XXXX", node)
    if isinstance(node, dict):
        return {name: _masked_free_text(item, name) for name, item in node.items()}
    if isinstance(node, list):
        return [_masked_free_text(item, key) for item in node]
    return node


def _as_logged(data: dict[str, Any]) -> str:
    """The hash as the decisions tell an auditor to make it, written here from their text, form 2
    (decision 0065, "Stop 56", on decision 0012's "Stop 52"): SHA-256 of the UTF-8 JSON with sorted
    keys, no spaces, non-ASCII as it is, of the data with the citizen's CPR number as DDMMYY-XXXX and
    CPR-like text in every free-text string as DDMMYY-XXXX."""
    shown = _masked_free_text(json.loads(json.dumps(data)), None)
    shown["citizen"]["cpr"] = data["citizen"]["cpr"].replace("-", "")[:6] + "-XXXX"
    text = json.dumps(shown, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _logged_hashes(entries: list[dict[str, Any]]) -> dict[tuple[int, int], Any]:
    """Each version's `data_sha256` by (record, version), of the entries that log it in form 2."""
    logged = [e for e in entries if e["action"].startswith("record.") and "version" in e["detail"]]
    assert {e["detail"].get("data_form") for e in logged} <= {2}
    return {(int(e["subject"][7:]), e["detail"]["version"]): e["detail"].get("data_sha256") for e in logged}


def test_a_cpr_number_typed_into_the_free_text_is_hashed_masked_and_an_identifier_as_stored() -> None:
    # What the storing thread logs (`record_hashes.traced_data`) against form 2 as the decisions say it.
    typed = {
        "citizen": {"cpr": "010190-1234", "name": "Anna Hansen 0101901234"},
        "site": {"name": "Falck Ballerup", "p_number": "1012345678"},  # reads as a date: an identifier
        "note": "Ringet op, cpr 010190-1234 bekræftet",
        "entries": [{"date": "2026-09-01", "hours": "7.5", "text": ["ok", "010190 1234"]}],
    }
    logged = record_hashes.traced_data(typed)
    assert logged == {"data_sha256": _as_logged(typed), "data_form": 2}


@pytest.mark.parametrize(("who", "period"), [("gentofte", "2026-Q3"), ("gladsaxe", "2026-09")])
def test_every_record_the_hub_stored_is_traced_to_its_content(
    demo: Flask, key: str, tmp_path: Path, who: str, period: str
) -> None:
    bundle = made_bundle(demo, tmp_path, who, period)
    done = verified_alone(bundle, key)
    assert done.returncode == 0, done.stdout
    assert NOT_TRACEABLE not in done.stdout  # every version of the demo was stored with its hash
    with zipfile.ZipFile(bundle) as zipped:
        entries = [json.loads(line) for line in zipped.read("log/entries.jsonl").splitlines()]
    logged = _logged_hashes(entries)
    records = _records(bundle)
    assert records
    for shown in records:
        assert logged[(shown["record_id"], shown["version"])] == _as_logged(shown["record"])


def test_a_form_stored_again_on_top_of_an_older_one_logs_its_content(backend_app: Flask) -> None:
    # `received_order.reapply` stores a later form's data again as a new version (decision 0067).
    with backend_app.app_context():
        stored_out_of_order()
        sheet = db.session.scalars(select(Record).where(Record.form_type == "mentor_hours")).one()
        entries = db.session.scalars(select(AuditEvent).where(AuditEvent.subject == f"record:{sheet.id}"))
        logged = _logged_hashes(
            [{"action": e.action, "subject": e.subject, "detail": e.detail} for e in entries]
        )
        assert [v.reason for v in sheet.versions] == ["submitted", "submitted", "reapplied"]
        for version in sheet.versions:
            assert logged[(sheet.id, version.version)] == _as_logged(version.data)


def _hours_doubled(data: dict[str, Any]) -> dict[str, Any]:
    data["entries"][0]["hours"] = str(float(data["entries"][0]["hours"]) * 2)
    return data


def _born_a_day_later(data: dict[str, Any]) -> dict[str, Any]:
    cpr = data["citizen"]["cpr"].replace("-", "")
    data["citizen"]["cpr"] = f"{int(cpr[:2]) % 28 + 1:02d}{cpr[2:]}"
    return data


@pytest.mark.parametrize(
    ("who", "period", "form_type", "change"),
    [
        ("gentofte", "2026-Q3", "mentor_hours", _hours_doubled),  # full CPR in the bundle
        ("gladsaxe", "2026-09", "placement", _born_a_day_later),  # masked: the date is still traced
    ],
)
def test_a_record_changed_in_the_database_after_it_was_stored_failsverified_alone(
    demo: Flask, key: str, tmp_path: Path, who: str, period: str, form_type: str, change: Any
) -> None:
    before = made_bundle(demo, tmp_path, who, period)
    target = next(r for r in _records(before) if r["form_type"] == form_type)
    record, version = target["record_id"], target["version"]
    _change_in_place(demo, record, version, change)
    done = verified_alone(made_bundle(demo, tmp_path / "after", who, period), key)
    assert done.returncode == 1, done.stdout
    assert (
        f"records/records.jsonl: record {record} version {version} does not hold the content "
        "log/entries.jsonl logged when it was stored (data_sha256)"
    ) in done.stdout
    assert (
        f"records/records.jsonl: post {record} version {version} har ikke det indhold, "
        "log/entries.jsonl loggede, da den blev gemt (data_sha256)"
    ) in done.stdout
    assert "the bundle is NOT intact" in done.stdout


def test_versions_logged_before_their_content_was_are_counted_not_failed() -> None:
    # Entries as the hub wrote them before stop 52: the version and its submission, no data_sha256.
    entries = logged_before_stop_52([3, 4])
    records = [
        json.dumps(
            {
                "record_id": n,
                "version": 1,
                "submission_id": 7,
                "document": {"sha256": "a" * 64},
                "record": {"citizen": {"cpr": "010190-XXXX"}},
                "provenance": [],
            }
        )
        for n in (3, 4)
    ]
    found = untraced(entries, records, [])
    problems, count, without_content = found.problems, found.versions, found.without_content
    assert (problems, count, without_content) == ([], 2, 2)
