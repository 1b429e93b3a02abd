"""A self-overwriting progress line for a long command on a terminal: done, accepted, rejected, rate,
time left, in English and below it in Danish (the command's other lines are in both; one line holding
both would pass 80 columns). Never on a pipe (a log file would fill with carriage returns)."""

from __future__ import annotations

import os
import sys
import time
from decimal import Decimal
from typing import TextIO

from hub.quantities import number_text

# What each count is called, English then Danish. "stored": files stored, not yet processed.
WORDS = {
    "en": dict(done="done", stored="stored", accepted="accepted", rejected="rejected", left="left"),
    "da": dict(done="færdige", stored="gemt", accepted="godkendt", rejected="afvist", left="tilbage"),
}
# Back to the start of the English row from the end of the Danish one, and what clears a row's rest.
UP, CLEAR = "\x1b[1A\r", "\x1b[K"

# Time left is guessed only once this share is done: from the first document or two (a copy already
# finished, one rejected at once) a batch of hundreds was guessed at 800 s and took 10.
FIRST_GUESS_AT = 0.05


def on_terminal(asked: bool | None) -> bool:
    """Whether to draw: as asked (`--progress/--no-progress`), else when standard error, where the
    line is drawn, is a terminal. Not standard output: `hub ingest ... > out.txt` on a terminal wants
    the line, and `2> errors.log` must not fill the log with carriage returns."""
    return sys.stderr.isatty() if asked is None else asked


class Progress:
    """Counts finished documents; redraws its two rows on `stream` (stderr) at most 5 times a second."""

    EVERY = 0.2  # seconds between redraws at most

    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None, done: str = "done") -> None:
        """`done`: what the first count counts, a key of `WORDS` ("stored": files stored, not processed)."""
        self.total, self.enabled, self.done = total, enabled and total > 0, done
        self.stream = stream or sys.stderr
        self.started = self.drawn = time.monotonic()
        self.shown = False

    def update(self, done: int, accepted: int | None, rejected: int | None, force: bool = False) -> None:
        """Redraw the rows with the counts so far (without accepted/rejected when they are None)."""
        now = time.monotonic()
        if not self.enabled or (not force and now - self.drawn < self.EVERY):
            return
        self.drawn, elapsed = now, max(now - self.started, 1e-6)
        rate = done / elapsed
        guessed = 0 < done < self.total and done >= self.total * FIRST_GUESS_AT
        columns = self._columns()
        rows = [self._row(lang, done, accepted, rejected, rate, guessed) for lang in ("en", "da")]
        # Never as wide as the terminal: a row that wraps is not redrawn in place, and each redraw
        # would leave a row behind. The counts come first, so what is cut is the rate or time left.
        # Each row's rest is cleared: a shorter redraw must not leave the end of a longer one.
        drawn = "\n".join((row[: columns - 1] if columns else row) + CLEAR for row in rows)
        self.stream.write((UP if self.shown else "\r") + drawn)
        self.stream.flush()
        self.shown = True

    def _row(
        self, lang: str, done: int, accepted: int | None, rejected: int | None, rate: float, guessed: bool
    ) -> str:
        """`4/10 done, 3 accepted, 1 rejected, 2.5/s, ~2 s left` in `lang` (counts in plain digits, as
        a terminal counter is read; the rate in the language's decimals)."""
        words = WORDS[lang]
        left = f", ~{(self.total - done) / rate:.0f} s {words['left']}" if guessed else ""
        counts = ""
        if accepted is not None:
            counts = f", {accepted} {words['accepted']}, {rejected} {words['rejected']}"
        speed = number_text(Decimal(f"{rate:.1f}"), lang)
        return f"{done}/{self.total} {words[self.done]}{counts}, {speed}/s{left}"

    def _columns(self) -> int | None:
        """The terminal's width, or None when the stream is no terminal whose width can be asked."""
        try:
            return os.get_terminal_size(self.stream.fileno()).columns or None
        except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError
            return None

    def close(self) -> None:
        """End the rows so that what follows starts on a fresh line."""
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
