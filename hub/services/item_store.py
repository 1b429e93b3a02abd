"""A document of many records (one per item) stored item by item, in one transaction.

Each item is mapped, resolved (a participant id becomes its placement's citizen and site), validated,
linked and stored in a savepoint of its own: a bad item is rejected alone, named by its row, element or
group, and the good ones are stored. The submission keeps each item's outcome and is `accepted` (every
item), `partial` (some) or `rejected` (none). A problem with the document itself (the signature below the
table, no header row) rejects the document as a whole.

A row that lacks only what another submission may bring (its placement) makes the whole document wait
instead, while its batch allows (`waits`, from `settling`): a `Rejection` of the document, which the
document's savepoint rolls back, so that it is stored later whole, with one outcome (decision 0042).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from hub.adapters import pipeline
from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.language.config_paths import REFERENCE
from hub.adapters.mapping.form_items import MappedItem, map_items
from hub.adapters.pipeline import Canonical
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, Rejection
from hub.models import Submission, SubmissionItem
from hub.quantities import number_text
from hub.services import audit, company_cpr, company_refusals, normalise, participants, submission_adapter

# Whether a row's problems make its document wait for another submission (`settling`): then its
# `Rejection` is the document's, not the row's.
Waits = Callable[[list[FieldProblem]], bool]


def store_items(
    session: Session,
    submission: Submission,
    form: FormConfig,
    extraction: Extraction,
    cache: IndexCache,
    actor: str,
    waits: Waits | None = None,
) -> None:
    """Map every item of the document and store the good ones; settle the submission; the caller commits.
    A row whose problems `waits` accepts raises them as the document's `Rejection` (no outcome noted)."""
    settle_items(session, submission, form, extraction, cache, actor, "submitted", waits)


def settle_items(
    session: Session,
    submission: Submission,
    form: FormConfig,
    extraction: Extraction,
    cache: IndexCache,
    actor: str,
    reason: str,
    waits: Waits | None = None,
) -> list[SubmissionItem]:
    """Map and store every item (`reason`: `submitted`, or `reprocessed` by `hub reprocess`) and settle
    the submission's status and items; no commit. Returns the new item rows. `waits`: as `store_items`."""
    code = submission_adapter.adapter_of(submission).code
    pipeline.require_complete(form, submission.filename)
    found = map_items(extraction, form, submission.document_sha256, submission.filename, code, cache)
    # An item read again unchanged keeps pointing at the record it made before (a document read again).
    before = {row.position: (row.record_id, row.version) for row in submission.items}
    # The earlier outcome's rows go first: the unit of work would insert the new ones before deleting
    # the old, and (submission, position) is unique.
    submission.items = []
    session.flush()
    rows = [_one(session, submission, form, extraction, item, actor, reason, waits) for item in found]
    for row in rows:
        if row.status == "unchanged" and row.record_id is None:
            row.record_id, row.version = before.get(row.position, (None, None))
    submission.items = rows
    stored = sum(row.status != "rejected" for row in rows)
    status = "accepted" if stored == len(rows) else "partial" if stored else "rejected"
    submission.status, submission.form_id = status, form.id
    problems = [problem for row in rows for problem in row.problems or []]
    if not stored:
        # Said first and whole, so that a reader of a long list of row problems knows nothing was kept.
        everything = FieldProblem(
            *all_rejected(len(rows)),
            file=submission.filename,
            form=form.id,
        )
        problems.insert(0, everything.to_dict())
    submission.problems = problems or None
    audit.append_at_commit(
        session,
        actor,
        f"submission.{status}",
        f"submission:{submission.id}",
        {"form": form.id, "items": len(rows), "stored": stored, "rejected": len(rows) - stored},
    )
    return rows


def _one(
    session: Session,
    submission: Submission,
    form: FormConfig,
    extraction: Extraction,
    item: MappedItem,
    actor: str,
    reason: str,
    waits: Waits | None,
) -> SubmissionItem:
    row = SubmissionItem(position=item.position, label=item.label_en, label_da=item.label_da)
    if item.mapped is None:
        return _rejected(row, list(item.problems), item, submission, extraction)
    mapped = item.mapped
    try:
        if submission.agreement_id is not None:
            company_cpr.refuse_cpr(mapped, submission)
        if REFERENCE in mapped.record:
            mapped = participants.resolve(session, submission, mapped)
        record = pipeline.validate_record(mapped, submission.filename)
        canonical = Canonical(form.id, record, mapped.provenance, extraction)
        with session.begin_nested():
            version = normalise.store(session, submission, canonical, actor, reason)
    except Rejection as exc:
        problems = pipeline.placed(exc.problems, mapped.provenance, file=submission.filename, form=form.id)
        if waits is not None and waits(problems):
            # At the first such row: the rows stored before it go with the document's savepoint, and
            # the rows after it are tried when the document is.
            raise Rejection(
                [replace(p, item=item.label_en, item_da=item.label_da) for p in problems]
            ) from exc
        return _rejected(row, problems, item, submission, extraction)
    # Unchanged: the same record as stored before, nothing new to keep; the row names that version.
    row.status = "accepted" if version.new else "unchanged"
    row.record_id, row.version = version.record_id, version.version
    return row


def _rejected(
    row: SubmissionItem,
    problems: list[FieldProblem],
    item: MappedItem,
    submission: Submission,
    extraction: Extraction,
) -> SubmissionItem:
    # The item first: where a company's form prints a field says the intern's block only for a problem
    # no item names, and the id's refusal named the intern twice ("deltager 1 (Anders Andersen) / side 1,
    # deltager 1 (Anders Andersen), feltet …").
    named = [replace(p, item=item.label_en, item_da=item.label_da) for p in problems]
    if submission.agreement_id is not None:  # the company's form: no CPR number quoted back to it,
        # and where in it as the form prints it, not by its fields' names
        named = company_cpr.unquoted(company_refusals.in_form_words(named, extraction))
    row.status = "rejected"
    row.problems = [p.to_dict() for p in named]
    return row


def all_rejected(count: int) -> tuple[str, str]:
    """That every one of a document's `count` items was rejected and nothing kept (English, Danish):
    "alle dokumentets 1.200 poster blev afvist", not "(1200 af 1200)", whose two equal numbers said
    nothing the word "alle" had not, and "alle … (1 af 1)" for a document of one item."""
    if count == 1:
        return (
            "the document's one item was rejected; nothing was stored",
            "dokumentets ene post blev afvist; intet er gemt",
        )
    return (
        f"all {number_text(count, 'en')} items of the document were rejected; nothing was stored",
        f"alle dokumentets {number_text(count, 'da')} poster blev afvist; intet er gemt",
    )
