"""The manifest, made one entry at a time, is byte for byte the JSON one `json.dumps` of the whole
would give: the signature is over these bytes, and the verifier reads them as JSON."""

from __future__ import annotations

import io
import json
from datetime import datetime
from typing import Any

import pytest

from hub.exports.bundle_zip import BundleZip


def _whole(header: dict[str, Any], bundle: BundleZip) -> bytes:
    """How the manifest was made before: one dump of every entry at once."""
    files = [e.listed() for e in bundle.entries]
    whole = header | {"files": files}
    return json.dumps(whole, ensure_ascii=False, sort_keys=True, indent=1).encode() + b"\n"


@pytest.mark.parametrize(
    "header",
    [
        {"bundle": {"municipality": "Lyngby-Taarbæk", "period": "2026-Q3", "tree_size": 12}},
        # Keys that sort after "files", and a value that spells the list's own key.
        {"bundle": {"note": '\n "files": []'}, "zebra": [1, {"a": None}], "aa": {}},
    ],
)
def test_the_manifest_is_the_bytes_one_dump_gives(header: dict[str, Any]) -> None:
    bundle = BundleZip(io.BytesIO(), datetime(2026, 12, 3, 9, 0))
    bundle.add_bytes("records/records.jsonl", b'{"a": 1}\n')
    bundle.add_bytes("README.md", "Særlige tegn: ÆØÅ ł\n".encode())
    about = {"why": "cpr_masked", "filename": "010190-XXXX ansøgning.pdf", "records": [3, 17]}
    bundle.list_only("documents/ab.pdf", 1234, "ab" * 32, about)
    bundle.list_only("claim/hentet/x.csv", 0, "cd" * 32, {"why": "cpr_masked", "nested": {"k": []}})
    assert bundle.manifest(header) == _whole(header, bundle)


def test_a_manifest_of_no_files_is_the_bytes_one_dump_gives() -> None:
    bundle = BundleZip(io.BytesIO(), datetime(2026, 12, 3, 9, 0))
    header = {"bundle": {"period": "2026-09"}}
    assert bundle.manifest(header) == _whole(header, bundle)
