"""The claims in an auditor's bundle follow the municipality's CPR rule (decision 0057): where it masks
CPR, the claim the bundle computes has CPR masked and the downloaded claim files are listed in the signed
manifest, not enclosed; where it is full, both are there as before. The verifier checks the listing.

The scan for CPR numbers looks for every citizen's number the hub holds, written as digits, with a dash
or a space, in every file's bytes and, for a PDF, in its streams decompressed (pikepdf), its form fields'
values and its pages' text (pypdf). It cannot see a number drawn as an image or with a font whose
encoding maps digits elsewhere; the hub's own PDFs use neither.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import everyone_on_a_copy
from pypdf import PdfReader
from sqlalchemy import select
from test_bundle import rewrite, verify

from hub.cli import cli
from hub.extensions import db
from hub.models import RecordVersion

# Municipality, agreement, claim period: four formats where CPR is masked, one where it is full.
MASKED = [
    ("gladsaxe", "falck-hovedstaden", "2026-08"),  # PDF, flattened
    ("ballerup", "falck-hovedstaden", "2026-Q3"),  # PDF form
    ("herlev", "falck-hovedstaden", "2026-08"),  # CSV
    ("hoeje-taastrup", "falck-hovedstaden", "2026-08"),  # XML, whose XSD wants the digits
]
FULL = ("lyngby-taarbaek", "brfkredit", "2026-Q3")  # XML


@dataclass(frozen=True)
class Made:
    """A bundle made after its municipality downloaded its claim, and the file it downloaded."""

    bundle: Path
    downloaded: bytes
    fmt: str


@dataclass(frozen=True)
class Demo:
    bundles: dict[str, Made]
    cprs: frozenset[str]
    key: str


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """On a copy of the demo: each municipality downloads its claim, then its auditor's bundle is made."""
    folder = tmp_path_factory.mktemp("claims-masked")
    made = {}
    with everyone_on_a_copy(lived_demo, folder / "copy") as app:
        runner = FlaskCliRunner(app)
        for municipality, agreement, period in [*MASKED, FULL]:
            downloaded = folder / f"{municipality}-krav"
            args = ["claim", municipality, "--agreement", agreement, "--period", period]
            done = runner.invoke(cli, [*args, "--out", str(downloaded)])
            assert done.exit_code == 0, done.output
            out = folder / f"{municipality}.zip"
            done = runner.invoke(cli, ["bundle", municipality, "--period", period, "--out", str(out)])
            assert done.exit_code == 0, done.output
            download = _download_of(out, downloaded.read_bytes())
            made[municipality] = Made(out, downloaded.read_bytes(), download["path"].rsplit(".", 1)[1])
        with app.app_context():
            texts = (json.dumps(d) for d in db.session.scalars(select(RecordVersion.data)))
            cprs = frozenset(m for text in texts for m in re.findall(r'"cpr": "(\d{10})"', text))
        said = runner.invoke(cli, ["audit", "key"]).stderr
    yield Demo(made, cprs, said.split("fingerprint: ", 1)[1].split()[0])


def _seen(name: str, data: bytes) -> list[bytes]:
    """What a reader of one file can see, as bytes to search."""
    if not name.endswith(".pdf"):
        return [data]
    plain = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(plain, compress_streams=False, object_stream_mode=pikepdf.ObjectStreamMode.disable)
        streams = [o.read_bytes() for o in pdf.objects if isinstance(o, pikepdf.Stream)]
    reader = PdfReader(io.BytesIO(data))
    values = [str(f.get("/V", "")) for f in (reader.get_fields() or {}).values()]
    text = "\n".join([*values, *(page.extract_text() for page in reader.pages)])
    return [data, plain.getvalue(), *streams, text.encode()]


def full_cprs(bundle: Path, cprs: frozenset[str]) -> dict[str, set[str]]:
    """Each file of the bundle that shows a full CPR number, and the numbers (last four digits only)."""
    written = {f"{c[:6]}{sep}{c[6:]}".encode(): c for c in cprs for sep in ("", "-", " ")}
    found: dict[str, set[str]] = {}
    with zipfile.ZipFile(bundle) as zipped:
        for name in zipped.namelist():
            for seen in _seen(name, zipped.read(name)):
                for number, cpr in written.items():
                    if number in seen:
                        found.setdefault(name, set()).add(cpr[6:])
    return found


def _downloads(bundle: Path) -> list[dict[str, Any]]:
    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    return [f for f in manifest["files"] if f["path"].startswith("claim/hentet/")]


def _download_of(bundle: Path, data: bytes) -> dict[str, Any]:
    """The bundle's entry for the download of `data`: the shared demo may hold earlier downloads of the
    same claim, made by other tests before it was copied, byte for byte the same: the newest is ours."""
    same = [f for f in _downloads(bundle) if f["sha256"] == hashlib.sha256(data).hexdigest()]
    assert same, "the download is not in the bundle"
    # Named by its log entry (`claim/hentet/<agreement>-<period>-logpost-<n>.<ext>`).
    return max(same, key=lambda f: int(f["path"].rsplit("-logpost-", 1)[1].split(".")[0]))


