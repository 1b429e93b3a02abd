"""`hub audit verify | checkpoint | prove | key`, and commands that seal their entries before they exit."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from flask import Flask
from sqlalchemy import func, select, update

from hub import merkle, merkle_tree
from hub.checkpoint import Checkpoint, parse
from hub.exports import bundle_since
from hub.extensions import db
from hub.models import AuditEvent, AuditLeaf, AuditPending
from hub.services import audit
from hub.signing import Signer, signer


def _append(app: Flask, count: int) -> None:
    with app.app_context():
        for i in range(count):
            audit.append(db.session, "tester", "thing.touched", f"thing:{i}", {"i": i})
        db.session.commit()


def _pending(app: Flask) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(AuditPending)) or 0


def test_an_empty_log_has_a_signed_checkpoint_of_size_zero(runner: Any, tmp_path: Path) -> None:
    result = runner.invoke(args=["audit", "checkpoint", "--out", str(tmp_path / "cp")])
    assert result.exit_code == 0, result.output
    checkpoint, _ = parse((tmp_path / "cp").read_text(encoding="utf-8"))
    assert (checkpoint.size, checkpoint.root) == (0, merkle.EMPTY_ROOT)
    assert "checkpoint of 0 entries written" in result.output


def test_verify_says_intact_with_the_size_and_the_signed_root(app: Flask, runner: Any) -> None:
    _append(app, 5)
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        entries = db.session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        root = base64.b64encode(merkle_tree.root([merkle.leaf_hash(e.leaf_data()) for e in entries])).decode()
    assert result.output.startswith(f"intact: 5 entries, root {root}, signed by hub.invalid/audit/")
    assert _pending(app) == 0


def test_verify_exits_3_naming_the_position_in_both_languages(app: Flask, runner: Any) -> None:
    _append(app, 4)
    assert runner.invoke(args=["audit", "verify"]).exit_code == 0
    with app.app_context():
        victim = db.session.scalars(select(AuditLeaf.event_id).where(AuditLeaf.position == 2)).one()
        db.session.execute(update(AuditEvent).where(AuditEvent.id == victim).values(actor="someone else"))
        db.session.commit()
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 3
    assert f"error: position 2: entry {victim} does not match the leaf hash" in result.output
    assert f"fejl: position 2: post {victim} passer ikke" in result.output
    assert "Traceback" not in result.output


def _kept_at_3_then_7(app: Flask, runner: Any, tmp_path: Path) -> Path:
    """An auditor's checkpoint kept at 3 entries, then 4 more appended (sealed by the next command)."""
    _append(app, 3)
    kept = tmp_path / "auditor-kept.txt"
    assert runner.invoke(args=["audit", "checkpoint", "--out", str(kept)]).exit_code == 0
    _append(app, 4)
    return kept


