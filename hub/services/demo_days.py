"""The demo's forms' moments: when each came in (`received_at`), and its record versions dated so.

`hub demo` backdates each form's submission to the day it would have arrived (`demo.arrival`, nine in
the morning), but the worker stores the versions when it reads them: today. A record page then said a
timesheet that came in on 3 November was stored on the day the demo was seeded, beside an upload list
that says 3 November. A real form is stored within minutes of coming in; the demo pretends the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hub.models import RecordVersion, Submission


def received_at(day: date | None) -> datetime | None:
    """Nine in the morning of a day (UTC), when the demo's mail came in; None: now."""
    return None if day is None else datetime.combine(day, time(9), UTC)


def stored_when_received(session: Session, submission_ids: Sequence[int]) -> None:
    """Date the versions these submissions made (not reprocessed ones) at their submission's moment, and
    commit (the services are the layer that commits)."""
    if not submission_ids:
        return
    received = (
        select(Submission.created_at).where(Submission.id == RecordVersion.submission_id).scalar_subquery()
    )
    session.execute(
        update(RecordVersion)
        .where(RecordVersion.submission_id.in_(submission_ids), RecordVersion.reason == "submitted")
        .values(created_at=received)
        .execution_options(synchronize_session=False)
    )
    session.commit()
