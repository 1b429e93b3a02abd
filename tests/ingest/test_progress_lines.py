"""The progress line of `hub ingest`, `hub demo` and `hub reprocess`: done, accepted, rejected, rate and
time left, redrawn in place on a terminal; nothing on a pipe unless asked for."""

from __future__ import annotations

import io
import re
from typing import Any

from flask import Flask
from flask.testing import FlaskCliRunner

from hub.cli import cli
from hub.cli.progress import Progress


class FakeTerminal(io.StringIO):
    """A stream that says it is a terminal, as stderr in a console would."""

    def isatty(self) -> bool:
        return True


def test_the_line_counts_rates_and_ends_on_a_fresh_line() -> None:
    stream = FakeTerminal()
    line = Progress(10, True, stream)
    line.update(4, 3, 1, force=True)
    line.update(10, 8, 2, force=True)
    line.close()
    first, last, end = stream.getvalue().split("\r")[1:3] + [stream.getvalue()[-1]]
    assert re.fullmatch(r"4/10 done, 3 accepted, 1 rejected, [0-9.]+/s, ~[0-9]+ s left  ", first)
    # Finished: no time left to guess.
    assert re.fullmatch(r"10/10 done, 8 accepted, 2 rejected, [0-9.]+/s  \n", last)
    assert end == "\n"


def test_without_outcomes_the_line_leaves_them_out_and_a_quick_redraw_is_skipped() -> None:
    stream = FakeTerminal()
    line = Progress(3, True, stream)
    line.update(1, None, None, force=True)
    line.update(2, None, None)  # within 0.2 s of the last: not drawn
    assert re.fullmatch(r"\r1/3 done, [0-9.]+/s, ~[0-9]+ s left  ", stream.getvalue())


def test_off_means_nothing_is_written() -> None:
    stream = FakeTerminal()
    line = Progress(3, False, stream)
    line.update(3, 3, 0, force=True)
    line.close()
    assert stream.getvalue() == ""


def test_demo_and_reprocess_show_progress_when_asked(app: Flask) -> None:
    runner = FlaskCliRunner(app)

    def invoke(*args: str) -> Any:
        return runner.invoke(cli, list(args))

    assert invoke("agreements", "load").exit_code == 0
    demo = invoke("demo", "--progress")
    assert demo.exit_code == 0, demo.output
    # The first round is the 81 citizens' placements, all accepted.
    assert re.search(r"\r81/81 done, 81 accepted, 0 rejected, [0-9.]+/s  \n", demo.output), demo.output[-500:]
    again = invoke("reprocess", "--municipality", "randers", "--dry-run", "--progress")
    assert again.exit_code == 0, again.output
    assert re.search(r"\r([0-9]+)/\1 done, [0-9.]+/s  \n", again.output), again.output[-500:]
    # Not a terminal and not asked: no carriage returns in a log.
    quiet = invoke("reprocess", "--municipality", "randers", "--dry-run")
    assert "\r" not in quiet.output
