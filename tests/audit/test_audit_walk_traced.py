"""An auditor's walk (stop 51): the bundle's records and originals against the log, not the hub's word.

The manifest's signature proves only that the hub signed the bundle as it is. Here the hub's own key
signs a bundle into which a record version and an original were put that the hub never logged (as a
faulty or dishonest hub would): every file matches the signed manifest and every log entry is proven,
so before stop 51 verify.py called it intact. Each record version must have the `record.<reason>` entry
the hub writes when it stores one (hub/services/normalise.py: subject `record:N`, detail `version` and
`submission`), each document it was read from, and each original the manifest lists, the
`submission.received` entry naming its SHA-256 (hub/services/ingest_new.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import demo_copy_fixture
from verifier_support import logged_before_stop_52, verified_alone

from hub.cli import cli
from hub.exports.bundle_traced import untraced
from hub.signing import signer

demo = demo_copy_fixture("audit-walk-traced", name="demo", users=False)


@pytest.fixture(scope="module")
def bundle(demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Gladsaxe's bundle for September 2026 (CPR masked: the originals listed, not enclosed)."""
    out = tmp_path_factory.mktemp("walk") / "gladsaxe-2026-09.zip"
    made = FlaskCliRunner(demo).invoke(cli, ["bundle", "gladsaxe", "--period", "2026-09", "--out", str(out)])
    assert made.exit_code == 0, made.output
    return out


def _resigned(demo: Flask, source: Path, target: Path, records: bytes, extra: list[dict[str, Any]]) -> Path:
    """`source` with `records` as its records.jsonl and `extra` entries in its manifest, signed again
    with the hub's own key: what a hub could sign that it never logged."""
    with zipfile.ZipFile(source) as old:
        manifest = json.loads(old.read("manifest.json"))
        for entry in manifest["files"]:
            if entry["path"] == "records/records.jsonl":
                entry.update(sha256=hashlib.sha256(records).hexdigest(), size=len(records))
        manifest["files"].extend(extra)
        text = json.dumps(manifest, indent=1).encode()
        with demo.app_context():
            signature = base64.b64encode(signer().key.sign(text)) + b"\n"
        changed = {"records/records.jsonl": records, "manifest.json": text, "manifest.sig": signature}
        with zipfile.ZipFile(target, "w") as new:
            for item in old.infolist():
                new.writestr(item, changed.get(item.filename, old.read(item.filename)))
    return target


def test_the_hubs_bundle_is_logged_record_by_record(demo: Flask, bundle: Path) -> None:
    key = FlaskCliRunner(demo).invoke(cli, ["audit", "key"]).stderr.split("fingerprint: ")[1].split()[0]
    done = verified_alone(bundle, key)
    assert done.returncode == 0, done.stdout
    with zipfile.ZipFile(bundle) as zipped:
        count = len(zipped.read("records/records.jsonl").splitlines())
    assert f"{count} record versions and their documents were logged when they were stored" in done.stdout


def test_the_readme_says_what_is_checked_against_the_log_and_how_gaps_are_listed(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as zipped:
        danish, english = zipped.read("README.md").decode().split("## English")
    flat_da, flat_en = " ".join(danish.split()), " ".join(english.split())
    assert "Den kontrollerer også hver postversion og hvert dokument mod loggen" in flat_da
    assert "It also checks each record version and document against the log" in flat_en
    assert "ikke underskrevet timeseddel) står som `mangler` eller `forkert` med grunden" in flat_da
    assert "is listed as `missing` or `wrong` (`mangler`, `forkert`) with its reason" in flat_en


def test_a_record_or_original_the_hub_signed_but_never_logged_is_named(
    demo: Flask, bundle: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(bundle) as zipped:
        lines = zipped.read("records/records.jsonl").splitlines()
    first = json.loads(lines[0])
    unlogged = {**first, "version": 99}  # a version of the record no `record.…` entry names
    never = hashlib.sha256(b"a form nobody sent").hexdigest()
    forged = {**first, "version": 100, "document": {**first["document"], "sha256": never}}
    records = b"\n".join([*lines, json.dumps(unlogged).encode(), json.dumps(forged).encode()]) + b"\n"
    extra = [
        # An original listed (CPR masked: not enclosed) that no `submission.received` entry names.
        {
            "path": f"documents/{never}.pdf",
            "sha256": never,
            "size": 10,
            "included": False,
            "why": "cpr_masked",
        },
    ]
    target = _resigned(demo, bundle, tmp_path / "forged.zip", records, extra)
    key = FlaskCliRunner(demo).invoke(cli, ["audit", "key"]).stderr.split("fingerprint: ")[1].split()[0]
    done = verified_alone(target, key)
    assert done.returncode == 1, done.stdout
    assert "the manifest's signature does NOT verify" not in done.stdout  # the hub's key signed it
    record = first["record_id"]
    assert (
        f"records/records.jsonl: record {record} version 99 has no log entry in log/entries.jsonl"
        in done.stdout
    )
    assert (
        f"records/records.jsonl: post {record} version 99 har ingen logpost i log/entries.jsonl"
        in done.stdout
    )
    assert (
        f"records/records.jsonl: record {record} version 100 was read from document {never[:12]}, "
        "which log/entries.jsonl has not as received"
    ) in done.stdout
    assert f"documents/{never}.pdf: log/entries.jsonl has it not as received" in done.stdout
    assert f"documents/{never}.pdf: log/entries.jsonl har det ikke som modtaget" in done.stdout
    assert "the bundle is NOT intact" in done.stdout


def test_an_original_not_named_by_its_sha256_and_a_version_from_another_submission() -> None:
    # Entries as the hub writes them (ingest_new.py, normalise.py); one version stored from submission 7.
    entries = logged_before_stop_52([3])
    record = {
        "record_id": 3,
        "version": 1,
        "submission_id": 8,  # not the submission the log says it was stored from
        "document": {"sha256": "a" * 64},
        "provenance": [{"document_sha256": "a" * 64}],
    }
    files = [{"path": f"documents/{'b' * 64}.pdf", "sha256": "a" * 64, "size": 1}]
    found = untraced(entries, [json.dumps(record)], files)
    problems, count = found.problems, found.versions
    assert count == 1
    assert [english for _danish, english in problems] == [
        "records/records.jsonl: record 3 version 1 is from submission 8, but log/entries.jsonl says 7",
        f"documents/{'b' * 64}.pdf: its name is not its SHA-256",
    ]
