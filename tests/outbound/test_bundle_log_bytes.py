"""A small bundle's log entries are, line by line, the bytes its checkpoint's tree gives: each entry's
leaf data with its audit path made again from the leaves alone, without the stored nodes or any query
the bundle asks (since stop 36 `audit_tree` pads its `IN` lists and asks level by level: decision 0012)."""

from __future__ import annotations

import base64
import json
import zipfile
from functools import cache
from pathlib import Path

from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import select
from test_bundle import gladsaxe

from hub import merkle, merkle_proofs, merkle_tree
from hub.extensions import db
from hub.models import AuditEvent, AuditLeaf

__all__ = ["gladsaxe"]  # the fixture, imported for pytest to find
# `gladsaxe` runs `hub bundle`, which logs `bundle.created`: this module's own copy of the demo.
lived_demo = demo_copy_fixture("bundle-log-bytes", name="lived_demo", users=False)


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
    assert merkle_tree.root(leaves) == base64.b64decode(checkpoint[2])  # the tree the checkpoint signed

    @cache
    def node(level: int, idx: int) -> bytes:
        return merkle_tree.root(leaves[idx << level : (idx + 1) << level])

    assert len(lines) > 20  # lists of several lengths went into the queries
    for line in lines:
        position = json.loads(line)["position"]
        expected = json.loads(data[position]) | {
            "position": position,
            "leaf_data": base64.b64encode(data[position]).decode(),
            "proof": [step.hex() for step in merkle_proofs.inclusion_proof(position, size, node)],
        }
        assert line == json.dumps(expected, ensure_ascii=False, sort_keys=True).encode() + b"\n"
    # Each entry once.
    assert len({json.loads(line)["position"] for line in lines}) == len(lines)
