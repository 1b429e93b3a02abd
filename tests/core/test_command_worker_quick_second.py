"""A second Ctrl-C pressed at once: Python runs its handler inside the first one's, at whatever line
the first has reached (its log call takes the longest). It must be taken as the second, which stops the
job under way, not as another first (CI saw "stop asked" said twice 5 ms apart and the job finished)."""

from __future__ import annotations

import logging
import signal

import pytest

from hub import interrupts
from hub.queue_stopping import CommandWorker


def test_a_second_signal_during_the_first_ones_log_line_stops_it(monkeypatch: pytest.MonkeyPatch) -> None:
    worker = CommandWorker.__new__(CommandWorker)  # `_stop_asked` reads and sets only its flags
    worker._working = True  # a job under way
    said: list[str] = []

    def info(message: str, *args: object) -> None:
        said.append(message)
        if len(said) == 1:  # the second signal arrives while the first is being said
            worker._stop_asked(signal.SIGINT, None)

    monkeypatch.setattr(logging.getLogger("hub.worker"), "info", info)
    monkeypatch.setattr(interrupts, "ask", lambda signum: None)  # the command's own note: not this test's
    with pytest.raises(KeyboardInterrupt):
        worker._stop_asked(signal.SIGINT, None)
    assert [m.split(":")[0] for m in said] == ["stop asked", "stop asked again"]
    assert worker.interrupted and worker._cut and worker._stop_requested
