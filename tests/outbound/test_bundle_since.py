"""An auditor keeps the checkpoint of one bundle and checks a later bundle against it: `verify.py NEW.zip
--since OLD` says the log now holds everything the kept checkpoint held, unchanged, or names what failed
(decision 0012, "Stop 44"). Real bundles of the demo; the verifier run as the auditor runs it."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import lxml.html
import pytest
from accounts import bearer
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import client_of, demo_copy_fixture
from sqlalchemy import select
from verifier_support import run_verifier, unpacked

from hub import merkle, merkle_proofs, merkle_tree
from hub.checkpoint import Checkpoint
from hub.cli import cli
from hub.exports import bundle_since
from hub.extensions import db
from hub.models import AuditEvent
from hub.services import audit_proofs
from hub.signing import Signer, signer

# Each `hub bundle` appends `bundle.created`: this module's own copy of the demo, with its users (the API).
lived_demo = demo_copy_fixture("bundle-since", name="lived_demo")


def _bundle(app: Flask, folder: Path, period: str) -> Path:
    out = folder / f"gladsaxe-{period}.zip"
    made = FlaskCliRunner(app).invoke(cli, ["bundle", "gladsaxe", "--period", period, "--out", str(out)])
    assert made.exit_code == 0, made.output
    return out


@pytest.fixture(scope="module")
def bundles(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Gladsaxe's September bundle, then its October one: the auditor keeps the first's checkpoint."""
    folder = tmp_path_factory.mktemp("since")
    return _bundle(lived_demo, folder, "2026-09"), _bundle(lived_demo, folder, "2026-10")


@pytest.fixture(scope="module")
def published(lived_demo: Flask) -> str:
    """The key's fingerprint as `hub audit key` publishes it."""
    with lived_demo.app_context():
        return signer().fingerprint


def note_of(bundle: Path) -> str:
    """A bundle's `log/checkpoint.txt`."""
    with zipfile.ZipFile(bundle) as zipped:
        return zipped.read("log/checkpoint.txt").decode()


def size_of(bundle: Path) -> int:
    """The tree size a bundle's checkpoint signs (its second line)."""
    return int(note_of(bundle).split("\n")[1])