@pytest.mark.parametrize("municipality", [m for m, _, _ in MASKED])
def test_a_masked_bundle_shows_no_full_cpr_number_in_any_file(demo: Demo, municipality: str) -> None:
    made = demo.bundles[municipality]
    assert full_cprs(made.bundle, demo.cprs) == {}
    # The claim the bundle computes is there, with each citizen's number masked.
    zipped = zipfile.ZipFile(made.bundle)
    (claim,) = [n for n in zipped.namelist() if re.fullmatch(r"claim/[^/]+\.(pdf|csv|xml)", n)]
    seen = b"".join(_seen(claim, zipped.read(claim)))
    assert re.search(rb"\d{6}-XXXX", seen)


def test_the_scan_sees_the_numbers_a_full_bundle_holds(demo: Demo) -> None:
    # Where the rule is full, the same scan finds the numbers in the computed claim and the download.
    found = full_cprs(demo.bundles[FULL[0]].bundle, demo.cprs)
    assert any(re.fullmatch(r"claim/[^/]+\.xml", n) for n in found)
    assert any(n.startswith("claim/hentet/") for n in found)


@pytest.mark.parametrize("municipality", [m for m, _, _ in MASKED])
def test_a_masked_bundle_lists_the_downloaded_claims_and_the_verifier_checks_them(
    demo: Demo, municipality: str
) -> None:
    made = demo.bundles[municipality]
    zipped = zipfile.ZipFile(made.bundle)
    listed, count = _download_of(made.bundle, made.downloaded), len(_downloads(made.bundle))
    assert listed["path"] not in zipped.namelist()
    assert (listed["included"], listed["why"]) == (False, "cpr_masked")
    # The file the municipality has checks against the listing, and the listing against its log entry.
    assert (listed["sha256"], listed["size"]) == (
        hashlib.sha256(made.downloaded).hexdigest(),
        len(made.downloaded),
    )
    entries = [json.loads(line) for line in zipped.read("log/entries.jsonl").decode().splitlines()]
    (logged,) = [e for e in entries if e["id"] == listed["log_entry"]]
    assert (logged["action"], logged["detail"]["sha256"]) == ("export.claim", listed["sha256"])
    assert listed["path"].endswith(f"-logpost-{logged['id']}.{made.fmt}")
    said = zipped.read("claim/hentede-krav.txt").decode()
    assert f"not included (CPR masked), listed in the manifest: {listed['path']}" in said
    assert "kravet i pakken er derfor ikke en fil, kommunen kunne sende" in said
    readme = zipped.read("README.md").decode()
    assert "**Kravets CPR-numre er maskeret, og de hentede filer er ikke med.**" in readme
    assert "**The claim's CPR numbers are masked, and the downloaded files are not enclosed.**" in readme
    done = verify(made.bundle, key=demo.key)
    assert done.returncode == 0, done.stdout + done.stderr
    # The demo downloads each municipality's claim once: one, said as one (decision 0062).
    assert count == 1
    assert "1 downloaded claim listed, not included (CPR masked)" in done.stdout
    assert "1 hentet krav er listet, ikke med (CPR maskeret)" in done.stdout
    assert "the one downloaded claim is the file the log names (1 listed only)" in done.stdout
    assert "det ene hentede krav er den fil, loggen nævner (1 kun listet)" in done.stdout


@pytest.mark.parametrize("kind", ["file added", "hash changed"])
def test_tampering_with_a_listed_download_fails_the_verifier(demo: Demo, tmp_path: Path, kind: str) -> None:
    made = demo.bundles["gladsaxe"]
    listed = _download_of(made.bundle, made.downloaded)
    if kind == "file added":  # the full CPR numbers slipped back in under the listed name
        tampered = rewrite(made.bundle, tmp_path / "t.zip", {}, {listed["path"]: made.downloaded})
    else:
        manifest = zipfile.ZipFile(made.bundle).read("manifest.json")
        changed = manifest.replace(listed["sha256"].encode(), b"0" * 64)
        tampered = rewrite(made.bundle, tmp_path / "t.zip", {"manifest.json": changed})
    done = verify(tampered, key=demo.key)
    assert done.returncode == 1, done.stdout
    assert "the bundle is NOT intact" in done.stdout
    if kind == "file added":
        assert f"{listed['path']} is listed as not included, but is there" in done.stdout
    else:
        assert f"{listed['path']} is not the file log entry {listed['log_entry']} names" in done.stdout


def test_a_full_bundle_still_encloses_the_claim_and_the_download(demo: Demo) -> None:
    made = demo.bundles[FULL[0]]
    zipped = zipfile.ZipFile(made.bundle)
    listed, count = _download_of(made.bundle, made.downloaded), len(_downloads(made.bundle))
    assert "included" not in listed and "log_entry" not in listed
    assert zipped.read(listed["path"]) == made.downloaded
    said = zipped.read("claim/hentede-krav.txt").decode()
    assert f"filen / the file: {listed['path']}" in said and "CPR" not in said
    readme = zipped.read("README.md").decode()
    assert "Each downloaded file is in `claim/hentet/`" in readme and "XXXX" not in readme
    done = verify(made.bundle, key=demo.key)
    assert done.returncode == 0, done.stdout + done.stderr
    assert count == 1
    assert "the one downloaded claim is the file the log names\n" in done.stdout
    assert "listed, not included" not in done.stdout
