"""The audit bundle's log entries: those about its submissions and records, the claim's downloads, and
every read of the municipality's citizens made in the period (`bundle_reads`), each with its RFC 9162
inclusion proof against one signed checkpoint (decision 0012, point 3 and stop 49), made in chunks so
that memory stays flat."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.exports.bundle_zip import BundleZip
from hub.models import AuditEvent, AuditLeaf
from hub.periods import Period
from hub.services import audit_checkpoints, audit_proofs, bundle_consistency, bundle_reads
from hub.signing import Signer

CHUNK = 500


def write(
    session: Session,
    key: Signer,
    bundle: BundleZip,
    code: str,
    subjects: Iterable[str],
    also: list[int],
    period: Period,
) -> tuple[int, int]:
    """Write `log/checkpoint.txt`, `log/consistency.json` (proofs from municipality `code`'s earlier
    bundles' checkpoints to it) and `log/entries.jsonl`: the entries about `subjects` (each once, in
    order: chunks of them are asked for in turn), those of `also` (the claim's downloads), and the reads
    of `code`'s citizens made in `period` not among them, with their proofs; return the checkpoint's
    tree size and how many entries were written."""
    head = audit_checkpoints.signed_head(session, key)
    bundle.add_bytes("log/checkpoint.txt", head[1].encode())
    bundle_consistency.write(session, bundle, code, head[0])
    pending = iter(subjects)  # made a chunk at a time: 80,000 subject strings are not held at once
    count = 0
    given: set[int] = set()  # the reads already written with the records', so not written again

    def entries() -> Iterator[dict[str, Any]]:
        nonlocal count
        while chunk := list(islice(pending, CHUNK)):
            rows = session.execute(
                select(AuditEvent.id, AuditEvent.action)
                .join(AuditLeaf, AuditLeaf.event_id == AuditEvent.id)
                .where(AuditEvent.subject.in_(chunk))
                .where(AuditLeaf.position < head[0].size)
            ).all()
            ids = [row.id for row in rows]
            given.update(row.id for row in rows if bundle_reads.is_read(row.action))
            for proof in audit_proofs.inclusion_proofs(session, ids, key, head).entries:
                count += 1
                yield _entry(proof)
            session.expunge_all()
        sealed = session.scalars(
            select(AuditLeaf.event_id).where(AuditLeaf.event_id.in_(also), AuditLeaf.position < head[0].size)
        ).all()
        given.update(sealed)
        for proof in audit_proofs.inclusion_proofs(session, list(sealed), key, head).entries:
            count += 1
            yield _entry(proof)
        for ids in bundle_reads.chunks(session, code, period, head[0].size):
            for proof in audit_proofs.inclusion_proofs(
                session, [i for i in ids if i not in given], key, head
            ).entries:
                count += 1
                yield _entry(proof)
            session.expunge_all()

    bundle.add_lines("log/entries.jsonl", entries())
    return head[0].size, count


def _entry(proof: audit_proofs.EntryProof) -> dict[str, Any]:
    shown = json.loads(proof.leaf_data)
    return shown | {
        "position": proof.position,
        "leaf_data": base64.b64encode(proof.leaf_data).decode(),
        "proof": [node.hex() for node in proof.path],
    }