def verify(bundle: Path, *args: str, python: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """The bundle's own verify.py, unpacked beside it, run on it as the auditor runs it: by `python`
    (a process of its own) if given, else in this process (`verifier_support`)."""
    folder = bundle.parent / f"verifier-{bundle.stem}"
    shutil.rmtree(folder, ignore_errors=True)
    script = unpacked(bundle, folder)
    if not python:
        return run_verifier(script, str(bundle), *args)
    command = [*python, str(script), str(bundle), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


def kept(tmp_path: Path, note: str) -> str:
    """A kept checkpoint file."""
    path = tmp_path / "kept-checkpoint.txt"
    path.write_text(note, encoding="utf-8")
    return str(path)


def test_a_later_bundle_holds_the_kept_checkpoint_unchanged(
    bundles: tuple[Path, Path], published: str, tmp_path: Path
) -> None:
    september, october = bundles
    old, new = size_of(september), size_of(october)
    # September's own `bundle.created` was logged after its checkpoint: October's log is longer.
    assert old < new
    done = verify(october, "--key", published, "--since", kept(tmp_path, note_of(september)))
    assert done.returncode == 0, done.stdout + done.stderr
    assert (
        f"the log now holds everything the kept checkpoint held, unchanged (sizes {old} → {new})"
        in done.stdout
    )
    said = f"loggen rummer nu alt, hvad det gemte kontrolpunkt rummede, uændret (størrelse {old} → {new})"
    assert said in done.stdout
    assert "the bundle is intact" in done.stdout
    # The standard library alone (-S: no cryptography): the signatures with openssl where there is one.
    bare = verify(
        october,
        "--key",
        published,
        "--since",
        str(tmp_path / "kept-checkpoint.txt"),
        python=(sys.executable, "-S"),
    )
    assert bare.returncode == (0 if shutil.which("openssl") else 3), bare.stdout
    assert f"(sizes {old} → {new})" in bare.stdout
    # The earlier bundle itself may be given in place of its checkpoint.
    whole = verify(october, "--key", published, "--since", str(september))
    assert whole.returncode == 0, whole.stdout
    assert f"(sizes {old} → {new})" in whole.stdout


def test_the_proof_travels_in_the_bundle_from_the_earlier_bundles_size(
    bundles: tuple[Path, Path], lived_demo: Flask
) -> None:
    """October's bundle carries a proof from the size of every earlier Gladsaxe bundle, newest first:
    September's, and any other module made on the session's demo before this copy was taken."""
    september, october = bundles
    with zipfile.ZipFile(october) as zipped:
        carried = json.loads(zipped.read("log/consistency.json"))
        listed = {f["path"] for f in json.loads(zipped.read("manifest.json"))["files"]}
    assert "log/consistency.json" in listed  # signed with the rest
    with lived_demo.app_context():
        details = db.session.scalars(
            select(AuditEvent.detail)
            .where(AuditEvent.action == "bundle.created", AuditEvent.subject == "municipality:159")
            .order_by(AuditEvent.id)
        ).all()
    sizes = [d["tree_size"] for d in details]
    assert sizes[-2:] == [size_of(september), size_of(october)]
    earlier = sorted(set(sizes[:-1]), reverse=True)
    assert earlier[0] == size_of(september)
    assert [(p["from"]["tree_size"], p["to"]["tree_size"]) for p in carried["proofs"]] == [
        (size, size_of(october)) for size in earlier
    ]
    with zipfile.ZipFile(september) as zipped:
        before = [p["from"]["tree_size"] for p in json.loads(zipped.read("log/consistency.json"))["proofs"]]
    assert before == earlier[1:]


def test_a_checkpoint_of_the_same_size_is_compared_root_to_root(
    bundles: tuple[Path, Path], published: str, tmp_path: Path
) -> None:
    october = bundles[1]
    done = verify(october, "--key", published, "--since", kept(tmp_path, note_of(october)))
    size = size_of(october)
    assert done.returncode == 0, done.stdout
    assert f"(sizes {size} → {size})" in done.stdout


def _signed(app: Flask, size: int, root: bytes, key: Signer | None = None) -> str:
    with app.app_context():
        own = signer()
        return (key or own).sign(Checkpoint(key.origin if key else own.origin, size, root))


def _root(app: Flask, size: int) -> bytes:
    with app.app_context():
        return audit_proofs.between(db.session, size, size)[0]


def test_a_kept_checkpoint_whose_root_the_log_no_longer_has_fails(
    bundles: tuple[Path, Path], lived_demo: Flask, published: str, tmp_path: Path
) -> None:
    """The hub signed another root at the kept size (its log was rewritten since): named, exit 1."""
    september, october = bundles
    old = size_of(september)
    forged = _signed(lived_demo, old, _root(lived_demo, old - 1))
    done = verify(october, "--key", published, "--since", kept(tmp_path, forged))
    assert done.returncode == 1, done.stdout
    assert (
        f"the log's first {old:,} entries now have another root than the kept checkpoint's: something "
        "logged before was changed or removed"
    ) in done.stdout
    assert "the log does NOT hold the kept checkpoint unchanged (see above)" in done.stdout
    assert "loggen rummer IKKE det gemte kontrolpunkt uændret" in done.stdout


def test_a_kept_checkpoint_larger_than_the_bundles_fails(
    bundles: tuple[Path, Path], lived_demo: Flask, published: str, tmp_path: Path
) -> None:
    october = bundles[1]
    new = size_of(october)
    larger = _signed(lived_demo, new + 3, _root(lived_demo, new))
    done = verify(october, "--key", published, "--since", kept(tmp_path, larger))
    assert done.returncode == 1, done.stdout
    assert (
        f"the kept checkpoint covers {new + 3:,} entries, the bundle's log only {new:,}: the bundle is older "
        "than the checkpoint (check a newer bundle), or entries were removed"
    ) in done.stdout


def test_a_kept_checkpoint_changed_by_hand_fails_its_signature(
    bundles: tuple[Path, Path], published: str, tmp_path: Path
) -> None:
    september, october = bundles
    origin, size, root, rest = note_of(september).split("\n", 3)
    changed = "\n".join([origin, str(int(size) - 1), root, rest])
    done = verify(october, "--key", published, "--since", kept(tmp_path, changed))
    assert done.returncode == 1, done.stdout
    assert "the kept checkpoint's signature does NOT verify with the hub's key: it was changed" in done.stdout


def test_a_checkpoint_of_another_log_or_key_fails(
    bundles: tuple[Path, Path], lived_demo: Flask, published: str, tmp_path: Path
) -> None:
    september, october = bundles
    old, root = size_of(september), _root(lived_demo, size_of(september))
    other = Signer(Ed25519PrivateKey.generate(), "other.example/audit")
    done = verify(
        october, "--key", published, "--since", kept(tmp_path, _signed(lived_demo, old, root, other))
    )
    assert done.returncode == 1, done.stdout
    assert "the kept checkpoint is of another log (other.example/audit), not the bundle's" in done.stdout
    with lived_demo.app_context():
        same_name = Signer(Ed25519PrivateKey.generate(), signer().origin)
    done = verify(
        october, "--key", published, "--since", kept(tmp_path, _signed(lived_demo, old, root, same_name))
    )
    assert done.returncode == 1, done.stdout
    assert "the kept checkpoint is signed with another key than the bundle's" in done.stdout


def test_a_checkpoint_the_bundle_has_no_proof_for_is_proven_with_one_from_the_api(
    bundles: tuple[Path, Path], lived_demo: Flask, published: str, tmp_path: Path
) -> None:
    """A checkpoint of a size no bundle had (as `GET /api/audit/checkpoint` gives one): not verified
    (exit 3) and told which proof to fetch; with that proof saved and given, it holds; tampered, it fails."""
    september, october = bundles
    old, new = size_of(september) - 1, size_of(october)
    note = kept(tmp_path, _signed(lived_demo, old, _root(lived_demo, old)))
    alone = verify(october, "--key", published, "--since", note)
    assert alone.returncode == 3, alone.stdout
    fetch = f"GET /api/audit/consistency?from_size={old}&to_size={new}"
    # The counts grouped as an English reader writes them; the sizes to type back plain.
    said = alone.stdout.replace("\n     ", " ")  # a long line goes on indented
    assert (
        f"no proof from {old:,} to {new:,} entries in the bundle: download it on the auditor's page" in said
    )
    assert f'("Download the proof", sizes {old} and {new}) or fetch {fetch}, and give' in said
    assert (
        "the bundle is NOT verified: the kept checkpoint was not proven to be part of the log" in alone.stdout
    )

    answer = lived_demo.test_client().get(
        f"/api/audit/consistency?from_size={old}&to_size={new}",
        headers=bearer(lived_demo, "revisor-ballerup"),
    )
    assert answer.status_code == 200, answer.get_data(as_text=True)
    proof = answer.get_json()
    assert (proof["to"]["tree_size"], proof["to"]["checkpoint"]) == (new, note_of(october))
    saved = tmp_path / "proof.json"
    saved.write_text(json.dumps(proof))
    done = verify(october, "--key", published, "--since", note, "--proof", str(saved))
    assert done.returncode == 0, done.stdout
    assert f"unchanged (sizes {old} → {new})" in done.stdout

    flipped = bytearray(base64.b64decode(proof["consistency_proof"][0]))
    flipped[0] ^= 1
    proof["consistency_proof"][0] = base64.b64encode(bytes(flipped)).decode()
    saved.write_text(json.dumps(proof))
    bad = verify(october, "--key", published, "--since", note, "--proof", str(saved))
    assert bad.returncode == 1, bad.stdout
    assert (
        f"the proof that the log grew from {old:,} to {new:,} entries without changes does NOT verify"
        in bad.stdout
    )


def test_unreadable_kept_files_exit_2(bundles: tuple[Path, Path], published: str, tmp_path: Path) -> None:
    october = bundles[1]
    done = verify(october, "--key", published, "--since", kept(tmp_path, "not a checkpoint\n"))
    assert done.returncode == 2, done.stdout
    assert "kept-checkpoint.txt is not a signed checkpoint" in done.stdout
    junk = tmp_path / "proof.json"
    junk.write_text("[1, 2]")
    done = verify(october, "--since", kept(tmp_path, note_of(october)), "--proof", str(junk))
    assert done.returncode == 2, done.stdout
    assert "proof.json is not a proof from GET /api/audit/consistency" in done.stdout
    assert verify(october, "--proof", str(junk)).returncode == 2  # --proof alone: the command line is wrong
    assert "Traceback" not in done.stderr


def test_the_standard_library_alone_checks_every_pair_of_sizes_as_hub_merkle_proves_them(
    bundles: tuple[Path, Path], tmp_path: Path
) -> None:
    """verify.py's copy of the RFC 9162 verifier, run with -I -S (no site-packages), on every (m, n) of
    logs of 1..20 leaves as `hub.merkle` proves them, and on each proof with one hash flipped, one hash
    dropped, or the old root of one size less: only the honest ones hold."""
    cases = []
    for n in range(1, 21):
        tree = merkle_tree.MemoryTree([merkle.leaf_hash(i.to_bytes(2, "big")) for i in range(n)])
        for m in range(1, n + 1):
            path = merkle_proofs.consistency_proof(m, n, tree.node)
            honest = (m, n, tree.root(m), tree.root(n), path)
            cases.append((honest, True))
            if m < n:
                cases.append(((m, n, tree.root(m - 1) if m > 1 else b"\0" * 32, tree.root(n), path), False))
                cases.append(((m, n, tree.root(m), tree.root(n), path[:-1]), False))
                for i in range(len(path)):
                    bent = [*path[:i], bytes([path[i][0] ^ 1]) + path[i][1:], *path[i + 1 :]]
                    cases.append(((m, n, tree.root(m), tree.root(n), bent), False))
            else:
                cases.append(((m, n, tree.root(m - 1) if m > 1 else b"\0" * 32, tree.root(n), path), False))
    rows = [
        [m, n, old.hex(), new.hex(), [p.hex() for p in path], want] for (m, n, old, new, path), want in cases
    ]
    (tmp_path / "cases.json").write_text(json.dumps(rows))
    folder = tmp_path / "verifier"
    with zipfile.ZipFile(bundles[1]) as zipped:
        zipped.extract("verify.py", folder)
    script = (
        "import importlib.util, json, sys\n"
        "spec = importlib.util.spec_from_file_location('verify', sys.argv[1])\n"
        "verify = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(verify)\n"
        "def holds(m, n, old, new, path):\n"
        "    path = [bytes.fromhex(p) for p in path]\n"
        "    return verify.verify_consistency(m, n, bytes.fromhex(old), bytes.fromhex(new), path)\n"
        "wrong = [r[:2] for r in json.load(open(sys.argv[2])) if holds(*r[:5]) != r[5]]\n"
        "print(len(wrong), wrong[:5])\n"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-S", "-c", script, str(folder / "verify.py"), str(tmp_path / "cases.json")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0 []"
    assert sum(want for _, want in cases) == 210  # every 1 ≤ m ≤ n ≤ 20: 20·21/2 honest proofs


def test_the_readme_tells_the_auditor_to_keep_the_checkpoint_and_how_to_check_the_next_bundle(
    bundles: tuple[Path, Path],
) -> None:
    with zipfile.ZipFile(bundles[1]) as zipped:
        readme = zipped.read("README.md").decode()
    danish, english = readme.split("## English")
    assert "Gem `log/checkpoint.txt` (eller hele pakken)" in danish
    # With the municipality and a period, as the command above it: without them another municipality's
    # bundle saved under this one's name is "not verified" (3), never "not the one asked for" (1).
    code = re.search(r"--municipality (\d{3}) --period \S+ --key FINGERAFTRYK\n", danish)
    assert code is not None
    wrapped = " \\\n        --key"  # the command goes on on the next line, as a shell reads it
    since_da = f"verify.py NÆSTE-PAKKE.zip --municipality {code[1]} --period PERIODE{wrapped} FINGERAFTRYK"
    assert since_da + " --since checkpoint.txt" in danish
    assert "Keep `log/checkpoint.txt` (or the whole bundle)" in english
    since_en = f"verify.py NEXT-BUNDLE.zip --municipality {code[1]} --period PERIOD{wrapped} FINGERPRINT"
    assert since_en + " --since checkpoint.txt" in english
    # The auditor's page's form, which needs no address typed, by its button in the half's language.
    for half, button in ((danish, "Hent beviset"), (english, "Download the proof")):
        assert "`GET /api/audit/consistency?from_size=N&to_size=M`" in half
        assert f'("{button}")' in half
        assert "`--proof " in half
    # What an auditor cannot run is no longer offered to them.
    assert "hub audit prove" not in readme


def test_the_empty_logs_checkpoint_is_extended_by_every_log_without_a_proof() -> None:
    """The sequencer signs the empty tree too (`sign_empty`): an auditor who kept that one needs no proof,
    only that its root is the empty tree's (SHA-256 of nothing, RFC 9162 §2.1.1)."""
    key = Signer(Ed25519PrivateKey.generate(), "hub.example/audit")
    raw = key.public_raw

    def check(text: bytes, signature: bytes) -> bool:
        key.key.public_key().verify(signature, text)
        return True

    later = bundle_since.read_note(key.sign(Checkpoint(key.origin, 5, b"\x07" * 32)))
    empty = bundle_since.read_note(key.sign(Checkpoint(key.origin, 0, merkle.EMPTY_ROOT)))
    said = bundle_since.since(empty, later, raw, check, [])
    assert said.ok is True and "(sizes 0 → 5)" in said.english
    other = bundle_since.read_note(key.sign(Checkpoint(key.origin, 0, b"\x01" * 32)))
    assert bundle_since.since(other, later, raw, check, []).ok is False


def test_the_auditors_page_gives_the_since_command_and_it_runs_as_given(
    lived_demo: Flask, tmp_path: Path, demo_today: None
) -> None:
    """Ballerup's auditor downloads Q3's bundle twice from the page, keeps the first's checkpoint as
    `checkpoint.txt`, and runs the page's `--since` command on the second, in the folder of both."""
    client = client_of(lived_demo, "revisor-ballerup")
    first, second = (client.get("/audit/bundle?period=2026-Q3").get_data() for _ in range(2))
    (tmp_path / "first.zip").write_bytes(first)
    with zipfile.ZipFile(tmp_path / "first.zip") as zipped:
        (tmp_path / "checkpoint.txt").write_bytes(zipped.read("log/checkpoint.txt"))
    (tmp_path / "revisionspakke-151-2026-Q3.zip").write_bytes(second)
    with zipfile.ZipFile(tmp_path / "revisionspakke-151-2026-Q3.zip") as zipped:
        zipped.extract("verify.py", tmp_path)
    page = lxml.html.fromstring(client.get("/audit?period=2026-Q3").get_data(as_text=True))
    said = page.get_element_by_id("verify-since")
    asked = "Har du gemt kontrolpunktet (log/checkpoint.txt) fra en tidligere pakke? Tilføj --since med den"
    assert asked in said.text_content()
    command = said.xpath("./code")[0].text_content().split()
    assert command[:3] == ["python3", "verify.py", "revisionspakke-151-2026-Q3.zip"]
    assert command[-2:] == ["--since", "checkpoint.txt"]
    done = subprocess.run(
        [sys.executable, *command[1:]], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    old = size_of(tmp_path / "first.zip")
    new = size_of(tmp_path / "revisionspakke-151-2026-Q3.zip")
    assert f"(sizes {old} → {new})" in done.stdout and old < new
