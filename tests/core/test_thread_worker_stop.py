"""`hub serve`'s worker stopping: a second Ctrl-C or SIGTERM stops the job under way wherever in the wait
it arrives, and is never taken for the command's own (which would say the stop in other words)."""

from __future__ import annotations

from hub.queue_stopping import ThreadWorker


class Thread:
    """The worker's thread as `stop` sees it; the second signal arrives as the wait checks it."""

    ident = None  # nothing to raise in: the job's end is played by `is_alive`

    def __init__(self, worker: ThreadWorker) -> None:
        self.worker, self.checks = worker, 0

    def is_alive(self) -> bool:
        self.checks += 1
        if self.checks == 1:
            raise KeyboardInterrupt  # the second SIGTERM, between two sleeps of the wait
        if self.worker._cut:  # the job given back once cut
            self.worker._working = False
        return True


def test_a_second_signal_during_the_waits_own_check_stops_the_job() -> None:
    worker = ThreadWorker.__new__(ThreadWorker)  # `stop` reads only its flags
    worker._stop_requested, worker._working, worker._cut = False, True, False
    thread = Thread(worker)
    try:
        ended = worker.stop(thread)  # type: ignore[arg-type]
    except KeyboardInterrupt:  # it would reach the command's handler, and end pytest with it
        ended = "escaped to the command"
    assert ended == "stopped"
    assert worker._cut and thread.checks >= 2
