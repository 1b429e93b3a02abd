"""Each download of a municipality's claim: the file kept as it was sent, and an entry in the audit log.

A claim file carries the day it was made, so a claim made again later differs in its bytes from the one
the municipality sent on; the auditor asks for the file that was sent. The hub keeps each downloaded
file in its blob store (by its SHA-256, so the same bytes are kept once) before it logs the download
with that hash; the auditor's bundle encloses the files of its period's downloads, and the bundle's
`verify.py` matches each to its log entry (`bundle_claims`). The blobs are kept as long as the log
names them (`blob_prune`).

Beside the file, each download keeps its lines' amounts by participant (`claim_lines_kept`, named in the
entry as `lines_sha256`): a PDF or a municipality's own CSV layout is not read back into lines, and the
payments page and the API compare the claim as it is now with the one sent (`claim_changes`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.exports.claim_model import Claim
from hub.extensions import blobs
from hub.models import Agreement, AuditEvent
from hub.services import claim_lines_kept, company

ACTION = "export.claim"


def note(
    session: Session,
    actor: str,
    agreement: Agreement,
    claim: Claim,
    code: str,
    fmt: str,
    data: bytes,
    party: str | None = None,
) -> None:
    """Keep a downloaded claim file and put its download in the audit log (commits)."""
    # Kept before the entry that names it is committed: a blob no entry names yet is only removed once
    # it is an hour old (`blob_prune`), never an entry whose file is missing.
    sha256, lines_sha256 = blobs.store.put_many([data, claim_lines_kept.encode(claim)])
    detail = {
        "municipality": code,
        "period": claim.period_label,
        "lines": str(len(claim.lines)),
        "amount_dkk": f"{claim.total('amount_dkk'):.2f}",
        "sha256": sha256,
        "format": fmt,
        "lines_sha256": lines_sha256,
    }
    if party is not None:
        detail["party"] = party
    company.note_export(session, actor, agreement, "claim", detail)


def kept(session: Session) -> set[str]:
    """The SHA-256 of every claim file, and of its kept lines, whose download is in the log (a few per
    agreement and period)."""
    details = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == ACTION))
    found: set[str] = set()
    for detail in details:
        if isinstance(detail, dict):
            found |= {str(detail[key]) for key in ("sha256", "lines_sha256") if key in detail}
    return found
