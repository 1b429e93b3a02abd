"""waitress's own lines of WARNING and above (`hub serve` runs under it) are written by the hub's handler
in English and Danish, without the exception text waitress would put in them (`hub.log_waitress`), and
every such line waitress has is known to the table, so that a waitress release adding one fails here."""

from __future__ import annotations

import ast
import io
import logging
import re
from pathlib import Path
from typing import Any

import waitress
from waitress.task import ThreadedTaskDispatcher

from hub.log_handler import HubHandler
from hub.log_waitress import WAITRESS_LINES, waitress_words
from hub.logsetup import in_both_languages

LEVELS = {"warning", "error", "exception", "critical"}


class _Task:
    def cancel(self) -> None:
        pass


def test_waitress_canceling_pending_tasks_at_shutdown_is_said_in_both_languages() -> None:
    stream = io.StringIO()
    handler = HubHandler(stream)
    logger = logging.getLogger("waitress")
    logger.addHandler(handler)
    try:
        dispatcher = ThreadedTaskDispatcher()
        dispatcher.queue.extend([_Task(), _Task()])
        dispatcher.shutdown(cancel_pending=True, timeout=0)
    finally:
        logger.removeHandler(handler)
    assert stream.getvalue() == "Canceling 2 pending task(s) / annullerer 2 ventende opgave(r)\n"


def test_waitress_own_exception_text_is_left_out_of_its_line() -> None:
    cpr = "".join(("010170", "1234"))
    line = (
        "uncaptured python exception, closing channel <waitress.channel.HTTPChannel 127.0.0.1:5000 at 0x7f> "
        f"(<class 'ValueError'>:cannot read {cpr} [server.py|run|12])"
    )
    record = logging.LogRecord("waitress", logging.ERROR, __file__, 1, line, (), None)
    written = in_both_languages(record).getMessage()
    assert cpr not in written
    assert written == (
        "uncaptured python exception, closing channel <waitress.channel.HTTPChannel 127.0.0.1:5000 at 0x7f>"
        " (ValueError) / uventet fejl i Python; lukker forbindelsen"
        " <waitress.channel.HTTPChannel 127.0.0.1:5000 at 0x7f> (ValueError)"
    )


def test_a_waitress_info_line_and_the_hubs_own_lines_are_left_as_they_are() -> None:
    info = logging.LogRecord("waitress", logging.INFO, __file__, 1, "Serving on http://%s", ("x",), None)
    assert in_both_languages(info) is info
    other = logging.LogRecord(
        "waitressing", logging.WARNING, __file__, 1, "Canceling 1 pending task(s)", (), None
    )
    assert in_both_languages(other) is other


def _logged_lines() -> list[str]:
    """Every line waitress logs at WARNING and above, as written: its format filled with sample values."""
    lines = []
    for path in sorted(Path(waitress.__file__).parent.rglob("*.py")):
        if "tests" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args):
                continue
            name, first = node.func.attr, node.args[0]
            serious = name in LEVELS or (
                name == "log_info"
                and len(node.args) > 1
                and isinstance(node.args[1], ast.Constant)
                and node.args[1].value in {"warning", "error"}
            )
            text: Any = first.left if isinstance(first, ast.BinOp) else first
            if serious and isinstance(text, ast.Constant) and isinstance(text.value, str):
                lines.append(re.sub(r"%[sdr]", "7", text.value))
    return lines


def test_every_serious_line_waitress_has_is_known_in_danish() -> None:
    lines = _logged_lines()
    assert len(lines) > 10  # the scan sees waitress's lines (25 in waitress 3.0.2, some twice)
    # `uncaptured python exception` is filled with the exception's class: given as waitress gives it.
    filled = [
        line.replace("7 (7:7 7)", "<x> (<class 'ValueError'>:text [tb])") if "uncaptured" in line else line
        for line in lines
    ]
    assert [line for line in filled if waitress_words(line) is None] == []


def test_each_danish_line_uses_only_its_patterns_groups() -> None:
    for line, english, danish in WAITRESS_LINES:
        groups = re.compile(line).groups
        for template in (english or "", danish):
            assert all(int(n) <= groups for n in re.findall(r"\\(\d)", template)), line
