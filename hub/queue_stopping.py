"""Workers that stop after the job under way, and stop it at a further signal: one in a thread of the web
process (`ThreadWorker`, stopped by `hub serve` from the main thread) and one for a command that works
the embedded queue itself in its main thread (`CommandWorker`). Either way a job cut short gives its
batch's submissions back to the queue (`processing.process_batch`), and is no failure to log."""

from __future__ import annotations

import ctypes
import logging
import signal
import threading
import time
from types import FrameType
from typing import Any

from rq import Queue
from rq.job import Job
from rq.timeouts import TimerDeathPenalty

from hub import interrupts
from hub.queue_workers import HubWorker

# One logger for every line the hub's worker writes itself (waits, "listed again", stops; decision 0026,
# stop 64): an operator filtering by `hub.worker` sees the whole story; rq's own lines stay `rq.worker`.
log = logging.getLogger("hub.worker")


class ThreadWorker(HubWorker):
    """A worker for a thread of the web process (`hub serve`): no signal handlers, timer-based timeouts.

    Signals reach only the main thread: `hub serve` calls `stop` there when it is stopped (Ctrl-C,
    SIGTERM). The job under way is finished; a further signal while it runs stops it, as a second Ctrl-C
    stops a command's (`CommandWorker`): a KeyboardInterrupt raised in this thread, as rq's timer raises
    a job's timeout, and the batch gives its submissions back to the queue (`processing.process_batch`).
    A job taken after the stop is not begun: the embedded queue ends with the process, and its
    submissions, still queued in SQL, are queued again by the next start's healing."""

    death_penalty_class = TimerDeathPenalty
    _working = False  # inside `perform_job`
    _cut = False  # a further signal has stopped the job under way
    not_begun = 0  # jobs taken after the stop and left

    def _install_signal_handlers(self) -> None:
        """Signals reach only the main thread; the web server owns them."""

    def perform_job(self, job: Job, queue: Queue, *args: Any, **kwargs: Any) -> bool:
        """`HubWorker.perform_job`, unless the process is stopping (then the job is left queued)."""
        self._working = True  # before the check: `stop` reads the two the other way round
        try:
            if self._stop_requested:
                log.debug("job %s not begun: the hub is stopping", job.id)
                self.not_begun += 1
                return False
            return super().perform_job(job, queue, *args, **kwargs)
        finally:
            self._working = False

    def handle_exception(self, job: Job, *exc_info: Any) -> None:
        """rq's log of a failed job, but not for the job `stop` cut: that is no failure."""
        if self._cut and len(exc_info) > 1 and isinstance(exc_info[1], KeyboardInterrupt):
            log.debug("job %s stopped as the hub stopped", job.id)
            return
        super().handle_exception(job, *exc_info)

    def stop(self, thread: threading.Thread, cut: bool = False) -> str:
        """Stop working, from the main thread: wait for the job under way (`thread` runs this worker);
        `cut`, or a KeyboardInterrupt meanwhile (a further Ctrl-C or SIGTERM, under `interrupts.noted`),
        stops it. Whether a job was under way and how it ended: "none", "finished" or "stopped"."""
        self._stop_requested = True  # rq's loop ends after the job under way
        if not self._working:
            return "none"
        # A further Ctrl-C or SIGTERM may come at any instruction from the line below on, the loop's own
        # check of the thread included (seen once in a full run: it reached the command's handler and
        # the stop was said as the command's, not as the job's): the whole wait is under `try`.
        try:
            log.info("stopping: the job under way is finished first (Ctrl-C or SIGTERM again stops it)")
        except KeyboardInterrupt:
            cut = True
        while True:
            try:
                while self._working and thread.is_alive():
                    if cut and not self._cut:
                        self._cut = True
                        log.info(
                            "stopping: the job under way is stopped; its submissions go back to the queue"
                        )
                        _raise_in(thread, KeyboardInterrupt)
                    time.sleep(0.05)
                break
            except KeyboardInterrupt:
                cut = True  # later ones are only noted: the batch is being given back
        return "stopped" if self._cut else "finished"


