"""Check the whole audit log: every leaf from its entry, every stored subtree, every signed checkpoint.

Read-only. The walk goes through the positions in order and stops at the first one that does not verify,
naming it and why; the checkpoints' signatures are checked whatever the walk found.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub import merkle, merkle_proofs, merkle_tree
from hub.errors import HubError
from hub.models import AuditCheckpoint, AuditEvent, AuditLeaf, AuditNode, AuditPending
from hub.quantities import number_text
from hub.signing import Signer
from hub.words import LOGGED, counted


@dataclass(frozen=True)
class LogProblem:
    """One thing that does not verify; `position` is the first leaf concerned, when there is one."""

    position: int | None
    reason_en: str
    reason_da: str

    def describe(self, lang: str = "en") -> str:
        """One line for people."""
        reason = self.reason_da if lang == "da" else self.reason_en
        if self.position is None:
            return reason
        return f"position {self.position}: {reason}"


@dataclass
class Verdict:
    """What `verify` found: the tree recomputed from the entries, and every problem."""

    size: int = 0
    root: bytes = merkle.EMPTY_ROOT
    checkpoint_size: int | None = None
    pending: int = 0
    problems: list[LogProblem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """True when every leaf, stored subtree and checkpoint verifies."""
        return not self.problems


def verify(session: Session, key: Signer) -> Verdict:
    """Recompute every leaf from its entry and the tree from the leaves; compare with what is stored."""
    verdict = Verdict(pending=session.scalar(select(func.count()).select_from(AuditPending)) or 0)
    stored = {
        (lv, ix): h for lv, ix, h in session.execute(select(AuditNode.level, AuditNode.idx, AuditNode.hash))
    }
    checkpoints = session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id)).all()
    roots: defaultdict[int, list[AuditCheckpoint]] = defaultdict(list)
    for row in checkpoints:
        roots[row.tree_size].append(row)
    rows = session.execute(
        select(AuditLeaf.position, AuditLeaf.event_id, AuditEvent)
        .outerjoin(AuditEvent, AuditEvent.id == AuditLeaf.event_id)
        .order_by(AuditLeaf.position)
        .execution_options(yield_per=1000)
    )
    try:
        edge, problem = _walk(rows, stored, roots)
    finally:
        rows.close()
    if problem is not None:
        verdict.problems.append(problem)
    verdict.size, verdict.root = edge.size, edge.root()
    _check_signatures(checkpoints, key, verdict)
    if checkpoints:
        newest = checkpoints[-1]
        verdict.checkpoint_size = newest.tree_size
        if not verdict.problems and newest.tree_size != edge.size:
            verdict.problems.append(_size_problem(newest.tree_size, edge.size))
    return verdict


def _walk(
    rows: Iterable[Any], stored: dict[merkle_proofs.Node, str], roots: dict[int, list[AuditCheckpoint]]
) -> tuple[merkle_tree.CompactRange, LogProblem | None]:
    """Rebuild the tree position by position; stop at the first leaf, subtree or signed root that differs."""
    edge = merkle_tree.CompactRange()
    signed_up_to = 0  # the size of the last checkpoint whose root the entries gave
    problem = _root_problem(edge, roots, signed_up_to)
    for position, event_id, event in rows:
        if problem is not None:
            break
        problem = _leaf_problem(edge.size, position, event_id, event, stored)
        if problem is None:
            made = edge.append(merkle.leaf_hash(event.leaf_data()))
            problem = _node_problem(made, stored) or _root_problem(edge, roots, signed_up_to)
        if edge.size in roots:
            signed_up_to = edge.size
    return edge, problem


def _leaf_problem(
    expected: int,
    position: int,
    event_id: int,
    event: AuditEvent | None,
    stored: dict[merkle_proofs.Node, str],
) -> LogProblem | None:
    if position != expected:
        return LogProblem(
            expected,
            f"no entry here (the next position is {position}): an entry was removed",
            f"ingen post her (næste position er {position}): en post er fjernet",
        )
    if event is None:
        return LogProblem(
            position,
            f"its entry {event_id} is gone: it was deleted",
            f"dens post {event_id} er væk: den er slettet",
        )
    leaf = merkle.leaf_hash(event.leaf_data()).hex()
    if stored.get((0, position)) != leaf:
        return LogProblem(
            position,
            f"entry {event.id} does not match the leaf hash stored when it was logged: the entry was "
            "changed, or another entry was put in its place",
            f"post {event.id} passer ikke med bladets hash, der blev gemt da den blev logget: posten er "
            "ændret, eller en anden post er sat i dens sted",
        )
    return None


def _node_problem(
    made: list[tuple[int, int, bytes]], stored: dict[merkle_proofs.Node, str]
) -> LogProblem | None:
    for level, idx, digest in made[1:]:
        if stored.get((level, idx)) != digest.hex():
            first, last = idx << level, ((idx + 1) << level) - 1
            return LogProblem(
                first,
                f"the stored hash of positions {first}–{last} does not match their entries: it was altered",
                f"den gemte hash for positionerne {first}–{last} passer ikke med posterne: den er ændret",
            )
    return None


def _root_problem(
    edge: merkle_tree.CompactRange, roots: dict[int, list[AuditCheckpoint]], signed_up_to: int
) -> LogProblem | None:
    """Compare the recomputed root with every checkpoint of this size."""
    for row in roots.get(edge.size, []):
        if row.root_hash != edge.root().hex():
            last = max(edge.size - 1, 0)
            return LogProblem(
                signed_up_to,
                f"the entries up to position {last} do not give the root checkpoint {row.id} signed: "
                f"an entry in positions {signed_up_to}–{last} was changed and its stored hashes rewritten",
                f"posterne til og med position {last} giver ikke roden, checkpoint {row.id} signerede: "
                f"en post i positionerne {signed_up_to}–{last} er ændret og dens gemte hashes omskrevet",
            )
    return None


def _check_signatures(checkpoints: Sequence[AuditCheckpoint], key: Signer, verdict: Verdict) -> None:
    for row in checkpoints:
        try:
            checkpoint = key.open(row.note)
        except HubError as exc:
            verdict.problems.append(
                LogProblem(
                    None, f"checkpoint {row.id}: {exc.message}", f"kontrolpunkt {row.id}: {exc.message_da}"
                )
            )
            continue
        if checkpoint.size != row.tree_size or checkpoint.root.hex() != row.root_hash:
            verdict.problems.append(
                LogProblem(
                    None,
                    f"checkpoint {row.id}: its size or root differs from its signed text: it was altered",
                    f"kontrolpunkt {row.id}: dets størrelse eller rod afviger fra den signerede tekst: "
                    "det er ændret",
                )
            )


def _size_problem(signed: int, size: int) -> LogProblem:
    if signed > size:
        # Counts of entries, grouped and one as one (decision 0062); the positions below name leaves and
        # stay plain.
        signed_en, signed_da = counted(signed, *LOGGED)
        size_en, size_da = number_text(size, "en"), number_text(size, "da")
        return LogProblem(
            size,
            f"the newest checkpoint signs {signed_en} but the tree holds {size_en}: entries were removed",
            f"det nyeste kontrolpunkt signerer {signed_da}, men træet har {size_da}: poster er fjernet",
        )
    return LogProblem(
        signed,
        f"positions {signed}–{size - 1} are in the tree but no checkpoint signs them: they were added "
        "outside the sequencer",
        f"positionerne {signed}–{size - 1} er i træet, men intet kontrolpunkt signerer dem: de er tilføjet "
        "uden om sekvenseren",
    )
