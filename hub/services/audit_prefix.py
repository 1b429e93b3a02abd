"""The proof that the log's first `old` entries are a prefix of its first `to` entries, where `to` is at
most the newest signed tree: one set of checks for the API (`GET /api/audit/consistency`) and the
operator's `hub audit prove --to`, so that both refuse the same sizes with the same words.

A proof to a size below the newest is given with a checkpoint signed at that size on the spot, after the
stored tree is shown to lead from it to the newest signed root: the hub signs nothing it has not proven
a prefix of what it signed before (decision 0012, "Stop 44").
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from hub.checkpoint import Checkpoint
from hub.errors import HubError
from hub.services import audit_proofs
from hub.services.audit_checkpoints import LogBroken
from hub.signing import Signer


class BadTreeSize(HubError):
    """A tree size that no proof can start from or lead to."""

    status_code = 422
    code = "bad_tree_size"
    field = "from_size"  # the query argument it names


@dataclass(frozen=True)
class Names:
    """What the two sizes are called where they were asked for, in English and Danish."""

    old: tuple[str, str] = ("from_size", "from_size")
    to: tuple[str, str] = ("to_size", "to_size")
    field: str = "to_size"


@dataclass(frozen=True)
class Prefix:
    """The root of the first `old_size` entries, the proof from it, and the signed checkpoint it ends at."""

    old_size: int
    old_root: bytes
    to: Checkpoint
    note: str
    path: list[bytes]


def proven(
    session: Session,
    key: Signer,
    head: tuple[Checkpoint, str],
    old_size: int,
    to_size: int | None,
    names: Names = Names(),
) -> Prefix:
    """Prove the first `old_size` entries a prefix of the first `to_size` (None: the newest, `head`);
    `BadTreeSize` for a `to_size` outside old_size..head, `LogBroken` if the stored tree does not hold."""
    newest, note = head
    size = newest.size if to_size is None else to_size
    if not old_size <= size <= newest.size:
        refused = BadTreeSize(
            f"{names.to[0]} must be between {names.old[0]} {old_size} and the log's {newest.size} entries, "
            f"not {size}",
            f"{names.to[1]} skal være mellem {names.old[1]} {old_size} og loggens {newest.size} poster, "
            f"ikke {size}",
        )
        refused.field = names.field
        raise refused
    old_root, to_root, path = audit_proofs.between(session, old_size, size)
    # The stored tree must lead on to the newest signed root, or the hub would sign (below) or vouch for
    # a root of altered nodes.
    if audit_proofs.between(session, size, newest.size)[1] != newest.root:
        raise LogBroken(
            "the stored tree does not lead to the newest signed checkpoint: it was altered",
            "det gemte træ fører ikke til det nyeste signerede kontrolpunkt: det er ændret",
        )
    if size != newest.size:
        # A true statement about the first `size` entries, proven a prefix of the newest signed tree above.
        newest = Checkpoint(newest.origin, size, to_root)
        note = key.sign(newest)
    return Prefix(old_size, old_root, newest, note, path)
