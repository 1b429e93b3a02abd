"""One self-overwriting progress line for a long command on a terminal: done, accepted, rejected, rate,
time left. Never on a pipe (a log file would fill with carriage returns)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts finished documents; redraws one line on `stream` (stderr) at most 5 times a second."""

    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None) -> None:
        self.total, self.enabled = total, enabled and total > 0
        self.stream = stream or sys.stderr
        self.started = self.drawn = time.monotonic()
        self.shown = False

    def update(self, done: int, accepted: int | None, rejected: int | None, force: bool = False) -> None:
        """Redraw the line with the counts so far (without accepted/rejected when they are None)."""
        now = time.monotonic()
        if not self.enabled or (not force and now - self.drawn < 0.2):
            return
        self.drawn, elapsed = now, max(now - self.started, 1e-6)
        rate = done / elapsed
        left = f", ~{(self.total - done) / rate:.0f} s left" if 0 < done < self.total else ""
        counts = f", {accepted} accepted, {rejected} rejected" if accepted is not None else ""
        self.stream.write(f"\r{done}/{self.total} done{counts}, {rate:.1f}/s{left}  ")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        """End the line so that what follows starts on a fresh one."""
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
