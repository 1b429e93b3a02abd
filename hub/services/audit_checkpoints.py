"""The audit log's signed checkpoints as stored: the newest, its signature checked against its columns,
and `LogBroken` for a log that does not match what was signed (decision 0008). Nothing here writes.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.checkpoint import Checkpoint
from hub.errors import HubError, NotFound
from hub.models import AuditCheckpoint
from hub.signing import Signer


class LogBroken(HubError):
    """The stored log does not match what was signed: altered, or not a continuation of a checkpoint."""

    status_code = 409
    code = "log_broken"


class NothingToProve(HubError):
    """A proof asked for before the log has anything signed to prove from: said as such, not as a size
    "from 1 to 0" to type (stop 50)."""

    code = "nothing_to_prove"


def newest_checkpoint(session: Session) -> AuditCheckpoint | None:
    """The checkpoint the sequencer signed last, or None before its first run."""
    return session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id.desc()).limit(1)).first()


def signed_head(session: Session, signer: Signer) -> tuple[Checkpoint, str]:
    """The newest checkpoint, its signature checked, and its signed text."""
    row = newest_checkpoint(session)
    if row is None:
        raise NotFound(
            "the audit log has no checkpoint yet (run `hub audit checkpoint`)",
            "revisionsloggen har endnu intet kontrolpunkt (kør `hub audit checkpoint`)",
        )
    checkpoint = opened(signer, row)
    return checkpoint, row.note


def opened(signer: Signer, row: AuditCheckpoint) -> Checkpoint:
    """A stored checkpoint whose signature and columns agree; otherwise the log is broken."""
    try:
        checkpoint = signer.open(row.note)
    except HubError as exc:
        raise LogBroken(
            f"stored checkpoint {row.id} (size {row.tree_size}): {exc.message}",
            f"gemt kontrolpunkt {row.id} (størrelse {row.tree_size}): {exc.message_da}",
        ) from None
    if checkpoint.size != row.tree_size or checkpoint.root.hex() != row.root_hash:
        raise LogBroken(
            f"stored checkpoint {row.id}: its columns differ from its signed text",
            f"gemt kontrolpunkt {row.id}: dets kolonner afviger fra dets signerede tekst",
        )
    return checkpoint
