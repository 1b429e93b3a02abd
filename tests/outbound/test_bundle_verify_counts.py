"""verify.py's counts as each reader of its two lines writes them (decision 0062, "Stop 46 (words 3)"):
the Danish line "1.200 logposter", the English line "1,200 log entries", and one said as one in both
("1 logpost er med", "1 log entry is"). A checkpoint's size, which names it, stays plain digits."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from hub import checkpoint, merkle, merkle_proofs, merkle_tree
from hub.exports import bundle_check_files, bundle_check_log, bundle_opened

_ORIGIN = "hub.invalid/audit/test"


def _logged(folder: Path, count: int) -> tuple[bundle_opened.Bundle, bytes]:
    """A bundle folder whose log holds `count` entries, each with its inclusion proof, under a
    checkpoint signed with a fresh key; and that key's PEM."""
    entries = [
        {
            "id": number,
            "occurred_at": "2026-12-04T10:15:00+00:00",
            "actor": "lead-gladsaxe",
            "action": "export.claim",
            "subject": f"claim:{number}",
            "detail": {},
        }
        for number in range(1, count + 1)
    ]
    data = [json.dumps(entry).encode() for entry in entries]
    tree = merkle_tree.MemoryTree([merkle.leaf_hash(d) for d in data])
    root = tree.root()
    key = Ed25519PrivateKey.generate()
    public_raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    text = f"{_ORIGIN}\n{count}\n{base64.b64encode(root).decode()}\n".encode()
    note = checkpoint.signed_note(text, _ORIGIN, checkpoint.key_id(_ORIGIN, public_raw), key.sign(text))
    (folder / "log").mkdir()
    (folder / "log" / "checkpoint.txt").write_text(note)
    lines = [
        json.dumps(
            entry
            | {
                "position": position,
                "leaf_data": base64.b64encode(data[position]).decode(),
                "proof": [h.hex() for h in merkle_proofs.inclusion_proof(position, count, tree.node)],
            }
        )
        for position, entry in enumerate(entries)
    ]
    (folder / "log" / "entries.jsonl").write_text("\n".join(lines) + "\n")
    pem = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    return bundle_opened.Bundle(str(folder)), pem


@pytest.mark.parametrize(
    ("count", "danish", "english"),
    [
        (1, "1 logpost er med i loggen ved kontrolpunkt 1", "1 log entry is in the log at checkpoint 1"),
        # The count grouped; the checkpoint's size, which names it, as log/checkpoint.txt writes it.
        (
            1200,
            "1.200 logposter er med i loggen ved kontrolpunkt 1200",
            "1,200 log entries are in the log at checkpoint 1200",
        ),
    ],
)
def test_the_log_entries_are_counted_each_languages_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], count: int, danish: str, english: str
) -> None:
    bundle, pem = _logged(tmp_path, count)
    assert bundle_check_log.check_log(bundle, pem) is True
    said = capsys.readouterr().out
    assert f"OK  {danish}\n     {english}\n" in said


def test_entries_outside_the_log_are_counted_grouped_in_english_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle_check_log._say_outside([str(n) for n in range(1, 1201)], 1500, 1500)
    danish, english = capsys.readouterr().out.splitlines()
    assert danish == (
        "FEJL log/entries.jsonl: 1.200 af 1.500 logposter er ikke i loggen ved kontrolpunkt 1500 "
        "(1, 2, 3, 4, 5, …)"
    )
    assert english == (
        "     log/entries.jsonl: 1,200 of 1,500 log entries are not in the log at checkpoint 1500 "
        "(1, 2, 3, 4, 5, …)"
    )


def _file(folder: Path, name: str, data: bytes) -> dict[str, object]:
    (folder / name).write_bytes(data)
    return {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def test_one_file_in_the_manifest_is_said_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = {"files": [_file(tmp_path, "README.txt", b"pakken\n")]}
    assert bundle_check_files.check_files(bundle_opened.Bundle(str(tmp_path)), manifest)
    said = capsys.readouterr().out
    assert "OK  den ene fil passer med manifestet\n     the one file matches the manifest\n" in said


def test_many_files_are_grouped_each_languages_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = {"files": [_file(tmp_path, f"{n}.txt", str(n).encode()) for n in range(1200)]}
    # 1,000 originals listed but withheld: their hashes are for copies the auditor gets elsewhere.
    manifest["files"] += [
        {"path": f"original/{n}.pdf", "size": 1, "sha256": "0" * 64, "included": False, "why": "cpr_masked"}
        for n in range(1000)
    ]
    assert bundle_check_files.check_files(bundle_opened.Bundle(str(tmp_path)), manifest)
    said = capsys.readouterr().out
    assert "---- 1.000 originaler er listet, ikke med (CPR maskeret)\n" in said
    assert "     1,000 originals listed, not included (CPR masked)\n" in said
    assert "OK  alle 1.200 filer passer med manifestet\n     all 1,200 files match the manifest\n" in said


def test_downloaded_claims_listed_only_are_counted_grouped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sha = hashlib.sha256(b"krav").hexdigest()
    files = [
        {"path": f"claim/hentet/krav-logpost-{n}.xml", "size": 4, "sha256": sha, "included": False}
        for n in range(1, 1001)
    ]
    (tmp_path / "log").mkdir()
    logged = [json.dumps({"id": n, "detail": {"sha256": sha}}) for n in range(1, 1001)]
    (tmp_path / "log" / "entries.jsonl").write_text("\n".join(logged) + "\n")
    assert bundle_check_log.check_downloads(bundle_opened.Bundle(str(tmp_path)), {"files": files})
    danish, english = capsys.readouterr().out.splitlines()
    assert danish == "OK  de 1.000 hentede krav er de filer, loggen nævner (1.000 kun listet)"
    assert english == "     the 1,000 downloaded claims are the files the log names (1,000 listed only)"
