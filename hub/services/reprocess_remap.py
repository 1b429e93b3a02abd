"""Re-mapping a municipality's (or the company's) kept extractions with today's config, row by row,
for `reprocess`: which rows to report and which documents to store again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hub.adapters import pipeline
from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.pipeline import Adapter, Canonical
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, Rejection
from hub.services import documents, reprocess_rows, submission_adapter
from hub.services.reprocess_changes import Change

# A document to store again: its submission, and its record re-mapped (or, a document of many records,
# its form recognised, to be settled again item by item).
Pending = tuple[int, Canonical | tuple[FormConfig, Extraction, IndexCache]]


@dataclass
class Remapped:
    """What re-mapping a run's kept extractions found: each reported row's change, by submission; the
    documents to store again (`Pending`); and the rows read again, whose config is noted at the end."""

    config: Adapter
    changes: dict[int, Change] = field(default_factory=dict)
    pending: list[Pending] = field(default_factory=list)
    reread: list[reprocess_rows.Kept] = field(default_factory=list)
    # A row's adapter depends only on whether it came on an agreement: found once a run, not per row.
    adapters: dict[bool, Adapter] = field(default_factory=dict)

    def add(self, row: reprocess_rows.Kept) -> None:
        """Re-map one kept row with today's config: a change to report, a document to store again, or
        (the same record as stored) neither."""
        changes, pending = self.changes, self.pending
        if row.extraction is None:  # never read: reprocessing never parses, so its reasons stand
            stored = [FieldProblem(**p) for p in row.problems or []]
            changes[row.id] = Change(row.id, row.filename, None, None, stored, row.status, row.status)
            return
        extraction = reprocess_rows.extraction(row.extraction)
        self.reread.append(row)
        cache: IndexCache = {}
        try:
            original = documents.original(row.document_sha256, row.filename)  # fetched if need be
            form, read = pipeline.recognise(self.config, extraction, row.filename, original, cache)
            if form.items is not None:
                changes[row.id] = _unchanged(row)
                pending.append((row.id, (form, read, cache)))
                return
            on_agreement = row.agreement_id is not None
            adapter = self.adapters.get(on_agreement)
            if adapter is None:
                adapter = self.adapters[on_agreement] = submission_adapter.adapter_for(
                    row.agreement_id, self.config.code
                )
            canonical = pipeline.canonicalise(
                adapter,
                extraction,
                row.document_sha256,
                row.filename,
                validated=row.data,
                recognised=(form, read, cache),
            )
        except Rejection as exc:
            if row.status in ("accepted", "partial", "rejected"):
                change = changes[row.id] = _unchanged(row)
                change.problems = exc.problems
            return
        # An unchanged mapping gives back the stored record itself (`validated`): nothing to compare.
        if canonical.record is not row.data and canonical.record != row.data:
            change = changes[row.id] = _unchanged(row)
            change.after = canonical.record
            pending.append((row.id, canonical))


def _unchanged(row: reprocess_rows.Kept) -> Change:
    """A row's change before anything is applied: its record and status as they are. Made only for the
    rows that are reported (most rows read again change nothing and are not)."""
    return Change(row.id, row.filename, row.data, row.data, [], row.status, row.status)
