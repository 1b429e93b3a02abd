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

from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.language.fingerprint import fingerprint
from hub.adapters.pipeline import Adapter, Canonical
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, Rejection
from hub.models import Submission
from hub.services import (
    audit,
    company_refusals,
    item_store,
    normalise,
    reprocess_remap,
    reprocess_rows,
)
from hub.services.form_titles import titled_in
from hub.services.registry import company_adapter, registry
from hub.services.reprocess_changes import Change

FORM_ORDER = ("placement", "mentor_support", "mentor_hours", "progress_report", "placement_end")


def _form_type(item: reprocess_remap.Pending) -> str:
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
    remapped = reprocess_remap.Remapped(config)
    rows = reprocess_rows.kept(session, config.code if municipality is not None else None)
    for done, row in enumerate(rows):
        if tick is not None:
            tick(done, len(rows))
        remapped.add(row)
    if tick is not None:
        tick(len(rows), len(rows))
    changes = remapped.changes
    _apply_all(session, remapped.pending, changes, actor)
    if show is not None:  # each problem's form named as people call it, not by the config's id
        show(
            [replace(c, problems=[titled_in(p, config.forms) for p in c.problems]) for c in changes.values()]
        )
    if dry_run:
        session.rollback()
        return list(changes.values())
    _note_done(session, config, municipality is not None, changes, remapped.reread, actor)
    session.commit()
    return list(changes.values())


def _apply_all(
    session: Session, pending: list[reprocess_remap.Pending], changes: dict[int, Change], actor: str
) -> None:
    """Store the documents re-mapped differently, placements first (every other form links to one), each
    form type in the order its submissions came; no commit."""
    pending.sort(key=lambda item: (FORM_ORDER.index(_form_type(item)), item[0]))
    submissions = reprocess_rows.load(session, [submission_id for submission_id, _ in pending])
    for submission_id, what in pending:
        change = changes[submission_id]
        if isinstance(what, Canonical):
            _apply_one(session, submissions[submission_id], what, change, actor)
        else:
            _apply_items(session, submissions[submission_id], what, change, actor)


def _note_done(
    session: Session,
    config: Adapter,
    of_municipality: bool,
    changes: dict[int, Change],
    reread: list[reprocess_rows.Kept],
    actor: str,
) -> None:
    """Note the config the rows were read again with (and why those still rejected are), and the run
    in the audit log; no commit."""
    still = {i: c.problems for i, c in changes.items() if c.still_rejected}
    reprocess_rows.note_config(session, fingerprint(config), reread, still)
    audit.append(
        session,
        actor,
        "municipality.reprocessed" if of_municipality else "company.reprocessed",
        f"municipality:{config.code}" if of_municipality else "company",
        {
            "changed": sum(1 for c in changes.values() if c.changed),
            "problems": sum(bool(c.problems) for c in changes.values()),
        },
    )


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
