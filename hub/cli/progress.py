"""One self-overwriting progress line for a long command on a terminal: done, accepted, rejected, rate,
time left. Never on a pipe (a log file would fill with carriage returns)."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

# Time left is guessed only once this share is done: from the first document or two (a copy already
# finished, one rejected at once) a batch of hundreds was guessed at 800 s and took 10.
FIRST_GUESS_AT = 0.05


def on_terminal(asked: bool | None) -> bool:
    """Whether to draw: as asked (`--progress/--no-progress`), else when standard error, where the
    line is drawn, is a terminal. Not standard output: `hub ingest ... > out.txt` on a terminal wants
    the line, and `2> errors.log` must not fill the log with carriage returns."""
    return sys.stderr.isatty() if asked is None else asked


class Progress:
    """Counts finished documents; redraws one line on `stream` (stderr) at most 5 times a second."""

    EVERY = 0.2  # seconds between redraws at most

    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None, done: str = "done") -> None:
        """`done`: what the first count counts ("stored": files stored, not yet processed)."""
        self.total, self.enabled, self.done = total, enabled and total > 0, done
        self.stream = stream or sys.stderr
        self.started = self.drawn = time.monotonic()
        self.shown = False

    def update(self, done: int, accepted: int | None, rejected: int | None, force: bool = False) -> None:
        """Redraw the line with the counts so far (without accepted/rejected when they are None)."""
        now = time.monotonic()
        if not self.enabled or (not force and now - self.drawn < self.EVERY):
            return
        self.drawn, elapsed = now, max(now - self.started, 1e-6)
        rate = done / elapsed
        guessed = 0 < done < self.total and done >= self.total * FIRST_GUESS_AT
        left = f", ~{(self.total - done) / rate:.0f} s left" if guessed else ""
        counts = f", {accepted} accepted, {rejected} rejected" if accepted is not None else ""
        text = f"{done}/{self.total} {self.done}{counts}, {rate:.1f}/s{left}  "
        columns = self._columns()
        # Never as wide as the terminal: a line that wraps is not redrawn in place, and each redraw
        # would leave a line behind. The counts come first, so what is cut is the rate or time left.
        self.stream.write("\r" + (text[: columns - 1] if columns else text))
        self.stream.flush()
        self.shown = True

    def _columns(self) -> int | None:
        """The terminal's width, or None when the stream is no terminal whose width can be asked."""
        try:
            return os.get_terminal_size(self.stream.fileno()).columns or None
        except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError
            return None

    def close(self) -> None:
        """End the line so that what follows starts on a fresh one."""
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
