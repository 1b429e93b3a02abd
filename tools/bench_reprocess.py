"""`hub reprocess` beside the pypdf floor, in rounds that take turns (`tools.bench`).

One reprocess of the PDF run's documents takes about a second and the pypdf floor over the same
documents about ten. Timed once each, minutes apart, the two met different states of the host: over
twelve runs of the bench on unchanged code the ratio went from 12.8 to 22.8. So each round times both,
one right after the other, the order turned round every round so that a drift of the host's speed
favours neither, and the ratio is the median of the rounds' (every round is printed).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from flask import Flask
from sqlalchemy import func, select

from hub import longlived
from hub.extensions import db
from hub.models import Document, Submission
from hub.services import reprocess
from hub.services.registry import registry
from tools import bench_floors

ROUNDS = 3
PASSES = 4  # reprocess passes a round: two or three seconds, four times the documents


def time_reprocess(app: Flask, passes: int = 2) -> tuple[int, float, int]:
    """(documents, seconds, changes) for `passes` reprocess runs over every municipality."""
    longlived.freeze()
    with app.app_context():
        kept = select(func.count()).select_from(Submission)
        kept = kept.join(Document, Document.sha256 == Submission.document_sha256)
        documents = db.session.scalar(kept.where(Document.extraction.is_not(None))) or 0
        slugs = [config.slug for config in registry().all()]
        changes = 0
        start = time.perf_counter()
        for _ in range(passes):
            for slug in slugs:
                changes += len(reprocess.reprocess(db.session, slug, dry_run=False, actor="bench"))
        return documents * passes, time.perf_counter() - start, changes


@dataclass(frozen=True)
class Round:
    """One round: reprocess and the pypdf floor, timed one right after the other."""

    documents: int
    seconds: float
    changes: int
    floor: float  # pypdf forms/s

    @property
    def rate(self) -> float:
        """Reprocessed documents per second."""
        return self.documents / self.seconds

    @property
    def ratio(self) -> float:
        """Reprocess / the pypdf floor."""
        return self.rate / self.floor


def rounds(app: Flask, pdfs: Sequence[bytes], count: int = ROUNDS) -> list[Round]:
    """`count` rounds over the documents kept in `app` (reprocess) and `pdfs` (the floor), alternating
    which of the two goes first."""
    out = []
    for number in range(count):
        if number % 2 == 0:
            timed = time_reprocess(app, PASSES)
            floor = bench_floors.rate(bench_floors.pypdf_fields, pdfs)
        else:
            floor = bench_floors.rate(bench_floors.pypdf_fields, pdfs)
            timed = time_reprocess(app, PASSES)
        out.append(Round(*timed, floor))
    return out


def median_rates(done: Sequence[Round]) -> tuple[float, float]:
    """(reprocess docs/s, pypdf forms/s) of the round whose ratio is the median (the lower middle one of
    an even number), so that the summary's ratio is that median."""
    middle = sorted(done, key=lambda r: r.ratio)[(len(done) - 1) // 2]
    return middle.rate, middle.floor


def notes(done: Sequence[Round]) -> list[str]:
    """A line per round, and the median."""
    lines = [
        f"reprocess round {n}: {r.documents} documents in {r.seconds:.2f} s ({r.rate:,.1f} docs/s), pypdf "
        f"floor {r.floor:,.1f} forms/s, {r.ratio:.2f} ×; {r.changes} changes (the config did not change, "
        "so 0 is expected)"
        for n, r in enumerate(done, start=1)
    ]
    rate, floor = median_rates(done)
    ratios = [r.ratio for r in done]
    lines.append(
        f"reprocess vs pypdf over {len(done)} rounds, each timing both in turn: median {rate / floor:.2f} ×, "
        f"from {min(ratios):.2f} to {max(ratios):.2f} (the summary shows the median round)"
    )
    return lines
