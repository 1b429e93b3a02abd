"""What `hub serve` says when it is stopped (Ctrl-C, or SIGTERM from systemd or `kill`): the requests
under way were answered, and what became of the embedded worker thread's job under way and of the jobs
waiting in its queue, which ends with the process."""

from __future__ import annotations

from hub.interrupts import CTRL_C
from hub.words import JOBS, counted

# How the job under way ended (`hub.queue_stopping.ThreadWorker.stop`), in English and Danish.
JOB_ENDED = {
    "none": ("no job was under way", "intet job var i gang"),
    "finished": ("the job under way was finished", "jobbet, der var i gang, blev gjort færdigt"),
    "stopped": (
        "the job under way was stopped and its submissions given back to the queue",
        "jobbet, der var i gang, blev stoppet, og dets indsendelser er givet tilbage til køen",
    ),
}


def stop_lines(embedded: bool, ended: str, not_begun: int) -> tuple[str, str]:
    """The stop's lines in Ctrl-C's words (`interrupts.worded` makes them SIGTERM's): `embedded` when
    the process had the queue's worker thread, `ended` how its job ended, `not_begun` the jobs left in
    its queue."""
    english, danish = f"{CTRL_C[0]}: the hub no longer serves", f"{CTRL_C[1]}: hubben svarer ikke længere"
    if not embedded:
        return (
            f"{english}; the queue's jobs are kept in Redis for hub worker",
            f"{danish}; køens job er gemt i Redis til hub worker",
        )
    job_en, job_da = JOB_ENDED[ended]
    if not_begun:
        jobs_en, jobs_da = counted(not_begun, *JOBS)
        waiting = (
            f"{jobs_en} not begun: their submissions are kept and queued again when the hub starts",
            f"{jobs_da} ikke begyndt: deres indsendelser er gemt og sættes i kø igen, når hubben starter",
        )
    else:
        waiting = ("no job was waiting", "intet job ventede")
    return f"{english}; {job_en}; {waiting[0]}", f"{danish}; {job_da}; {waiting[1]}"
