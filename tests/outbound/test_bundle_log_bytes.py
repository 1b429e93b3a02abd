"""A small bundle's log entries are, line by line, the bytes its checkpoint's tree gives: each entry's
leaf data with its audit path made again from the leaves alone, without the stored nodes or any query
the bundle asks (since stop 36 `audit_tree` pads its `IN` lists and asks level by level: decision 0012)."""

from __future__ import annotations

import base64
import json
import zipfile
from functools import cache
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import select

from hub import merkle
from hub.cli import cli
from hub.extensions import db
from hub.models import AuditEvent, AuditLeaf


@pytest.fixture(scope="module")
def gladsaxe(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Gladsaxe's bundle for September 2026."""
    out = tmp_path_factory.mktemp("bundle") / "gladsaxe-2026-09.zip"
    result = FlaskCliRunner(lived_demo).invoke(
        cli, ["bundle", "gladsaxe", "--period", "2026-09", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out


def test_each_log_entry_is_the_bytes_its_tree_gives(lived_demo: Flask, gladsaxe: Path) -> None:
    with zipfile.ZipFile(gladsaxe) as bundle:
        lines = bundle.read("log/entries.jsonl").splitlines(keepends=True)
        checkpoint = bundle.read("log/checkpoint.txt").decode().split("\n")
    size = int(checkpoint[1])
    with lived_demo.app_context():
        rows = db.session.execute(
            select(AuditLeaf.position, AuditEvent)
            .join(AuditEvent, AuditEvent.id == AuditLeaf.event_id)
            .where(AuditLeaf.position < size)
            .order_by(AuditLeaf.position)
        ).all()
        data = [event.leaf_data() for _, event in rows]
    assert [position for position, _ in rows] == list(range(size))
    leaves = [merkle.leaf_hash(item) for item in data]
    assert merkle.root(leaves) == base64.b64decode(checkpoint[2])  # the tree the checkpoint signed

    @cache
    def node(level: int, idx: int) -> bytes:
        return merkle.root(leaves[idx << level : (idx + 1) << level])

    assert len(lines) > 20  # lists of several lengths went into the queries
    for line in lines:
        position = json.loads(line)["position"]
        expected = json.loads(data[position]) | {
            "position": position,
            "leaf_data": base64.b64encode(data[position]).decode(),
            "proof": [step.hex() for step in merkle.inclusion_proof(position, size, node)],
        }
        assert line == json.dumps(expected, ensure_ascii=False, sort_keys=True).encode() + b"\n"
    # Each entry once.
    assert len({json.loads(line)["position"] for line in lines}) == len(lines)