def test_prove_shows_the_log_only_grew_since_a_kept_checkpoint(
    app: Flask, runner: Any, tmp_path: Path
) -> None:
    kept = _kept_at_3_then_7(app, runner, tmp_path)
    result = runner.invoke(args=["audit", "prove", "--from", str(kept)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert (out["from"]["tree_size"], out["to"]["tree_size"]) == (3, 7)
    new, _ = parse(out["to"]["checkpoint"])
    old, _ = parse(kept.read_text(encoding="utf-8"))
    proof = [base64.b64decode(h) for h in out["consistency_proof"]]
    # The auditor's own check: the RFC's verification with the two signed roots.
    # RFC 6962 2.1.2 by hand: PROOF(3, D[0:7]) = SUBPROOF(3, D[0:4], true) : MTH(D[4:7]);
    # SUBPROOF(3, D[0:4], true) = SUBPROOF(1, D[2:4], false) : MTH(D[0:2]) = D[2], D[3], MTH(D[0:2]).
    assert len(proof) == 4
    assert merkle.verify_consistency(old.size, new.size, old.root, new.root, proof)
    assert "proved: the log has only grown, from 3 to 7 entries (+4)" in result.stderr
    assert "bevist: loggen er kun vokset, fra 3 til 7 poster (+4)" in result.stderr


def _leaf_hashes(app: Flask, count: int) -> list[bytes]:
    """The leaf hashes of the log's first `count` entries, from the entries themselves."""
    with app.app_context():
        rows = db.session.execute(
            select(AuditLeaf.position, AuditEvent).join(AuditEvent, AuditEvent.id == AuditLeaf.event_id)
        ).all()
        return [merkle.leaf_hash(event.leaf_data()) for position, event in sorted(rows) if position < count]


def test_prove_to_a_size_below_the_newest_signs_that_size(app: Flask, runner: Any, tmp_path: Path) -> None:
    """`--to N`, as the API's `to_size`: the proof ends at a later bundle's size, not at the newest head,
    so that the operator can hand an auditor what `verify.py NEXT.zip --since KEPT --proof` needs."""
    kept = _kept_at_3_then_7(app, runner, tmp_path)
    result = runner.invoke(args=["audit", "prove", "--from", str(kept), "--to", "5"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    with app.app_context():
        to = signer(app).open(out["to"]["checkpoint"])  # signed by the hub at size 5
    old, _ = parse(kept.read_text(encoding="utf-8"))
    assert (out["from"]["tree_size"], out["to"]["tree_size"], to.size) == (3, 5, 5)
    # The root of the first five entries as RFC 9162 defines it, not the newest (seven) one.
    assert to.root == merkle_tree.root(_leaf_hashes(app, 5)) != merkle_tree.root(_leaf_hashes(app, 7))
    proof = [base64.b64decode(h) for h in out["consistency_proof"]]
    assert merkle.verify_consistency(3, 5, old.root, to.root, proof)
    assert bundle_since.proofs_in(out) == [out]  # the file `verify.py --since --proof` reads
    assert "proved: the log has only grown, from 3 to 5 entries (+2)" in result.stderr
    assert "bevist: loggen er kun vokset, fra 3 til 5 poster (+2)" in result.stderr


def test_prove_refuses_a_to_size_outside_the_kept_and_the_newest_with_exit_2(
    app: Flask, runner: Any, tmp_path: Path
) -> None:
    """The API's check and words: `--to` lies between the kept checkpoint's size and the log's."""
    kept = _kept_at_3_then_7(app, runner, tmp_path)
    for asked in ("2", "8"):
        result = runner.invoke(args=["audit", "prove", "--from", str(kept), "--to", asked])
        assert result.exit_code == 2, result.output
        assert (
            f"error: --to must be between the checkpoint's size 3 and the log's 7 entries, not {asked}"
            in result.output
        )
        said = f"fejl: --to skal være mellem kontrolpunktets størrelse 3 og loggens 7 poster, ikke {asked}"
        assert said in result.output
        assert result.stdout == "" and "Traceback" not in result.output
    same = runner.invoke(args=["audit", "prove", "--from", str(kept), "--to", "7"])
    assert same.exit_code == 0 and json.loads(same.stdout)["to"]["tree_size"] == 7


def test_prove_refuses_a_checkpoint_of_another_hub_with_exit_2(
    app: Flask, runner: Any, tmp_path: Path
) -> None:
    _append(app, 2)
    stranger = Signer(Ed25519PrivateKey.generate(), "other.example/audit")
    foreign = tmp_path / "foreign.txt"
    foreign.write_text(
        stranger.sign(Checkpoint(stranger.origin, 1, merkle.leaf_hash(b"x"))), encoding="utf-8"
    )
    result = runner.invoke(args=["audit", "prove", "--from", str(foreign)])
    assert result.exit_code == 2
    assert "error: the checkpoint is not signed by this hub's key" in result.output
    assert "fejl: kontrolpunktet er ikke signeret med denne hubs nøgle" in result.output
    garbage = tmp_path / "garbage.txt"
    garbage.write_text("this is no checkpoint\n", encoding="utf-8")
    result = runner.invoke(args=["audit", "prove", "--from", str(garbage)])
    assert result.exit_code == 2 and "not a signed checkpoint" in result.output
    result = runner.invoke(args=["audit", "prove", "--from", str(tmp_path / "missing.txt")])
    assert (
        result.exit_code == 2 and "file not found" in result.output and "filen findes ikke" in result.output
    )


def test_prove_from_a_checkpoint_that_is_not_our_prefix_exits_3(
    app: Flask, runner: Any, tmp_path: Path
) -> None:
    _append(app, 3)
    with app.app_context():
        key = signer(app)
        # Signed with our key, but of a history this log does not have (a fork, or a rewritten log).
        forked = key.sign(Checkpoint(key.origin, 2, merkle.leaf_hash(b"another history")))
    (tmp_path / "forked.txt").write_text(forked, encoding="utf-8")
    result = runner.invoke(args=["audit", "prove", "--from", str(tmp_path / "forked.txt")])
    assert result.exit_code == 3
    assert "not the root of this log's first 2 entries" in result.output
    assert "ikke roden af loggens første 2 poster" in result.output
    assert result.stdout == ""


def test_key_prints_the_public_key_that_checks_the_checkpoints(app: Flask, runner: Any) -> None:
    result = runner.invoke(args=["audit", "key"])
    assert result.exit_code == 0 and result.output.startswith("-----BEGIN PUBLIC KEY-----")
    public = serialization.load_pem_public_key(result.output.encode())
    assert isinstance(public, Ed25519PublicKey)
    checkpoint = runner.invoke(args=["audit", "checkpoint"]).output
    text, _, line = checkpoint.partition("\n\n")
    public.verify(base64.b64decode(line.split(" ")[2])[4:], text.encode() + b"\n")  # raises if wrong
    with app.app_context():
        assert public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw) == (
            signer(app).public_raw
        )


def test_commands_that_append_seal_their_entries_before_they_exit(app: Flask, runner: Any) -> None:
    result = runner.invoke(args=["agreements", "load"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditLeaf)) == 4
    assert _pending(app) == 0


@pytest.mark.parametrize(
    ("sizes", "hashes", "english", "danish"),
    [
        # A log grown from 1,000 to 12,345 entries: "fra 1.000 til 12.345 poster (+11.345)" as verify.py
        # says it (decision 0062); the sizes to type back stay plain in the JSON.
        (
            (1000, 12345),
            14,
            "proved: the log has only grown, from 1,000 to 12,345 entries (+11,345); the proof's 14 hashes "
            "verify against both signed roots",
            "bevist: loggen er kun vokset, fra 1.000 til 12.345 poster (+11.345); beviset med 14 hashes "
            "passer",
        ),
        # RFC 9162 §2.1.4: the proof from one entry to two is one hash, the second leaf's (decision 0062,
        # "Stop 46 (words 3)").
        (
            (1, 2),
            1,
            "proved: the log has only grown, from 1 to 2 entries (+1); the proof's 1 hash verifies against "
            "both signed roots",
            "bevist: loggen er kun vokset, fra 1 til 2 poster (+1); beviset med 1 hash passer",
        ),
    ],
)
def test_the_proof_counts_thousands_of_entries_as_each_reader_groups_them(
    runner: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sizes: tuple[int, int],
    hashes: int,
    english: str,
    danish: str,
) -> None:
    from hub.cli import audit as audit_command

    old, new = Checkpoint("hub", sizes[0], b"\0" * 32), Checkpoint("hub", sizes[1], b"\1" * 32)
    kept = SimpleNamespace(old=old, new=new, note="new note")
    proven = SimpleNamespace(to=new, note="new note", path=[b"\2" * 32] * hashes)
    monkeypatch.setattr(audit_command.audit_proofs, "consistency", lambda session, note, key: kept)
    monkeypatch.setattr(audit_command.audit_prefix, "proven", lambda *args: proven)
    saved = tmp_path / "checkpoint.txt"
    saved.write_text("the kept checkpoint\n", encoding="utf-8")
    result = runner.invoke(args=["audit", "prove", "--from", str(saved)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["to"]["tree_size"] == sizes[1]
    assert english in result.stderr
    assert danish in result.stderr
