"""Signed checkpoints: the C2SP note format, the Ed25519 key, and a check with the `openssl` binary.

Known answers, copied by hand:
- the signed note of golang.org/x/mod's reference implementation: github.com/golang/mod
  `sumdb/note/note_test.go` at commit fe2ec04f7c3c3aa6fad97631aafcff6e49e2d1db (`TestSign`: key
  "PeterNeumann", key hash c74f20a3, its private and public key and the signed text);
- the example checkpoint of github.com/C2SP/C2SP `tlog-checkpoint.md` at commit
  2793893976c835db049c194d8f2c4f946dcb70ba.
"""

from __future__ import annotations

import base64
import shutil
import stat
import subprocess
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from flask import Flask
from servers import in_ci

from hub import merkle
from hub.checkpoint import Checkpoint, CheckpointError, key_id, parse
from hub.errors import ConfigError
from hub.signing import Signer, create_key, signer

GO_SKEY = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"  # after "PRIVATE+KEY+PeterNeumann+c74f20a3+"
GO_VKEY = "ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"  # after "PeterNeumann+c74f20a3+"
GO_TEXT = (
    "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
)
GO_NOTE = (
    GO_TEXT + "\n"
    "\u2014 PeterNeumann "
    "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
)
C2SP_EXAMPLE = (
    "example.com/behind-the-sofa\n"
    "20852163\n"
    "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
    "\n"
    "\u2014 example.com/behind-the-sofa "
    "Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
)


def _go_signer() -> Signer:
    seed = base64.b64decode(GO_SKEY)
    assert seed[0] == 1  # the algorithm byte: Ed25519
    return Signer(Ed25519PrivateKey.from_private_bytes(seed[1:]), "PeterNeumann")


def test_key_id_and_signature_match_the_go_reference_byte_for_byte() -> None:
    go = _go_signer()
    assert go.public_raw == base64.b64decode(GO_VKEY)[1:]
    assert go.key_id == bytes.fromhex("c74f20a3") == key_id("PeterNeumann", go.public_raw)
    # Ed25519 is deterministic: the same key and text give the reference's note exactly.
    assert go.sign_text(GO_TEXT.encode()) == GO_NOTE


def test_the_c2sp_example_checkpoint_parses() -> None:
    checkpoint, (signature,) = parse(C2SP_EXAMPLE)
    assert checkpoint.origin == "example.com/behind-the-sofa"
    assert checkpoint.size == 20852163
    assert checkpoint.root == base64.b64decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=")
    assert signature.name == "example.com/behind-the-sofa"
    assert signature.key_id == bytes.fromhex("033de0ae")  # "Az3grl" decoded by hand
    assert len(signature.signature) == 64
    assert checkpoint.text() == C2SP_EXAMPLE.split("\n\n")[0].encode() + b"\n"


def test_our_checkpoints_round_trip_and_name_the_signed_bytes() -> None:
    key = Signer(Ed25519PrivateKey.generate(), "hub.example.dk/audit")
    checkpoint = Checkpoint("hub.example.dk/audit", 5, merkle.EMPTY_ROOT)
    note = key.sign(checkpoint)
    text, _, line = note.partition("\n\n")
    assert text == "hub.example.dk/audit\n5\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
    assert line.startswith("\u2014 hub.example.dk/audit ") and line.endswith("\n")
    assert key.open(note) == checkpoint


@pytest.mark.parametrize(
    ("note", "why"),
    [
        ("o\n1\n" + "A" * 43 + "=\n— o AAAA\n", "blank line"),
        ("o\n01\n" + "A" * 43 + "=\n\n— o AAAAAAAA\n", "decimal"),
        ("o\n1\nnot base64!\n\n— o AAAAAAAA\n", "base64"),
        ("o\n1\nAAAA\n\n— o AAAAAAAA\n", "32 bytes"),
        ("o\n1\n" + "A" * 43 + "=\nextension\n\n— o AAAAAAAA\n", "three"),
        ("o\n1\n" + "A" * 43 + "=\n\n- o AAAAAAAA\n", "signature line"),
        ("o\n1\n" + "A" * 43 + "=\n\n— o AAAA\n", "too short"),
        ("o\x07\n1\n" + "A" * 43 + "=\n\n— o AAAAAAAA\n", "control"),
        ("o o\n1\n" + "A" * 43 + "=\n\n— o AAAAAAAA\n", "spaces"),
    ],
)
def test_a_malformed_checkpoint_is_refused_in_both_languages(note: str, why: str) -> None:
    with pytest.raises(CheckpointError) as caught:
        parse(note)
    assert why in caught.value.message and caught.value.message_da != caught.value.message


