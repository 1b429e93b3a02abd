"""The progress line of `hub ingest`, `hub demo` and `hub reprocess`: done, accepted, rejected, rate and
time left, in English and below it in Danish, redrawn in place on a terminal; nothing on a pipe unless
asked for."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import copy_of
from sweep_capture import LetOut

from hub.cli import cli
from hub.cli.progress import Progress


class FakeTerminal(io.StringIO):
    """A stream that says it is a terminal, as stderr in a console would."""

    def isatty(self) -> bool:
        return True


CLEAR, UP = "\x1b[K", "\x1b[1A\r"  # the rest of a row cleared; up to the English row's start


def test_the_line_counts_rates_in_both_languages_and_ends_on_a_fresh_line() -> None:
    stream = FakeTerminal()
    line = Progress(10, True, stream)
    line.update(4, 3, 1, force=True)
    line.update(10, 8, 2, force=True)
    line.close()
    said = stream.getvalue()
    assert said.startswith("\r") and said.endswith("\n")
    first, last = said[1:-1].split(UP)
    assert re.fullmatch(
        r"4/10 done, 3 accepted, 1 rejected, [0-9.,]+/s, ~[0-9]+ s left\x1b\[K\n"
        r"4/10 færdige, 3 godkendt, 1 afvist, [0-9.,]+/s, ~[0-9]+ s tilbage\x1b\[K",
        first,
    )
    # Finished: no time left to guess.
    assert re.fullmatch(
        r"10/10 done, 8 accepted, 2 rejected, [0-9.,]+/s\x1b\[K\n"
        r"10/10 færdige, 8 godkendt, 2 afvist, [0-9.,]+/s\x1b\[K",
        last,
    )


def test_the_rate_is_written_in_each_languages_decimals(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([100.0, 104.0])  # started at 100 s, drawn at 104 s: 10 documents in 4 s
    monkeypatch.setattr("hub.cli.progress.time.monotonic", lambda: next(clock))
    stream = FakeTerminal()
    Progress(20, True, stream).update(10, 10, 0, force=True)
    english, danish = stream.getvalue().removeprefix("\r").split("\n")
    assert english == f"10/20 done, 10 accepted, 0 rejected, 2.5/s, ~4 s left{CLEAR}"
    assert danish == f"10/20 færdige, 10 godkendt, 0 afvist, 2,5/s, ~4 s tilbage{CLEAR}"


def test_without_outcomes_the_line_leaves_them_out_and_a_quick_redraw_is_skipped() -> None:
    stream = FakeTerminal()
    line = Progress(3, True, stream)
    line.update(1, None, None, force=True)
    line.update(2, None, None)  # within 0.2 s of the last: not drawn
    assert re.fullmatch(
        r"\r1/3 done, [0-9.,]+/s, ~[0-9]+ s left\x1b\[K\n1/3 færdige, [0-9.,]+/s, ~[0-9]+ s tilbage\x1b\[K",
        stream.getvalue(),
    )


def test_off_means_nothing_is_written() -> None:
    stream = FakeTerminal()
    line = Progress(3, False, stream)
    line.update(3, 3, 0, force=True)
    line.close()
    assert stream.getvalue() == ""


def test_demo_and_reprocess_show_progress_when_asked(
    lived_demo: Flask, lived_demo_let_out: LetOut, tmp_path: Path
) -> None:
    # `hub demo --progress` is the session's lived demo (tests/conftest.py), built so for this test: its
    # output is the command's, as a demo of this test's own gave it (decision 0058, stop 64).
    demo = lived_demo_let_out.output
    # The first round is the 81 citizens' placements, all accepted.
    english = r"\r81/81 done, 81 accepted, 0 rejected, [0-9.,]+/s\x1b\[K\n"
    danish = r"81/81 færdige, 81 godkendt, 0 afvist, [0-9.,]+/s\x1b\[K\n"
    assert re.search(english + danish, demo), demo[-500:]
    runner = FlaskCliRunner(copy_of(lived_demo, tmp_path))  # a dry run writes nothing; a copy all the same

    def invoke(*args: str) -> Any:
        return runner.invoke(cli, list(args))

    again = invoke("reprocess", "--municipality", "randers", "--dry-run", "--progress")
    assert again.exit_code == 0, again.output
    both = r"\r([0-9]+)/\1 done, [0-9.,]+/s\x1b\[K\n\1/\1 færdige, [0-9.,]+/s\x1b\[K\n"
    assert re.search(both, again.output), again.output[-500:]
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
    english, danish = stream.getvalue().removeprefix("\r").removesuffix(CLEAR).split(CLEAR + "\n")
    assert english == "300/1500 done, 290 accepted, 10 rejecte"
    assert danish == "300/1500 færdige, 290 godkendt, 10 afvi"


def test_no_time_left_is_guessed_from_the_first_few_documents() -> None:
    # One copy already finished out of 601 said "~833 s left" for a run that took 10 s.
    stream = FakeTerminal()
    line = Progress(601, True, stream)
    line.update(1, 0, 1, force=True)
    assert " left" not in stream.getvalue()
    line.update(101, 100, 1, force=True)
    drawn = stream.getvalue().split(UP)[-1]
    assert re.fullmatch(
        r"101/601 done, 100 accepted, 1 rejected, [0-9.,]+/s, ~[0-9]+ s left\x1b\[K\n"
        r"101/601 færdige, 100 godkendt, 1 afvist, [0-9.,]+/s, ~[0-9]+ s tilbage\x1b\[K",
        drawn,
    )


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
    assert "\n1/3 gemt, " in shown.stderr and "\n3/3 gemt, " in shown.stderr
    # Then the processing's own line, on a line of its own.
    assert f"{CLEAR}\n\r" in shown.stderr.split("\n3/3 gemt, ")[1]
    assert "\r3/3 done, " in shown.stderr and "\n3/3 færdige, " in shown.stderr
