"""One document of a batch settled: stored, rejected or failed, and its outcome noted (`processing`).

`prepare` recognises and maps a read document before the run stores any (so that `link_ahead` knows its
citizen); `settle` stores it, unguarded or in a savepoint (decision 0039), and notes a rejection or a
crash with its one audit entry. Nothing here commits: the batch does, once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy.orm import Session

from hub.errors import FieldProblem, Rejection
from hub.logsetup import Both, frames
from hub.models import Submission
from hub.services import (
    audit,
    batch_reads,
    company_cpr,
    company_refusals,
    documents,
    link_ahead,
    submission_adapter,
    unguarded,
)
from hub.services.backoff import is_transient
from hub.services.outcome import Outcomes, Settled

log = logging.getLogger(__name__)


def prepare(submission: Submission, read: batch_reads.Read) -> documents.Prepared | Exception | None:
    """A read document recognised and mapped, or why not (raised when it is settled); None: unread."""
    if read.extraction is None:
        return None
    try:
        return documents.prepare(submission, read.extraction, read.original())
    except Exception as exc:
        return exc


def records_of(prepared: Iterable[documents.Prepared | Exception | None]) -> list[dict[str, Any]]:
    """The canonical records of the documents mapped so far (the citizens a run will link)."""
    return [p.canonical.record for p in prepared if isinstance(p, documents.Prepared) and p.canonical]


STORED, CRASHED, WAITING, PUT_OFF = "stored", "crashed", "waiting", "put off"
Ready = documents.Prepared | Exception | None  # what `prepare` gives a document


def settle(
    session: Session,
    outcomes: Outcomes,
    submission: Submission,
    read: batch_reads.Read,
    prepared: documents.Prepared | Exception | None,
    actor: str,
    careful: bool,
    may_wait: bool | Callable[[Submission], bool] = False,
) -> str:
    """Store one document (`careful`: in a savepoint), or note why not; no commit. Returns "stored"
    (its outcome is noted: accepted or rejected), "crashed", or "waiting": it was rejected only for
    what the hub does not hold yet and nothing of it was written, so it is tried again later. With
    `may_wait` True, after the batch's other documents (a placement sent with its grant, the grant
    first), for any reason outside the document; with `may_wait` a callable true of the submission,
    after another submission that could hold it (`awaiting`), only for what a submission may bring
    (`FieldProblem.awaits_submission`: no placement to link it to). A document of many records waits
    whole when one of its rows would (`item_store`). No audit entry is written for a waiting document.
    "put off": it needed a citizen another transaction holds while this one may hold others
    (`link_ahead.CitizenHeld`); nothing of it was kept, and it is stored again once its citizens are
    locked in a transaction that holds none."""
    if read.extraction is not None:
        # Kept as read whatever the outcome: noted outside the savepoint, so a rejection does not undo it.
        outcomes.keep(submission.document, read.extraction)
    try:
        if read.error is not None:
            raise read.error
        if isinstance(prepared, Exception):
            raise prepared
        assert read.extraction is not None and prepared is not None
        extraction = read.extraction

        def store() -> Settled:
            return documents.store_document(
                session, submission, extraction, actor, read.data, prepared, waits
            )

        def waits(problems: list[FieldProblem]) -> bool:
            return _waits(problems, submission, may_wait)

        # A document of many records takes a savepoint a row already: one more around them all lets
        # it be rejected, or wait, after its rows wrote, without the batch redone (`unguarded`).
        if careful or prepared.canonical is None:
            with session.begin_nested():
                settled = store()
        else:
            settled = unguarded.guarded(session, store)
        outcomes.settle(submission, settled)
    except link_ahead.CitizenHeld:
        return PUT_OFF
    except Rejection as exc:
        if _waits(exc.problems, submission, may_wait):
            return WAITING
        problems = list(exc.problems)
        if submission.agreement_id is not None:  # the company's form: where, as the form prints it
            problems = company_refusals.in_form_words(problems, read.extraction)
        finish(session, outcomes, submission, "rejected", actor, problems=problems)
    except Exception as exc:
        if is_transient(exc) or isinstance(exc, unguarded.Redo):
            raise
        # The exception's text may quote document values (a CPR number, a name): the log line and rq's
        # failure record get the type alone, and the submission keeps where it was raised without any
        # exception's text (`frames`), for the operator; its sender is told the hub failed, not the file.
        log.error(
            Both(
                "submission %s failed with %s",
                "indsendelse %s fejlede med %s",
                submission.id,
                type(exc).__name__,
            )
        )
        finish(session, outcomes, submission, "failed", actor, error=frames(exc))
        return CRASHED
    return STORED


def _waits(
    problems: list[FieldProblem], submission: Submission, may_wait: bool | Callable[[Submission], bool]
) -> bool:
    if callable(may_wait):
        # Queued again in its sender's eyes: only while what is missing may come, never for a reason
        # no submission can take away (a site in no agreement), which would say "queued" for an hour
        # about a document certain to be rejected.
        return all(problem.awaits_submission for problem in problems) and may_wait(submission)
    # Tried again at the batch's end, unseen by its sender: the batch's other documents may hold
    # anything the hub holds (a correction of a stored form, too), and a try costs no read.
    return may_wait and all(problem.outside_document for problem in problems)


def finish(
    session: Session,
    outcomes: Outcomes,
    submission: Submission,
    status: str,
    actor: str,
    problems: list[FieldProblem] | None = None,
    error: str | None = None,
) -> None:
    """Note a document's rejection or crash and write its one audit entry; no commit."""
    if problems and submission.agreement_id is not None:
        # The company's form: a value that looks like a CPR number (a signature date cell holding one,
        # "not a date: '2005851236'") is never stored with the submission nor shown back to the company.
        problems = company_cpr.unquoted(problems)
    listed = [p.to_dict() for p in problems] if problems else None
    fingerprint = submission_adapter.fingerprint_of(submission)
    form_id = submission.form_id
    if status == "rejected":
        # A document recognised as a form and rejected for its values is that form's: the problems name
        # it. From this reading only: a form id from an earlier one would keep the bytes from the sender
        # whose form they turn out to be (`same_bytes`).
        named = {p.form for p in problems or []}
        form_id = named.pop() if len(named) == 1 and "" not in named else None
    outcomes.settle(submission, Settled(status, form_id, listed, error, fingerprint))
    # Reasons can quote values; the audit log gets how many and where, not the values themselves.
    audit.append_at_commit(
        session,
        actor,
        f"submission.{status}",
        f"submission:{submission.id}",
        {"problems": len(problems or []), "fields": sorted({p.field for p in problems or [] if p.field})},
    )
