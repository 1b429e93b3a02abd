"""The queue's workers: rq's `SimpleWorker` in the app's context, with the hub's maintenance and after-job
hooks (`HubWorker`), for a thread of the web process (`ThreadWorker`) and for a command that works the
embedded queue itself (`CommandWorker`). `hub.queue.JobQueue.worker` makes them."""

from __future__ import annotations

import ctypes
import logging
import signal
import threading
import time
from types import FrameType
from typing import Any

from flask import Flask
from rq import Queue, SimpleWorker
from rq.exceptions import DeserializationError
from rq.job import Job
from rq.job_lifecycle import call_exception_handlers
from rq.timeouts import TimerDeathPenalty

from hub import interrupts
from hub.logsetup import Both, frames
from hub.queue_state import state_of

log = logging.getLogger(__name__)


class HubWorker(SimpleWorker):
    """Works jobs inside the app's context, without forking per job.

    Not forking keeps the PDF sandbox's warm child processes and the database pool alive between jobs
    (the hostile-input risk is contained by the sandbox, not by a fork per job): see
    docs/decisions/0003-simple-worker.md.
    """

    app: Flask
    _last_healed: float | None = None
    # A burst in a CLI command (which may hold a transaction open) leaves healing to long-lived workers.
    heals = True

    def __init__(self, *args: Any, heal_every: float = 10.0, **kwargs: Any) -> None:
        """`heal_every`: seconds between the app's maintenance hooks; set before rq sizes the socket
        timeout from `dequeue_timeout`."""
        self.heal_every = max(1.0, heal_every)
        super().__init__(*args, **kwargs)

    @property
    def dequeue_timeout(self) -> int:
        """Wait for a job no longer than the maintenance interval, so that an idle worker heals too."""
        return max(1, min(super().dequeue_timeout, int(self.heal_every)))

    @property
    def should_run_maintenance_tasks(self) -> bool:
        """rq's own cleaning on its schedule, or the hub's maintenance when it is due."""
        due = self._last_healed is None or time.monotonic() - self._last_healed >= self.heal_every
        return due or bool(super().should_run_maintenance_tasks)

    def run_maintenance_tasks(self) -> None:
        """rq's registry cleaning when its interval has passed; the app's maintenance hooks every time."""
        if super().should_run_maintenance_tasks:
            super().run_maintenance_tasks()
        self._last_healed = time.monotonic()
        for hook in state_of(self.app).maintenance if self.heals else []:
            # A failing hook (the database is down) must not stop the worker: it tries again next time.
            try:
                hook(self.app)
            except Exception as exc:
                # The class, not the text: a driver's message runs to several lines and a URL.
                what, name = getattr(hook, "__name__", hook), type(exc).__name__
                log.warning(
                    Both("maintenance %s failed with %s", "vedligeholdelsen %s fejlede med %s", what, name)
                )

    def perform_job(self, job: Job, queue: Queue, *args: Any, **kwargs: Any) -> bool:
        """Run one job with an app context pushed, then the app's after-job hooks."""
        with self.app.app_context():
            done = super().perform_job(job, queue, *args, **kwargs)
        for hook in state_of(self.app).after_job:
            # A hook's failure is not the job's: the job has finished and its result is recorded.
            try:
                hook(self.app)
            except Exception as exc:
                what, name = getattr(hook, "__name__", hook), type(exc).__name__
                log.error(
                    Both("after a job, %s failed with %s", "efter et job fejlede %s med %s", what, name)
                )
                log.debug("%s", frames(exc))
        return done

    def handle_exception(self, job: Job, *exc_info: Any) -> None:
        """A failed job said in one line in English and Danish: the job, its function and the class of
        the exception. rq's own record is a traceback, at ERROR, which reached the terminal of `hub
        ingest` when a document crashed, and quotes the exception's text, which may hold a document's
        value; where it was raised is logged at DEBUG without that text (`logsetup.frames`)."""
        exc = exc_info[1] if len(exc_info) > 1 else None
        try:
            func = job.func_name
        except DeserializationError:
            func = "?"
        name = type(exc).__name__ if exc is not None else "?"
        log.error(Both("job %s (%s) failed with %s", "job %s (%s) fejlede med %s", job.id, func, name))
        if isinstance(exc, BaseException):
            log.debug("%s", frames(exc))
        call_exception_handlers(self._exc_handlers, job, *exc_info)


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
        log.info("stopping: the job under way is finished first (Ctrl-C or SIGTERM again stops it)")
        while self._working and thread.is_alive():
            if cut and not self._cut:
                self._cut = True
                log.info("stopping: the job under way is stopped; its submissions go back to the queue")
                _raise_in(thread, KeyboardInterrupt)
            try:
                time.sleep(0.05)
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
        # As rq's own handler says its "warm shut down" (at INFO: seen with HUB_LOG_LEVEL set).
        log.info("stop asked: the job under way is finished first (Ctrl-C or SIGTERM again stops it)")
        self.interrupted = True
        interrupts.ask(signum)  # a command that notes Ctrl-C (`hub demo`) stops at its next check too
        self._stop_requested = True  # rq's loop ends after the job under way
