"""The auditor's bundle from the demo: its verifier passes offline, and every kind of tampering is caught;
CPR numbers follow the municipality's rule; bad input leaves no file."""

from __future__ import annotations

import base64
import csv
import glob
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import demo_copy_fixture, everyone_on_a_copy
from pypdf import PdfReader
from sqlalchemy import select
from verifier_support import run_verifier, unpacked

from hub.cli import cli
from hub.exports import bundle_check_log, bundle_opened
from hub.extensions import blobs, db
from hub.models import AuditEvent, AuditLeaf, AuditPending, Submission
from hub.periods import local_today, month_of
from hub.pseudonyms import CPR_LIKE
from hub.services import audit

# `hub bundle` appends `bundle.created` to the log: this module's own copy of the demo, as the session's
# is for tests that only read.
lived_demo = demo_copy_fixture("bundle-demo", name="lived_demo", users=False)


@pytest.fixture(scope="module")
def gladsaxe(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Gladsaxe's bundle for September 2026 (monthly claims; CPR masked in bundles)."""
    out = tmp_path_factory.mktemp("bundle") / "gladsaxe-2026-09.zip"
    result = FlaskCliRunner(lived_demo).invoke(
        cli, ["bundle", "gladsaxe", "--period", "2026-09", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def lyngby(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Lyngby-Taarbæk's bundle for 2026-Q3 (quarterly claims; CPR in full, so the originals go in)."""
    out = tmp_path_factory.mktemp("bundle") / "lyngby-2026-Q3.zip"
    args = ["bundle", "lyngby-taarbaek", "--period", "2026-Q3", "--out", str(out)]
    result = FlaskCliRunner(lived_demo).invoke(cli, args)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def published(lived_demo: Flask) -> str:
    """The key's fingerprint as the hub publishes it (`hub audit key`), which an auditor gives `--key`."""
    said = FlaskCliRunner(lived_demo).invoke(cli, ["audit", "key"]).stderr
    return said.split("fingerprint: ", 1)[1].split()[0]


def verify(
    bundle: Path,
    *python: str,
    args: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
    source: Path | None = None,
    key: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the bundle's own verifier (or `source`'s), unpacked beside it, as an auditor would; `key`:
    the published fingerprint given as `--key`. By `python` (a process of its own, in `env`) if given,
    else in this process (`verifier_support`)."""
    args = (*args, "--key", key) if key else args
    origin = source or bundle
    folder = bundle.parent / f"unpacked-{origin.stem}"
    shutil.rmtree(folder, ignore_errors=True)
    script = unpacked(origin, folder)
    if not python:
        assert env is None, "an environment is a process's: give `python`"
        return run_verifier(script, str(bundle), *args)
    command = [*python, str(script), str(bundle), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120, env=env)


def damaged_member(source: Path, target: Path, name: str) -> Path:
    """A copy of a bundle with one member stored compressed and bytes inside its compressed data changed,
    as a bad disk or a broken download would leave it."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            new.writestr(item.filename, old.read(item.filename), zipfile.ZIP_DEFLATED)
    data = bytearray(target.read_bytes())
    info = zipfile.ZipFile(target).getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 2, start + 12):
        data[offset] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def rewrite(
    source: Path, target: Path, change: dict[str, bytes | None], add: dict[str, bytes] | None = None
) -> Path:
    """A copy of a bundle with files changed (None: left out) or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = change.get(item.filename, old.read(item.filename))
            if data is not None:
                new.writestr(item, data)
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def test_the_bundle_holds_what_the_auditor_asks_for(gladsaxe: Path) -> None:
    names = set(zipfile.ZipFile(gladsaxe).namelist())
    assert {
        "manifest.json",
        "manifest.sig",
        "public-key.pem",
        "verify.py",
        "README.md",
        "log/checkpoint.txt",
        "log/entries.jsonl",
        "records/records.jsonl",
        "completeness/report.pdf",
        "completeness/report.csv",
    } <= names
    # Gladsaxe masks CPR in its bundles: its originals are listed in the manifest, not carried (0055).
    assert not any(n.startswith("documents/") for n in names)
    assert "claim/falck-hovedstaden-2026-09.pdf" in names
    # The agreement's terms, which are the grant where no grant form is sent
    # (config/agreements/falck-hovedstaden.toml: 275 kr. an hour, 3 hours a week).
    terms = json.loads(zipfile.ZipFile(gladsaxe).read("agreements/falck-hovedstaden.json"))
    assert (terms["payment"]["hourly_rate_dkk"], terms["payment"]["hours_per_week"]) == ("275.00", "3.0")
    manifest = json.loads(zipfile.ZipFile(gladsaxe).read("manifest.json"))
    assert manifest["bundle"]["municipality_code"] == "159" and manifest["bundle"]["period"] == "2026-09"
    carried = {f["path"] for f in manifest["files"] if f.get("included", True)}
    assert carried == names - {"manifest.json", "manifest.sig"}
    listed = {f["path"] for f in manifest["files"] if not f.get("included", True)}
    # Listed, not carried: the originals, and the claims other tests downloaded from the shared demo (0057).
    originals = {n for n in listed if not n.startswith("claim/hentet/")}
    original = re.compile(r"documents/[0-9a-f]{64}\.(pdf|xlsx|csv|xml)")
    assert originals and all(original.fullmatch(n) for n in originals)


def test_the_reports_pdf_writes_each_placements_days_as_a_danish_auditor_reads_them(gladsaxe: Path) -> None:
    # "03.08.–30.09.2026", as the Danish forms write dates; not "2026-08-03–2026-09-30".
    report = PdfReader(io.BytesIO(zipfile.ZipFile(gladsaxe).read("completeness/report.pdf")))
    text = "\n".join(page.extract_text() for page in report.pages)
    assert re.search(r"\b\d\d\.\d\d\.(\d{4} )?– ?\d\d\.\d\d\.\d{4}\b", text), text[:2000]
    assert not re.search(r"\d{4}-\d\d-\d\d–", text)
    # Each row's participant id and CPR number whole, as the CSV beside it has them (stop 42 review).
    rows = csv.DictReader(
        io.StringIO(zipfile.ZipFile(gladsaxe).read("completeness/report.csv").decode("utf-8-sig")),
        delimiter=";",
    )
    keys = {(row["deltager_id"], row["cpr"]) for row in rows}
    assert keys and all(participant in text and cpr in text for participant, cpr in keys)


def test_its_verifier_passes_with_cryptography_and_with_the_standard_library_alone(
    gladsaxe: Path, published: str
) -> None:
    done = verify(gladsaxe, sys.executable, key=published)  # a process of its own, as the auditor runs it
    assert done.returncode == 0, done.stdout + done.stderr
    assert "pakken er urørt" in done.stdout and "the bundle is intact" in done.stdout
    # -S: no site-packages, so no cryptography: hashes and proofs still checked, the signatures with
    # the openssl command when there is one.
    bare = verify(gladsaxe, sys.executable, "-S", key=published)
    assert bare.returncode == 0, bare.stdout + bare.stderr
    assert "log entries are in the log" in bare.stdout


def test_a_reader_that_leaves_early_gets_no_python_error(gladsaxe: Path, published: str) -> None:
    # `python3 verify.py … | head -1`: the reader has gone before the verifier writes its lines.
    script = unpacked(gladsaxe, gladsaxe.parent / "unpacked-early-reader")
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = subprocess.run(
            [sys.executable, str(script), str(gladsaxe), "--key", published],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=120,
        )
    finally:
        os.close(writer)
    assert done.returncode == 141, done.stderr  # as a shell reports a closed pipe: 128 + SIGPIPE
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr, done.stderr


def test_the_verifier_runs_on_the_oldest_python_it_promises(gladsaxe: Path, published: str) -> None:
    # The README promises Python 3.9 or newer with the standard library alone (-S: no cryptography).
    found = [
        shutil.which("python3.9"),
        *sorted(glob.glob(str(Path.home() / ".pyenv/versions/3.9*/bin/python3.9"))),
    ]
    runs = [p for p in found if p and not subprocess.run([p, "--version"], capture_output=True).returncode]
    if not runs:
        pytest.skip("no Python 3.9 on this machine")
    done = verify(gladsaxe, runs[0], "-S", key=published)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the bundle is intact" in done.stdout


def test_the_verifier_uses_nothing_newer_than_python_3_9(gladsaxe: Path) -> None:
    # A run on 3.9 (above) only meets the code it executes, and a machine may have no 3.9 at all (Debian
    # 12 has none to install): vermin reads the whole of the bundle's verify.py and names every construct
    # newer than 3.9 (zip(strict=...), match, `X | Y` outside annotations, newer modules and functions).
    folder = gladsaxe.parent / "vermin"
    with zipfile.ZipFile(gladsaxe) as zipped:
        zipped.extract("verify.py", folder)
    vermin = Path(sys.executable).with_name("vermin")
    command = [
        str(vermin),
        "--no-tips",
        "--violations",
        "--eval-annotations",
        "-t=3.9-",
        str(folder / "verify.py"),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_without_any_way_to_check_a_signature_the_bundle_is_not_verified(
    gladsaxe: Path, tmp_path: Path
) -> None:
    # No cryptography (-S) and no openssl on the PATH: files that match a manifest nobody could check
    # the signature of prove nothing, so a forged manifest must not read as intact.
    zipped = zipfile.ZipFile(gladsaxe)
    # A field the log does not trace (a version or document it does not name is caught by the log alone).
    records = zipped.read("records/records.jsonl").replace(b'"current": true', b'"current": false', 1)
    manifest = json.loads(zipped.read("manifest.json"))
    for entry in manifest["files"]:
        if entry["path"] == "records/records.jsonl":
            entry["sha256"], entry["size"] = hashlib.sha256(records).hexdigest(), len(records)
    forged = json.dumps(manifest).encode()
    bare = {"PATH": str(tmp_path / "nothing-here")}
    for bundle in (
        gladsaxe,
        rewrite(
            gladsaxe, tmp_path / "forged.zip", {"records/records.jsonl": records, "manifest.json": forged}
        ),
    ):
        done = verify(bundle, sys.executable, "-S", env=bare, source=gladsaxe)
        assert done.returncode == 3, done.stdout
        assert "the bundle is NOT verified: its signatures could not be checked" in done.stdout
        assert "pakken er IKKE bekræftet" in done.stdout and "the bundle is intact" not in done.stdout


def test_the_verifier_checks_the_key_against_the_published_fingerprint(
    gladsaxe: Path, published: str
) -> None:
    # A key shipped in the bundle proves nothing by itself: a forger would sign with their own.
    assert verify(gladsaxe, key=published).returncode == 0
    # Not given the published key, the verifier checks everything else and still does not say intact.
    unsure = verify(gladsaxe)
    assert unsure.returncode == 3, unsure.stdout
    assert (
        "the bundle is NOT verified: the key was not compared with the one the hub published" in unsure.stdout
    )
    assert "pakken er IKKE bekræftet: nøglen er ikke sammenlignet" in unsure.stdout
    assert "the bundle is intact" not in unsure.stdout and "NOT intact" not in unsure.stdout
    other = verify(gladsaxe, args=("--key", "0123456789abcdef"))
    assert other.returncode == 1
    assert (
        "the bundle is signed with key " in other.stdout
        and "not the published 0123456789abcdef" in other.stdout
    )


def test_the_verifier_says_whose_bundle_it_is_and_refuses_another(gladsaxe: Path, published: str) -> None:
    done = verify(gladsaxe)
    assert "the bundle is for Gladsaxe" in done.stdout and "(159), period 2026-09" in done.stdout
    assert (
        verify(gladsaxe, args=("--municipality", "159", "--period", "2026-09"), key=published).returncode == 0
    )
    other = verify(gladsaxe, args=("--municipality", "151"), key=published)
    assert other.returncode == 1 and "the bundle is not for municipality 151" in other.stdout
    assert "pakken gælder ikke kommune 151" in other.stdout
    later = verify(gladsaxe, args=("--period", "2026-Q3"), key=published)
    assert later.returncode == 1 and "the bundle is not for the period 2026-Q3" in later.stdout
    # Its files and signatures are all right: the last line says it is another bundle, not a changed one
    # (the stop 42 review met "pakken er IKKE urørt" for a period typed wrong).
    for wrong in (other, later):
        last = wrong.stdout.strip().splitlines()[-2:]
        assert last == [
            "FEJL pakken er IKKE den, du bad om (se ovenfor)",
            "     the bundle is NOT the one you asked for (see above)",
        ], wrong.stdout


def test_a_replaced_checkpoint_is_said_in_one_line_not_one_per_entry(gladsaxe: Path, tmp_path: Path) -> None:
    # A checkpoint of another tree (its root changed): every entry's proof fails against it. The auditor
    # is told so once, with how many and the first ids, not in a line for each of the log's entries.
    bundle = zipfile.ZipFile(gladsaxe)
    lines = bundle.read("log/checkpoint.txt").decode().split("\n")
    root = base64.b64decode(lines[2])
    lines[2] = base64.b64encode(bytes(b ^ 0xFF for b in root)).decode()
    entries = [json.loads(line) for line in bundle.read("log/entries.jsonl").decode().splitlines()]
    assert len(entries) > 5  # else one line each would be no worse
    target = rewrite(gladsaxe, tmp_path / "other-root.zip", {"log/checkpoint.txt": "\n".join(lines).encode()})
    done = verify(target, source=gladsaxe)
    assert done.returncode == 1, done.stdout
    assert "the checkpoint's signature does NOT verify" in done.stdout
    first = ", ".join(str(e["id"]) for e in entries[:5])
    said = f"{len(entries)} of {len(entries)} log entries are not in the log at checkpoint"
    assert f"{said} {lines[1]} ({first}, …)" in done.stdout
    assert "is not in the log" not in done.stdout


@pytest.mark.parametrize(
    ("damage", "code", "said"),
    [
        ("cut short", 2, "is not a zip file, or it is damaged or was not downloaded whole"),
        ("no such file", 2, "does not exist"),
        ("no signature", 2, "manifest.sig is missing from the bundle"),
        ("signature not base64", 2, "manifest.json or manifest.sig is not in the bundle's format"),
        ("checkpoint", 1, "log/checkpoint.txt is not a signed checkpoint"),
        ("log line", 1, "line 1 of log/entries.jsonl is not a log entry"),
        ("log not text", 1, "log/entries.jsonl is not text"),
        ("log deflate damaged", 1, "is damaged in the zip file"),
        ("manifest not the bundle's", 2, "manifest.json or manifest.sig is not in the bundle's format"),
        ("manifest without files", 2, "manifest.json or manifest.sig is not in the bundle's format"),
        ("key not a key", 2, "public-key.pem is not a key"),
        # An RSA key in PEM: its fingerprint can be taken, but it signs nothing the hub signs.
        ("key not ed25519", 1, "the manifest's signature does NOT verify"),
    ],
)
def test_a_damaged_bundle_is_told_in_words_never_a_python_error(
    gladsaxe: Path, tmp_path: Path, damage: str, code: int, said: str
) -> None:
    data = gladsaxe.read_bytes()
    target = tmp_path / "damaged.zip"
    if damage == "cut short":
        target.write_bytes(data[: len(data) // 2])
    elif damage == "no signature":
        rewrite(gladsaxe, target, {"manifest.sig": None})
    elif damage == "signature not base64":
        rewrite(gladsaxe, target, {"manifest.sig": b"not base64 at all!"})
    elif damage == "checkpoint":
        rewrite(gladsaxe, target, {"log/checkpoint.txt": b"hello"})
    elif damage == "log line":
        rewrite(gladsaxe, target, {"log/entries.jsonl": b"{not json\n"})
    elif damage == "log not text":
        rewrite(gladsaxe, target, {"log/entries.jsonl": b"\xff\xfe\x00 not utf-8\n"})
    elif damage == "log deflate damaged":
        damaged_member(gladsaxe, target, "log/entries.jsonl")
    elif damage == "manifest not the bundle's":
        manifest = json.loads(zipfile.ZipFile(gladsaxe).read("manifest.json"))
        rewrite(gladsaxe, target, {"manifest.json": json.dumps(manifest | {"bundle": "x"}).encode()})
    elif damage == "manifest without files":
        manifest = json.loads(zipfile.ZipFile(gladsaxe).read("manifest.json"))
        rewrite(gladsaxe, target, {"manifest.json": json.dumps({"bundle": manifest["bundle"]}).encode()})
    elif damage == "key not a key":
        rewrite(gladsaxe, target, {"public-key.pem": b"-----BEGIN PUBLIC KEY-----\nnot*base64\n-----END"})
    elif damage == "key not ed25519":
        rsa = generate_private_key(public_exponent=65537, key_size=2048).public_key()
        rewrite(
            gladsaxe,
            target,
            {"public-key.pem": rsa.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)},
        )
    done = verify(target if damage != "no such file" else tmp_path / "missing.zip", source=gladsaxe)
    assert done.returncode == code, done.stdout + done.stderr
    assert said in done.stdout
    assert "Traceback" not in done.stdout + done.stderr and "Errno" not in done.stdout


@pytest.mark.parametrize("kind", ["document", "record", "claim", "log entry", "manifest", "removed", "added"])
def test_every_kind_of_tampering_is_caught(lyngby: Path, tmp_path: Path, kind: str) -> None:
    # Lyngby-Taarbæk's bundle carries its originals (CPR in full); a masked one's: test_bundle_originals.
    zipped = zipfile.ZipFile(lyngby)
    document = next(n for n in zipped.namelist() if n.startswith("documents/"))
    entries = zipped.read("log/entries.jsonl").decode().splitlines()
    first = json.loads(entries[0])
    forged = json.dumps(first | {"actor": "someone else"})
    records = zipped.read("records/records.jsonl")
    claim = next(n for n in zipped.namelist() if n.startswith("claim/") and not n.endswith(".txt"))
    changes: dict[str, dict[str, bytes | None]] = {
        "document": {document: zipped.read(document) + b"%"},
        "record": {"records/records.jsonl": records.replace(b'"version": 1', b'"version": 2', 1)},
        "claim": {claim: zipped.read(claim)[:-10]},
        "log entry": {"log/entries.jsonl": "\n".join([forged, *entries[1:]]).encode() + b"\n"},
        "manifest": {"manifest.json": zipped.read("manifest.json").replace(b'"2026-Q3"', b'"2026-Q4"', 1)},
        "removed": {document: None},
        "added": {},
    }
    extra = {"documents/extra.pdf": b"%PDF-1.7 not from the hub"} if kind == "added" else None
    done = verify(rewrite(lyngby, tmp_path / "tampered.zip", changes[kind], extra))
    assert done.returncode == 1, done.stdout
    assert "the bundle is NOT intact" in done.stdout


def test_cpr_numbers_follow_each_municipalitys_rule(gladsaxe: Path, lyngby: Path) -> None:
    masked = zipfile.ZipFile(gladsaxe).read("records/records.jsonl").decode()
    assert CPR_LIKE.search(masked) is None  # no CPR number in full, neither a record's nor a raw value's
    assert re.search(r'"cpr": "\d{6}-XXXX"', masked)
    full = zipfile.ZipFile(lyngby).read("records/records.jsonl").decode()
    assert any(re.search(r'"cpr": "\d{10}"', line) for line in full.splitlines())


THIS_MONTH = "<the month the test runs in>"


@pytest.mark.parametrize(
    ("args", "english", "danish"),
    [
        (["gladsaxe", "--period", "2026-Q3"], "claims per month", "afregner pr. måned"),
        (["gladsaxe", "--period", THIS_MONTH], "has not ended", "er ikke slut"),
        (["nowhere", "--period", "2026-09"], "no adapter for municipality", "ingen adapter for kommunen"),
    ],
)
def test_bad_input_leaves_no_file(
    lived_demo: Flask, tmp_path: Path, args: list[str], english: str, danish: str
) -> None:
    out = tmp_path / "out" / "bundle.zip"
    # The month as the test runs, not as it was collected: a run that crosses midnight at a month's end
    # would otherwise ask for a month that has just ended.
    args = [month_of(local_today()).label if arg == THIS_MONTH else arg for arg in args]
    result = FlaskCliRunner(lived_demo).invoke(cli, ["bundle", *args, "--out", str(out)])
    assert result.exit_code == 2
    assert english in result.output and danish in result.output
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_the_companys_forms_stay_with_the_lead(lived_demo: Flask, gladsaxe: Path) -> None:
    # One company form names the interns of every municipality of the agreement: the auditor of one
    # gets its hash and the rows read for its own citizens, not the other municipalities' names. Its own
    # originals Gladsaxe (which masks CPR) lists in the manifest without their bytes (decision 0055); a
    # company's form is not even listed: the lead holds it.
    zipped = zipfile.ZipFile(gladsaxe)
    versions = [json.loads(line) for line in zipped.read("records/records.jsonl").decode().splitlines()]
    with lived_demo.app_context():
        company = set(
            db.session.scalars(select(Submission.document_sha256).where(Submission.agreement_id.is_not(None)))
        )
    manifest = json.loads(zipped.read("manifest.json"))
    listed = {f["sha256"] for f in manifest["files"] if f.get("included") is False}
    shown = {v["document"]["sha256"]: v["document"] for v in versions}
    assert set(shown) & company, "the demo's September has forms from the company"
    for sha, document in shown.items():
        assert document["enclosed"] is False
        assert (sha in listed) == (sha not in company) == (document.get("withheld") == "cpr_masked")
    read = [v for v in versions if v["document"]["sha256"] in company]
    # And who holds the original, to ask for it: the agreement's lead (Falck Hovedstaden's is Gladsaxe).
    held = {"municipality_code": "159", "municipality": "Gladsaxe"}
    assert read and all(v["document"]["held_by"] == held for v in read)
    assert all("held_by" not in v["document"] for v in versions if v["document"]["sha256"] not in company)
    # Each names where in the form its values were read (PDF field and page, or sheet and cell).
    assert all(
        any(p["locator"].get("sheet") or p["locator"].get("field") for p in v["provenance"]) for v in read
    )


def test_the_keys_fingerprint_is_the_same_wherever_the_auditor_reads_it(
    lived_demo: Flask, gladsaxe: Path
) -> None:
    # verify.py, the bundle's README, `hub audit key` and the log's default name: one fingerprint, so
    # that the auditor can compare the bundle's key with the one the hub published.
    printed = re.search(r"the hub's key: ([0-9a-f]{16})", verify(gladsaxe).stdout)
    assert printed is not None
    fingerprint = printed.group(1)
    assert f"fingerprint `{fingerprint}`" in zipfile.ZipFile(gladsaxe).read("README.md").decode()
    key = FlaskCliRunner(lived_demo).invoke(cli, ["audit", "key"])
    assert key.exit_code == 0 and key.stdout.startswith("-----BEGIN PUBLIC KEY-----")
    assert f"fingerprint: {fingerprint}" in key.stderr
    origin = json.loads(zipfile.ZipFile(gladsaxe).read("manifest.json"))["bundle"]["log"]
    assert origin == f"hub.invalid/audit/{fingerprint}"


def test_the_bundle_says_whether_its_claim_is_the_one_downloaded(
    lived_demo: Flask, tmp_path: Path, published: str
) -> None:
    # A claim file carries the day it was made: the bundle compares lines and amount with each download
    # in the log, and encloses those log entries, so each can be matched to the signed log.
    with everyone_on_a_copy(lived_demo, tmp_path / "copy") as app:
        runner = FlaskCliRunner(app)

        def bundle(name: str) -> zipfile.ZipFile:
            out = tmp_path / name
            done = runner.invoke(cli, ["bundle", "gladsaxe", "--period", "2026-08", "--out", str(out)])
            assert done.exit_code == 0, done.output
            return zipfile.ZipFile(out)

        def claim(municipality: str, out: Path) -> str:
            args = ["claim", municipality, "--agreement", "falck-hovedstaden", "--period", "2026-08"]
            assert runner.invoke(cli, [*args, "--out", str(out)]).exit_code == 0
            return hashlib.sha256(out.read_bytes()).hexdigest()

        before = bundle("before.zip").read("claim/hentede-krav.txt").decode()
        assert "falck-hovedstaden, 2026-08: intet krav er hentet fra hubben for perioden." in before
        assert "no claim for the period was downloaded from the hub." in before
        herlev = claim("herlev", tmp_path / "herlev.csv")  # the same agreement and month, another's
        digest = claim("gladsaxe", tmp_path / "krav.pdf")
        zipped = bundle("after.zip")
    said = zipped.read("claim/hentede-krav.txt").decode()
    assert f"SHA-256 {digest}" in said and herlev not in said
    assert "har samme linjer og beløb som det senest hentede" in said
    assert "has the lines and amount of the last downloaded" in said
    entries = [json.loads(line) for line in zipped.read("log/entries.jsonl").decode().splitlines()]
    (logged,) = [e for e in entries if e["action"] == "export.claim"]
    assert logged["detail"]["sha256"] == digest
    # The file as the municipality downloaded it, named by its log entry; Herlev's stays out. Gladsaxe
    # masks CPR for its auditor, so the file is listed in the manifest, not enclosed (decision 0057;
    # tests/outbound/test_bundle_claims_masked.py has a `full` municipality's, enclosed).
    path = f"claim/hentet/falck-hovedstaden-2026-08-logpost-{logged['id']}.pdf"
    manifest = json.loads(zipped.read("manifest.json"))
    assert [f["path"] for f in manifest["files"] if f["path"].startswith("claim/hentet/")] == [path]
    assert not [n for n in zipped.namelist() if n.startswith("claim/hentet/")]
    assert f"listed in the manifest: {path}" in said
    checked = verify(tmp_path / "after.zip", key=published)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # One download, said as one (decision 0062, "Stop 45 (words 2)"): not "the 1 downloaded claims".
    assert "the one downloaded claim is the file the log names (1 listed only)" in checked.stdout
    assert "det ene hentede krav er den fil, loggen nævner (1 kun listet)" in checked.stdout
    assert "1 hentet krav er listet, ikke med (CPR maskeret)" in checked.stdout
    assert "1 downloaded claim listed, not included (CPR masked)" in checked.stdout


def test_a_download_from_before_and_a_kept_file_gone_are_each_said_as_they_are(
    lived_demo: Flask, tmp_path: Path, published: str
) -> None:
    # A download logged before the hub kept the files names no format; a file kept then lost since (a
    # restore without the files) is an error the auditor must see, never passed off as the first kind.
    with everyone_on_a_copy(lived_demo, tmp_path / "copy") as app:
        runner = FlaskCliRunner(app)
        args = ["claim", "gladsaxe", "--agreement", "falck-hovedstaden", "--period", "2026-08"]
        assert runner.invoke(cli, [*args, "--out", str(tmp_path / "krav.pdf")]).exit_code == 0
        with app.app_context():
            blobs.store.path(hashlib.sha256((tmp_path / "krav.pdf").read_bytes()).hexdigest()).unlink()
            before = {"municipality": "159", "period": "2026-08", "lines": "1", "amount_dkk": "825.00"}
            audit.append(
                db.session, "cli", "export.claim", "agreement:falck-hovedstaden", before | {"sha256": "ab"}
            )
            db.session.commit()
        out = tmp_path / "bundle.zip"
        done = runner.invoke(cli, ["bundle", "gladsaxe", "--period", "2026-08", "--out", str(out)])
        assert done.exit_code == 0, done.output
    zipped = zipfile.ZipFile(out)
    said = zipped.read("claim/hentede-krav.txt").decode()
    assert "FEJL: filen, hubben gemte ved hentningen, mangler nu i dens lager" in said
    assert "ERROR: the file the hub kept at the download is missing from its store now" in said
    assert said.count("the file was not kept by the hub (downloaded before it kept them)") == 1
    assert not [n for n in zipped.namelist() if n.startswith("claim/hentet/")]
    assert verify(out, key=published).returncode == 0


def test_the_verifier_refuses_a_downloaded_claim_its_log_entry_does_not_name(tmp_path: Path) -> None:
    # The manifest's hash of the enclosed file must be the one the download's log entry gave: a file the
    # manifest lists is checked against it (`check_files`), so the two together tie the file to the log.
    (tmp_path / "log").mkdir()
    entry = {"id": 7, "action": "export.claim", "detail": {"sha256": "a" * 64}}
    (tmp_path / "log" / "entries.jsonl").write_text(json.dumps(entry) + "\n")
    bundle = bundle_opened.Bundle(str(tmp_path))

    def listed(sha: str, number: int = 7) -> dict[str, object]:
        path = f"claim/hentet/falck-hovedstaden-2026-08-logpost-{number}.pdf"
        return {"files": [{"path": path, "sha256": sha, "size": 1}]}

    assert bundle_check_log.check_downloads(bundle, listed("a" * 64))
    assert not bundle_check_log.check_downloads(bundle, listed("b" * 64))
    assert not bundle_check_log.check_downloads(bundle, listed("a" * 64, number=8))
    assert bundle_check_log.check_downloads(
        bundle, {"files": [{"path": "claim/x.pdf", "sha256": "c", "size": 1}]}
    )


def test_the_bundles_own_entry_is_sealed_before_the_command_exits(lived_demo: Flask, tmp_path: Path) -> None:
    """`hub bundle` appends `bundle.created`; like every command that appends, it seals it into the log
    before it exits (decision 0008), so the next checkpoint an auditor takes already proves it."""
    out = tmp_path / "gladsaxe-2026-08.zip"
    result = FlaskCliRunner(lived_demo).invoke(
        cli, ["bundle", "gladsaxe", "--period", "2026-08", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    with lived_demo.app_context():
        newest = db.session.scalars(
            select(AuditEvent.id).where(AuditEvent.action == "bundle.created").order_by(AuditEvent.id.desc())
        ).first()
        waiting = set(db.session.scalars(select(AuditPending.event_id)))
        sealed = db.session.scalar(select(AuditLeaf.position).where(AuditLeaf.event_id == newest))
    assert newest is not None and newest not in waiting and sealed is not None


def test_a_damaged_file_is_said_once_and_the_auditor_told_what_to_do(gladsaxe: Path, tmp_path: Path) -> None:
    """walk-110 (stop 68): a zip whose log is damaged said "log/entries.jsonl er beskadiget i zip-filen"
    twice (the files' check, then the log's), and "pakken er IKKE urørt" said nothing of what to do."""
    target = damaged_member(gladsaxe, tmp_path / "damaged-log.zip", "log/entries.jsonl")
    done = verify(target, source=gladsaxe)
    assert done.returncode == 1, done.stdout
    assert done.stdout.count("FEJL log/entries.jsonl er beskadiget i zip-filen") == 1, done.stdout
    assert done.stdout.count("log/entries.jsonl is damaged in the zip file") == 1, done.stdout
    made = json.loads(zipfile.ZipFile(gladsaxe).read("manifest.json"))["bundle"]["created_at"]
    assert done.stdout.splitlines()[-4:] == [
        "FEJL pakken er IKKE urørt",
        "     the bundle is NOT intact",
        "     næste skridt: bed jobcentret, der driver hubben, om pakken igen, og citér pakkens kommune,"
        f" periode og tidspunkt (Gladsaxe Kommune (159), 2026-09, lavet {made}) og linjerne med FEJL ovenfor",
        "     next step: ask the job centre that runs the hub for the bundle again, quoting the bundle's"
        f" municipality, period and time (Gladsaxe Kommune (159), 2026-09, made {made}) and the lines"
        " marked FEJL above",
    ], done.stdout
