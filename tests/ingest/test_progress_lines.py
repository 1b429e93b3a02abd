"""The progress line of `hub ingest`, `hub demo` and `hub reprocess`: done, accepted, rejected, rate and
time left, redrawn in place on a terminal; nothing on a pipe unless asked for."""

from __future__ import annotations

import io
import os
import re
from typing import Any

import pytest
from conftest import ROOT
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


class NarrowTerminal(FakeTerminal):
    """A terminal 40 columns wide (a split tmux pane, a phone's SSH client)."""

    def fileno(self) -> int:
        return 2


def test_the_line_never_wraps_on_a_narrow_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # Found in an operator's trial (stop 44): a line that wraps is not redrawn in place, but printed
    # again below itself at every redraw.
    monkeypatch.setattr(os, "get_terminal_size", lambda _fd: os.terminal_size((40, 24)))
    stream = NarrowTerminal()
    line = Progress(1500, True, stream)
    line.update(300, 290, 10, force=True)
    drawn = stream.getvalue().removeprefix("\r")
    assert len(drawn) == 39
    assert drawn.startswith("300/1500 done, 290 accepted, 10 rejecte")


def test_no_time_left_is_guessed_from_the_first_few_documents() -> None:
    # One copy already finished out of 601 said "~833 s left" for a run that took 10 s.
    stream = FakeTerminal()
    line = Progress(601, True, stream)
    line.update(1, 0, 1, force=True)
    assert " left" not in stream.getvalue()
    line.update(101, 100, 1, force=True)
    drawn = stream.getvalue().split("\r")[-1]
    assert re.fullmatch(r"101/601 done, 100 accepted, 1 rejected, [0-9.]+/s, ~[0-9]+ s left  ", drawn)


def test_ingest_counts_the_files_it_stores_before_any_is_processed(
    runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found in an operator's trial (stop 44): 1,500 files were stored for 9 s with nothing on the screen.
    monkeypatch.setattr("hub.cli.batch.PER_TRANSACTION", 1)
    monkeypatch.setattr(Progress, "EVERY", 0.0, raising=False)
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    golden = ROOT / "tests" / "golden" / "gladsaxe"
    files = [
        str(golden / n) for n in ("placement_kontanthjaelp.pdf", "placement_end.pdf", "progress_report.pdf")
    ]
    shown = runner.invoke(args=["ingest", *files, "-m", "gladsaxe", "--progress"])
    assert "\r1/3 stored, " in shown.stderr and "\r3/3 stored, " in shown.stderr, shown.stderr
    # Then the processing's own line, on a line of its own.
    assert "  \n" in shown.stderr.split("\r3/3 stored, ")[1]
    assert "\r3/3 done, " in shown.stderr
