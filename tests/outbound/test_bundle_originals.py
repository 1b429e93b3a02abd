"""The originals in an auditor's bundle follow the municipality's CPR rule (decision 0055): where it masks
CPR (Gladsaxe) the bundle carries none of their bytes and its signed manifest lists each, so that a copy
from the municipality can be checked; where it is full (Lyngby-Taarbæk) they go in, as before. The
verifier accepts the listing and still catches tampering."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import demo_copy_fixture
from test_bundle import rewrite, verify

from hub.cli import cli
from hub.extensions import blobs, db
from hub.models import Document
from hub.pseudonyms import CPR_LIKE, mask_cpr_like

# `hub bundle` logs `bundle.created`: this module's own copy of the session's demo.
lived_demo = demo_copy_fixture("bundle-originals", name="lived_demo", users=False)


def _bundle(app: Flask, folder: Path, municipality: str, period: str) -> Path:
    out = folder / f"{municipality}-{period}.zip"
    args = ["bundle", municipality, "--period", period, "--out", str(out)]
    result = FlaskCliRunner(app).invoke(cli, args)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def masked(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Gladsaxe's bundle for September 2026 (`cpr_in_bundles = "masked"`)."""
    return _bundle(lived_demo, tmp_path_factory.mktemp("originals"), "gladsaxe", "2026-09")


@pytest.fixture(scope="module")
def full(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Lyngby-Taarbæk's bundle for 2026-Q3 (`cpr_in_bundles = "full"`)."""
    return _bundle(lived_demo, tmp_path_factory.mktemp("originals"), "lyngby-taarbaek", "2026-Q3")


@pytest.fixture(scope="module")
def published(lived_demo: Flask) -> str:
    said = FlaskCliRunner(lived_demo).invoke(cli, ["audit", "key"]).stderr
    return said.split("fingerprint: ", 1)[1].split()[0]


def _listed(bundle: Path) -> list[dict[str, Any]]:
    """The originals the manifest lists without their bytes (not the claims downloaded earlier, which a
    masked bundle lists too once any test has downloaded one from the shared demo)."""
    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    files = manifest["files"]
    return [f for f in files if f.get("included") is False and f["path"].startswith("documents/")]


def test_a_masked_bundle_lists_the_originals_without_their_bytes_and_a_full_one_carries_them(
    lived_demo: Flask, masked: Path, full: Path
) -> None:
    zipped = zipfile.ZipFile(masked)
    listed = _listed(masked)
    assert listed and not [n for n in zipped.namelist() if n.startswith("documents/")]
    # Under no other name either: no file of the bundle is an original's bytes.
    carried = {hashlib.sha256(zipped.read(n)).hexdigest() for n in zipped.namelist()}
    assert not carried & {f["sha256"] for f in listed}
    versions = [json.loads(line) for line in zipped.read("records/records.jsonl").decode().splitlines()]
    with lived_demo.app_context():
        for entry in listed:
            document = db.session.get_one(Document, entry["sha256"])
            assert entry["path"] == f"documents/{document.sha256}.{document.format}"
            assert (entry["size"], entry["why"]) == (document.size, "cpr_masked")
            assert entry["filename"] == mask_cpr_like(document.filename)
            assert CPR_LIKE.search(entry["filename"]) is None
            # The original got from the municipality checks against the listing.
            assert hashlib.sha256(blobs.store.get(document.sha256)).hexdigest() == entry["sha256"]
            citing = {v["record_id"] for v in versions if v["document"]["sha256"] == entry["sha256"]}
            assert entry["records"] == sorted(citing) and citing
    # Where the rule is full, nothing changes: every original goes in, byte for byte.
    documents = [n for n in zipfile.ZipFile(full).namelist() if n.startswith("documents/")]
    assert documents and not _listed(full)
    with lived_demo.app_context():
        for name in documents:
            sha = name.split("/")[1].split(".")[0]
            assert zipfile.ZipFile(full).read(name) == blobs.store.get(sha)


def test_the_readme_says_why_the_originals_are_not_there_and_how_to_check_one(
    masked: Path, full: Path
) -> None:
    said = zipfile.ZipFile(masked).read("README.md").decode()
    said = " ".join(said.split())  # its lines break anywhere
    assert "**De andre originaler, alle andre end virksomhedens skemaer, er heller ikke med" in said
    assert "**The other originals, all but the company's forms, are not in this bundle either.**" in said
    assert "bed kommunen, pakken gælder, om den" in said and "ask the municipality this bundle is for" in said
    assert "sha256sum" in said and '"included": false' in said
    assert "not in this bundle" not in zipfile.ZipFile(full).read("README.md").decode()


def test_the_verifier_says_the_originals_are_listed_not_included(masked: Path, published: str) -> None:
    done = verify(masked, key=published)
    assert done.returncode == 0, done.stdout + done.stderr
    count = len(_listed(masked))
    assert f"{count} originals listed, not included (CPR masked)" in done.stdout
    assert f"{count} originaler er listet, ikke med (CPR maskeret)" in done.stdout
    assert "the bundle is intact" in done.stdout


@pytest.mark.parametrize("kind", ["original added", "listing changed", "listing flipped", "record"])
def test_tampering_with_a_masked_bundle_is_still_caught(
    lived_demo: Flask, masked: Path, tmp_path: Path, published: str, kind: str
) -> None:
    zipped = zipfile.ZipFile(masked)
    first = _listed(masked)[0]
    manifest = zipped.read("manifest.json")
    add: dict[str, bytes] = {}
    change: dict[str, bytes | None] = {}
    if kind == "original added":  # the full CPR numbers slipped in under the listed name
        with lived_demo.app_context():
            add[first["path"]] = blobs.store.get(first["sha256"])
    elif kind == "listing changed":
        change["manifest.json"] = manifest.replace(first["sha256"].encode(), b"0" * 64, 1)
    elif kind == "listing flipped":
        change["manifest.json"] = manifest.replace(b'"included": false', b'"included": true', 1)
    else:
        records = zipped.read("records/records.jsonl")
        change["records/records.jsonl"] = records.replace(b'"version": 1', b'"version": 2', 1)
    done = verify(rewrite(masked, tmp_path / "tampered.zip", change, add), key=published)
    assert done.returncode == 1, done.stdout
    assert "the bundle is NOT intact" in done.stdout
    if kind == "original added":
        assert f"{first['path']} is listed as not included, but is there" in done.stdout