def _raise_in(thread: threading.Thread, exc: type[BaseException]) -> None:
    """Raise `exc` in `thread` at its next Python instruction (as rq's `TimerDeathPenalty` does)."""
    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident), ctypes.py_object(exc))


class CommandWorker(HubWorker):
    """A worker for a command that works the embedded queue itself, in its main thread (`hub demo`,
    `hub ingest`): Ctrl-C (or SIGTERM) stops it after the job under way, and `work` then raises
    KeyboardInterrupt, which the command says as what it kept and what not (exit 130, or 143 for
    SIGTERM: `usage.interrupted`).

    rq's own handler raises StopRequested wherever the main thread is: inside rq's loop, which takes it
    for a stop and returns as if the queue were done (the command went on to its next round), or inside
    a weakref callback or `__del__`, where Python prints and drops it; and rq leaves its handler in place
    after `work`. This one only notes the request (a note is never dropped), raises from `work`'s own
    frame, and puts the command's handlers back. A second Ctrl-C raises at once inside the job under way,
    as Python's own would; the batch then gives its submissions back to the queue
    (`processing.process_batch`). Later ones are noted only: the command is stopping already."""

    interrupted = False
    _working = False  # inside `perform_job`
    _cut = False  # a second Ctrl-C has stopped a job
    _previous: dict[int, Any]

    def work(self, *args: Any, **kwargs: Any) -> bool:
        """rq's loop, then KeyboardInterrupt if a stop was asked for while it ran (or before, under
        `interrupts.noted()`, and its raise was dropped)."""
        interrupts.check()
        self._previous = {}
        try:
            worked = bool(super().work(*args, **kwargs))
        finally:
            for signum, handler in self._previous.items():
                signal.signal(signum, handler)
        if self.interrupted:
            raise KeyboardInterrupt
        return worked

    def handle_exception(self, job: Job, *exc_info: Any) -> None:
        """rq's log of a failed job, but for a job cut by a second Ctrl-C: that is no failure to show the
        person who pressed it with a traceback (the command says what became of its files, and the
        batch gave its submissions back)."""
        if len(exc_info) > 1 and isinstance(exc_info[1], KeyboardInterrupt):
            log.debug("job %s stopped by a second Ctrl-C", job.id)
            return
        super().handle_exception(job, *exc_info)

    def _install_signal_handlers(self) -> None:
        """Note SIGINT and SIGTERM (in the main thread only: elsewhere Python lets none be set)."""
        if threading.current_thread() is not threading.main_thread():
            return
        for signum in (signal.SIGINT, signal.SIGTERM):
            self._previous[signum] = signal.signal(signum, self._stop_asked)

    def perform_job(self, job: Job, queue: Queue, *args: Any, **kwargs: Any) -> bool:
        """`HubWorker.perform_job`, noting that a job is under way (a second Ctrl-C stops it)."""
        self._working = True
        try:
            return super().perform_job(job, queue, *args, **kwargs)
        finally:
            self._working = False

    def _stop_asked(self, signum: int, frame: FrameType | None) -> None:
        if self.interrupted:
            # A second Ctrl-C stops the job under way, once. Any later one (or one between jobs, in
            # rq's own loop) is only noted: rq's clean-up of the stopped job, after its batch was
            # given back, is not cut, which left rq's loop logging a traceback ("unhandled exception").
            if self._working and not self._cut:
                self._cut = True
                log.info("stop asked again: the job under way is stopped; its batch goes back to the queue")
                raise KeyboardInterrupt
            return
        # Noted before it is said: a second Ctrl-C pressed at once runs this handler again inside the
        # first one's log call, and must find the first one taken (it was taken for a first one too).
        self.interrupted = True
        interrupts.ask(signum)  # a command that notes Ctrl-C (`hub demo`) stops at its next check too
        self._stop_requested = True  # rq's loop ends after the job under way
        # As rq's own handler says its "warm shut down" (at INFO: seen with HUB_LOG_LEVEL set).
        log.info("stop asked: the job under way is finished first (Ctrl-C or SIGTERM again stops it)")
