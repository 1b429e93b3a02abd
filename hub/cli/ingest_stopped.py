"""What `hub ingest` says when Ctrl-C stops it: how many of the files were stored (each file's submission
is all or nothing: stored in one transaction with the files beside it, or not at all), how many of those
are processed, and which were not sent, so that the person knows what to send again."""

from __future__ import annotations

from sqlalchemy import select

from hub.cli import batch
from hub.extensions import db
from hub.interrupts import Interrupted
from hub.models import FINAL_STATES, Submission
from hub.quantities import number_text
from hub.queue import queue
from hub.words import FILES, counted


def interrupted(sent: batch.Batch) -> Interrupted:
    """The Ctrl-C of a `hub ingest` that had got as far as `sent`, said in English and Danish."""
    db.session.rollback()  # a transaction under way when Ctrl-C came is not kept
    stored = {o.submitted.submission_id for o in sent.outcomes if o.submitted is not None}
    stored_files = sum(o.submitted is not None for o in sent.outcomes)
    refused = sum(o.state == batch.REFUSED for o in sent.outcomes)
    total = len(sent.outcomes) + sent.unread
    not_sent = total - stored_files - refused
    not_done = unfinished(stored)
    total_en, total_da = counted(total, *FILES)
    en = [f"{number_text(stored_files, 'en')} of {total_en} stored"]
    da = [f"{number_text(stored_files, 'da')} af {total_da} gemt"]
    if not_done:
        how_en, how_da = _who_finishes()
        en.append(f"{number_text(not_done, 'en')} of them not processed yet ({how_en})")
        da.append(f"{number_text(not_done, 'da')} af dem er ikke behandlet endnu ({how_da})")
    if refused:
        en.append(f"{number_text(refused, 'en')} rejected")
        da.append(f"{number_text(refused, 'da')} afvist")
    if not_sent:
        en.append(f"{number_text(not_sent, 'en')} not sent: send them again")
        da.append(f"{number_text(not_sent, 'da')} ikke sendt: send dem igen")
    return Interrupted("Interrupted (Ctrl-C): " + "; ".join(en), "Afbrudt (Ctrl-C): " + "; ".join(da))


def _who_finishes() -> tuple[str, str]:
    """What processes the stored files now, in English and Danish. On Redis their jobs wait there for
    `hub worker`. The embedded queue ends with this process: the same files sent again are queued again
    (`lost_work`), and so is all waiting work by `hub requeue --minutes 0` (its default takes only what
    waited 30 minutes; either leaves work under a worker's live lease alone)."""
    if not queue.embedded:
        return "a hub worker finishes them", "en hub worker gør dem færdige"
    return (
        "send the same files again, or run hub requeue --minutes 0",
        "send de samme filer igen, eller kør hub requeue --minutes 0",
    )


def unfinished(ids: set[int] | list[int]) -> int:
    """How many of these submissions are not in a final status; all of them when the database cannot say."""
    if not ids:
        return 0
    try:
        finished = db.session.execute(
            select(Submission.id).where(Submission.id.in_(ids), Submission.status.in_(FINAL_STATES))
        ).all()
        db.session.rollback()
    except batch.DATABASE_DOWN:
        db.session.rollback()
        return len(ids)
    return len(ids) - len(finished)