def test_a_checkpoint_altered_or_signed_by_another_key_is_refused() -> None:
    ours = Signer(Ed25519PrivateKey.generate(), "hub.example.dk/audit")
    theirs = Signer(Ed25519PrivateKey.generate(), "hub.example.dk/audit")
    elsewhere = Signer(ours.key, "other.example/log")
    note = ours.sign(Checkpoint(ours.origin, 7, merkle.leaf_hash(b"x")))
    with pytest.raises(CheckpointError, match="not signed by this hub's key"):
        theirs.open(note)
    with pytest.raises(CheckpointError, match="not signed by this hub's key"):
        elsewhere.open(note)
    altered = note.replace("\n7\n", "\n8\n", 1)
    with pytest.raises(CheckpointError, match="altered") as caught:
        ours.open(altered)
    assert "ændret" in caught.value.message_da


# In CI a missing openssl fails the test rather than skip it: decision 0008's recipe would go untried.
@pytest.mark.skipif(shutil.which("openssl") is None and not in_ci(), reason="no openssl command here")
def test_a_checkpoint_verifies_with_the_openssl_command(tmp_path: Path) -> None:
    """The documented recipe: the note text (up to and with the newline before the blank line) is the
    message; the signature is the base64 after the key name, without its first four bytes (key id)."""
    key = Signer(Ed25519PrivateKey.generate(), "hub.example.dk/audit")
    note = key.sign(Checkpoint(key.origin, 3, merkle.leaf_hash(b"entry")))
    text, _, line = note.partition("\n\n")
    (tmp_path / "pub.pem").write_text(key.public_pem(), encoding="ascii")
    (tmp_path / "msg").write_bytes(text.encode() + b"\n")
    (tmp_path / "sig").write_bytes(base64.b64decode(line.split(" ")[2])[4:])
    command = ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin", "-in", "msg"]
    result = subprocess.run([*command, "-sigfile", "sig"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0 and "Signature Verified Successfully" in result.stdout
    (tmp_path / "msg").write_bytes(text.replace("\n3\n", "\n4\n").encode() + b"\n")
    result = subprocess.run([*command, "-sigfile", "sig"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode != 0


def test_the_default_key_is_made_once_private_and_kept(app: Flask, tmp_path: Path) -> None:
    path = Path(app.config["DATA_DIR"]) / "signing-key.pem"
    assert not path.exists()  # nothing is made before it is needed
    first = signer(app)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert (
        first.origin.startswith("hub.invalid/audit/") and len(first.origin) == len("hub.invalid/audit/") + 16
    )
    app.extensions.pop("hub.signer")
    assert signer(app).public_raw == first.public_raw


def test_processes_starting_at_once_end_up_with_one_key(tmp_path: Path) -> None:
    path = tmp_path / "signing-key.pem"
    keys: list[bytes] = []

    def make() -> None:
        key = create_key(path)
        keys.append(key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))

    threads = [threading.Thread(target=make) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(keys) == 8 and len(set(keys)) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["signing-key.pem"]


def test_a_configured_key_and_origin_are_used(app: Flask, tmp_path: Path) -> None:
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    (tmp_path / "mine.pem").write_bytes(pem)
    app.config.update(SIGNING_KEY=str(tmp_path / "mine.pem"), AUDIT_ORIGIN="hub.example.dk/audit")
    key = signer(app)
    assert key.origin == "hub.example.dk/audit"
    assert (
        key.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        == pem
    )
    assert not (Path(app.config["DATA_DIR"]) / "signing-key.pem").exists()


def _ec_key() -> bytes:
    return ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@pytest.mark.parametrize(
    ("content", "origin", "why"),
    [
        (None, "", "cannot be read"),  # a folder where the file should be
        (b"not a key", "", "is not a PEM file"),
        (_ec_key(), "", "not Ed25519"),
        (b"", "my log", "AUDIT_ORIGIN"),
    ],
)
def test_a_wrong_key_or_origin_is_a_config_error(
    app: Flask, tmp_path: Path, content: bytes | None, origin: str, why: str
) -> None:
    path = tmp_path / "key.pem"
    if content:
        path.write_bytes(content)
    elif content is None:
        path.mkdir()
    app.config.update(SIGNING_KEY="" if content == b"" else str(path), AUDIT_ORIGIN=origin)
    with pytest.raises(ConfigError, match=why) as caught:
        signer(app)
    assert caught.value.message_da != caught.value.message
