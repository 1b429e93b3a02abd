"""Apply a config change to documents already stored, from their kept extractions: a file is parsed
again only where its form now asks for a reading its kept one has not had (decision 0048).

Each submission of the municipality is canonicalised again with the current config and compared with
the record version it last produced. Differences become new versions (reason `reprocessed`); a
submission rejected before that now passes is accepted; one that would now fail keeps its old version
and is reported. Placements go first, because every other form links to one. Rejected documents are
included (a config or an agreement fixed since may let them pass); a document of many records is
settled again item by item. Those still rejected are reported with their reasons
(`reprocess_changes.still_failing` groups them), a document never read (unreadable bytes) with the
reasons it was rejected for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from hub.adapters import pipeline
from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.language.fingerprint import fingerprint
from hub.adapters.pipeline import Adapter, Canonical
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, Rejection
from hub.models import Submission
from hub.services import (
    audit,
    company_refusals,
    documents,
    item_store,
    normalise,
    reprocess_rows,
    submission_adapter,
)
from hub.services.form_titles import titled_in
from hub.services.registry import company_adapter, registry
from hub.services.reprocess_changes import Change

FORM_ORDER = ("placement", "mentor_support", "mentor_hours", "progress_report", "placement_end")


Pending = tuple[int, Canonical | tuple[FormConfig, Extraction, IndexCache]]


def _form_type(item: Pending) -> str:
    what = item[1]
    return what.record["form_type"] if isinstance(what, Canonical) else what[0].form_type


def reprocess(
    session: Session,
    municipality: str | None,
    dry_run: bool,
    actor: str,
    show: Callable[[list[Change]], None] | None = None,
    tick: Callable[[int, int], None] | None = None,
) -> list[Change]:
    """Re-map every kept extraction of a municipality (None: every form the company sent, after a change
    of `config/company.toml`), rejected ones included; `show` sees the changes before they are committed
    (or, with `dry_run`, rolled back); `tick(done, total)` follows the re-mapping document by document."""
    config: Adapter = registry().get(municipality) if municipality is not None else company_adapter()
    changes: dict[int, Change] = {}
    pending: list[Pending] = []
    reread: list[reprocess_rows.Kept] = []
    rows = reprocess_rows.kept(session, config.code if municipality is not None else None)
    # A row's adapter depends only on whether it came on an agreement: found once a run, not per row.
    adapters: dict[bool, Adapter] = {}
    for done, row in enumerate(rows):
        if tick is not None:
            tick(done, len(rows))
        if row.extraction is None:  # never read: reprocessing never parses, so its reasons stand
            stored = [FieldProblem(**p) for p in row.problems or []]
            changes[row.id] = Change(row.id, row.filename, None, None, stored, row.status, row.status)
            continue
        extraction = reprocess_rows.extraction(row.extraction)
        reread.append(row)
        cache: IndexCache = {}
        try:
            original = documents.original(row.document_sha256, row.filename)  # fetched if need be
            form, read = pipeline.recognise(config, extraction, row.filename, original, cache)
            if form.items is not None:
                changes[row.id] = _unchanged(row)
                pending.append((row.id, (form, read, cache)))
                continue
            on_agreement = row.agreement_id is not None
            adapter = adapters.get(on_agreement)
            if adapter is None:
                adapter = adapters[on_agreement] = submission_adapter.adapter_for(
                    row.agreement_id, config.code
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
            continue
        # An unchanged mapping gives back the stored record itself (`validated`): nothing to compare.
        if canonical.record is not row.data and canonical.record != row.data:
            change = changes[row.id] = _unchanged(row)
            change.after = canonical.record
            pending.append((row.id, canonical))
    if tick is not None:
        tick(len(rows), len(rows))
    pending.sort(key=lambda item: (FORM_ORDER.index(_form_type(item)), item[0]))
    submissions = reprocess_rows.load(session, [submission_id for submission_id, _ in pending])
    for submission_id, what in pending:
        change = changes[submission_id]
        if isinstance(what, Canonical):
            _apply_one(session, submissions[submission_id], what, change, actor)
        else:
            _apply_items(session, submissions[submission_id], what, change, actor)
    if show is not None:  # each problem's form named as people call it, not by the config's id
        show(
            [replace(c, problems=[titled_in(p, config.forms) for p in c.problems]) for c in changes.values()]
        )
    if dry_run:
        session.rollback()
        return list(changes.values())
    still = {i: c.problems for i, c in changes.items() if c.still_rejected}
    reprocess_rows.note_config(session, fingerprint(config), reread, still)
    audit.append(
        session,
        actor,
        "municipality.reprocessed" if municipality is not None else "company.reprocessed",
        f"municipality:{config.code}" if municipality is not None else "company",
        {
            "changed": sum(1 for c in changes.values() if c.changed),
            "problems": sum(bool(c.problems) for c in changes.values()),
        },
    )
    session.commit()
    return list(changes.values())


def _unchanged(row: reprocess_rows.Kept) -> Change:
    """A row's change before anything is applied: its record and status as they are. Made only for the
    rows that are reported (most rows read again change nothing and are not)."""
    return Change(row.id, row.filename, row.data, row.data, [], row.status, row.status)


def _apply_one(
    session: Session, submission: Submission, canonical: Canonical, change: Change, actor: str
) -> None:
    """Store a document's new record and accept it; on a `Rejection` keep what was (a savepoint)."""
    try:
        with session.begin_nested():
            stored = normalise.store(session, submission, canonical, actor, "reprocessed")
            submission.status, submission.form_id, submission.problems = "accepted", canonical.form_id, None
            submission.unchanged_version_id = None if stored.new else stored.id
            if change.was != "accepted":
                audit.append(
                    session,
                    actor,
                    "submission.accepted",
                    f"submission:{submission.id}",
                    {"form": canonical.form_id, "reprocessed": True},
                )
        change.now = "accepted"
    except Rejection as exc:
        change.after = change.before
        change.problems = normalise.located(exc.problems, submission, canonical)


def _apply_items(
    session: Session,
    submission: Submission,
    recognised: tuple[FormConfig, Extraction, IndexCache],
    change: Change,
    actor: str,
) -> None:
    """Settle a document of many records again; kept only when an item's outcome or record changed."""
    form, read, cache = recognised

    def outcome(status: str) -> str:
        return "accepted" if status == "unchanged" else status

    was = [(row.position, outcome(row.status)) for row in submission.items]
    nested = session.begin_nested()
    try:
        rows = item_store.settle_items(session, submission, form, read, cache, actor, "reprocessed")
    except Rejection as exc:  # the document as a whole (no header row, say): what was stays
        nested.rollback()
        change.problems = exc.problems
        if submission.agreement_id is not None:  # the company's form: where, as it prints it (settling)
            change.problems = company_refusals.in_form_words(exc.problems, read)
        return
    now = [(row.position, outcome(row.status)) for row in rows]
    if now == was and not any(row.status == "accepted" for row in rows):
        nested.rollback()  # nothing new: the items and their outcomes stay as they were
        session.refresh(submission)
    else:
        nested.commit()
        change.items = [f"{row.label}: {row.status}" for row in rows if row.status != "unchanged"]
    change.now = submission.status
    change.problems = [FieldProblem(**p) for p in submission.problems or []]
