"""Documents that wait for what another submission may still bring, rather than being rejected for it.

A follow-up form (timesheet, progress report, grant, end form) names its placement by CPR and P-number,
and files come in any order: its placement may be in the next batch of the same upload, in an upload
still queued, or in another worker's batch still reading. A batch tries a document rejected only for
what the hub does not hold (`FieldProblem.outside_document`) again at its end (`processing`); one still
not stored only for what a submission may bring (`FieldProblem.awaits_submission`: no placement holds
its dates; not a site in no agreement, which only the operator can mend) then waits (`hold`: `queued`
again, `waiting_since` set, no audit entry) as long as a submission that could supply it is not final
(`Others`), and is tried again when a batch of that scope stores something, or once nothing of its
scope is left to wait for (`wakeable`, after every batch; `overdue`, the workers' healing). Then, with
nothing left to wait for, its try is its last and a rejection is final, as before.

Waiting documents never count as able to supply another: two follow-ups without a placement never wait
for each other. None waits longer than `LONGEST` from its first wait: its next try is its last.

The scope is the sender's (decision 0030, stop 46): a municipality's follow-up links only to its own
placements (`linking.link`), which only its own submissions create; the company's form links to a
placement of one of its agreement's municipalities. Nothing of an unread document is looked at.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session

from hub.logsetup import Both
from hub.models import NOT_FINAL_STATES, Submission
from hub.models.agreements import AgreementMunicipality
from hub.models.base import utcnow
from hub.services.id_lists import among

log = logging.getLogger(__name__)

LONGEST = timedelta(hours=1)  # the longest a document waits, from its first wait, before its last try
NOT_FINAL = NOT_FINAL_STATES  # the model's: a state added there is here too
WAITS_IN = ("received", "queued")  # `received`: given back (`hub requeue`, a stopped worker)
STORED = ("accepted", "partial")  # what may have stored a placement
# The documents waiting, and what tells whose they are.
_WAITING = select(
    Submission.id,
    Submission.municipality_code,
    Submission.agreement_id,
    Submission.waiting_since,
    Submission.job_id,
).where(Submission.waiting_since.is_not(None), Submission.status.in_(WAITS_IN))
_Waiting = Row[int, str | None, str | None, datetime | None, str | None]  # a row of `_WAITING`


class Scopes:
    """Each waiting document's suppliers (the municipalities whose submissions could supply what it
    lacks: the sender's own, for the company's form its agreement's), and whether one of theirs is
    pending; each asked of the database once."""

    def __init__(self, session: Session, leaving_out: Collection[int] = ()) -> None:
        self.session, self.leaving_out = session, sorted(leaving_out)
        self.codes: dict[str | None, frozenset[str]] = {}  # by agreement, for the company's forms
        self.found: dict[frozenset[str], bool] = {}

    def of(self, municipality_code: str | None, agreement_id: str | None) -> frozenset[str]:
        """The suppliers of a document of this sender."""
        if municipality_code is not None:
            return frozenset({municipality_code})
        if agreement_id not in self.codes:
            query = select(AgreementMunicipality.municipality_code).where(
                AgreementMunicipality.agreement_id == agreement_id
            )
            self.codes[agreement_id] = frozenset(self.session.scalars(query))
        return self.codes[agreement_id]

    def pending(self, codes: frozenset[str]) -> bool:
        """Whether a submission of these municipalities, not itself waiting (nor left out), is not final
        yet: it could still supply what a waiting one lacks."""
        if codes not in self.found:
            self.found[codes] = bool(codes) and pending(self.session, codes, self.leaving_out)
        return self.found[codes]


def pending(session: Session, codes: frozenset[str], leaving_out: Sequence[int] = ()) -> bool:
    """Whether a submission of these municipalities, not waiting nor in `leaving_out`, is not final."""
    query = select(Submission.id).where(
        Submission.municipality_code.in_(sorted(codes)),
        Submission.status.in_(NOT_FINAL),
        Submission.waiting_since.is_(None),
    )
    if leaving_out:
        query = query.where(Submission.id.not_in(leaving_out))
    return bool(session.scalar(select(query.exists())))


def waited_out(since: datetime | None, now: datetime) -> bool:
    """Whether a wait begun at `since` has lasted `LONGEST`."""
    return since is not None and now - since >= LONGEST


class Others:
    """Whether each of a batch's documents still waiting at its end may wait on: asked before their last
    try, so that a placement committed between the question and the try is found by the try."""

    def __init__(self, session: Session, waiting: Sequence[Submission], now: datetime | None = None) -> None:
        self.now = now or utcnow()
        # Waiting with each other, not for each other.
        scopes = Scopes(session, leaving_out={row.id for row in waiting})
        self.may = {
            row.id
            for row in waiting
            if not waited_out(row.waiting_since, self.now)
            and scopes.pending(scopes.of(row.municipality_code, row.agreement_id))
        }

    def may_wait(self, submission: Submission) -> bool:
        """Whether this document may wait on rather than be rejected."""
        return submission.id in self.may


def hold(submission: Submission, now: datetime) -> None:
    """Put a document back in the queue to wait (written with the batch's commit): `queued`, as it shows
    to its sender, under no lease; its first wait's time kept (`LONGEST` counts from it)."""
    submission.status = "queued"
    submission.lease_until = None
    submission.waiting_since = submission.waiting_since or now
    log.info(
        Both(
            "submission %s waits for a submission of its sender not yet processed",
            "indsendelse %s venter på en indsendelse fra samme afsender, der ikke er behandlet endnu",
            submission.id,
        )
    )


def wakeable(session: Session, batch_ids: Sequence[int]) -> list[int]:
    """After a batch's commit: the waiting documents to try again. Those of the municipalities it stored
    a document of (but not those it has just put to wait: they would only wait again), and those of the
    municipalities it touched with nothing left to wait for (its own too). Ends its read."""
    batch = select(Submission.id, Submission.status, Submission.municipality_code, Submission.waiting_since)
    rows = session.execute(batch.where(among(session, Submission.id, batch_ids))).all()
    touched = {row.municipality_code for row in rows if row.municipality_code}
    stored = {row.municipality_code for row in rows if row.municipality_code and row.status in STORED}
    own = {row.id for row in rows if row.waiting_since is not None and row.status in WAITS_IN}
    near = or_(Submission.municipality_code.in_(sorted(touched)), Submission.agreement_id.is_not(None))
    candidates = session.execute(
        _WAITING.where(or_(near, among(session, Submission.id, sorted(own)))).order_by(Submission.id)
    ).all()
    woken = _woken(session, candidates, touched, stored, own)
    session.rollback()
    return woken


def overdue(
    session: Session, older_than: timedelta, now: datetime | None = None
) -> list[tuple[int, str | None]]:
    """(id, job id noted on it) of documents waiting for `older_than` unchanged that have nothing left to
    wait for, or have waited `LONGEST`: for the workers' healing, should no batch have woken them (its
    worker died after its commit, say). The caller checks that rq has no live job for them."""
    now = now or utcnow()
    candidates = session.execute(
        _WAITING.where(Submission.updated_at < now - older_than).order_by(Submission.id)
    ).all()
    scopes = Scopes(session)
    due = [
        (row.id, row.job_id)
        for row in candidates
        if waited_out(row.waiting_since, now)
        or not scopes.pending(scopes.of(row.municipality_code, row.agreement_id))
    ]
    session.rollback()
    return due


def _woken(
    session: Session, candidates: Sequence[_Waiting], touched: set[str], stored: set[str], own: set[int]
) -> list[int]:
    scopes = Scopes(session)
    woken = []
    for row in candidates:
        codes = scopes.of(row.municipality_code, row.agreement_id)
        if row.id in own:
            if not scopes.pending(codes):
                woken.append(row.id)  # nothing left to wait for: its last try
        elif codes & stored or (codes & touched and not scopes.pending(codes)):
            woken.append(row.id)  # something stored that it may lack, or nothing left to wait for
    return woken
