"""Every log line of WARNING and above is one line in English and Danish (`logsetup.Both`), and none
carries a traceback: such lines reach the terminal of `hub ingest`, `hub demo`, `hub worker` and
`hub serve`, read by people who may read only Danish, and a traceback quotes an exception's text, which
may hold a document's value (a CPR number).

The check reads the hub's source (every call of a logger's `warning`, `error`, `exception` or
`critical`), so that a line added tomorrow is held to it too."""

from __future__ import annotations

import ast
import logging
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from hub_sources import python_files, walked

from hub import log_handler
from hub.log_handler import HubHandler
from hub.logsetup import RQ_DANISH, Both, frames, in_both_languages

LEVELS = {"warning", "error", "exception", "critical", "fatal"}
# A %-conversion of a format string (`%%` is a literal percent sign).
CONVERSION = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[a-zA-Z%]")


def _sources() -> list[tuple[Path, tuple[ast.AST, ...]]]:
    """Every module of the hub, and every node of its tree in `ast.walk`'s order."""
    return [(path, walked(path)) for path in python_files(ROOT / "hub")]


def _both_makers(trees: list[tuple[Path, tuple[ast.AST, ...]]]) -> set[str]:
    """`Both`, and the hub's functions declared to return one (`supervise.lost_redis`)."""
    makers = {"Both"}
    for _, nodes in trees:
        for node in nodes:
            if isinstance(node, ast.FunctionDef) and isinstance(node.returns, ast.Name | ast.Constant):
                returns = node.returns.id if isinstance(node.returns, ast.Name) else node.returns.value
                if returns == "Both":
                    makers.add(node.name)
    return makers


def _called(node: ast.expr) -> str:
    """The name a call's function is known by (`Both`, `lost_redis`), or ""."""
    if isinstance(node, ast.Call):
        func = node.func
        return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    return ""


def _log_calls(nodes: tuple[ast.AST, ...]) -> list[ast.Call]:
    """Calls of `<logger>.warning(...)` and the levels above (`log`, `logger`, `self.log`, `logging`)."""
    found = []
    for node in nodes:
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        name = (
            owner.id
            if isinstance(owner, ast.Name)
            else owner.attr
            if isinstance(owner, ast.Attribute)
            else ""
        )
        if node.func.attr in LEVELS and (name in {"log", "logger", "logging"} or name.endswith("_log")):
            found.append(node)
    return found


def test_every_warning_and_error_is_said_in_english_and_danish_without_a_traceback() -> None:
    trees = _sources()
    makers = _both_makers(trees)
    calls = [(path, call) for path, nodes in trees for call in _log_calls(nodes)]
    assert len(calls) > 30  # the check sees the hub's log lines (there were 37 when it was written)
    wrong = []
    for path, call in calls:
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if call.func.attr == "exception":  # type: ignore[attr-defined]
            wrong.append(f"{where}: log.exception writes a traceback")
        if any(keyword.arg in {"exc_info", "stack_info"} for keyword in call.keywords):
            wrong.append(f"{where}: a traceback at WARNING or above")
        if not call.args or _called(call.args[0]) not in makers:
            wrong.append(f"{where}: not a Both(english, danish, ...) line")
    assert wrong == []


def test_each_both_has_as_many_blanks_in_danish_as_in_english() -> None:
    # A Danish format that lost a %s would raise when the line is written, at the moment it matters.
    checked = 0
    for _, nodes in _sources():
        for node in nodes:
            if _called(node) != "Both" or not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            english, danish = node.args[:2]
            if isinstance(english, ast.Constant) and isinstance(danish, ast.Constant):
                assert CONVERSION.findall(english.value) == CONVERSION.findall(danish.value), english.value
                checked += 1
    assert checked > 20


def test_no_log_line_carries_a_traceback_at_any_level() -> None:
    # Where a failure was raised is logged by `frames`, without the exception's text (which may quote a
    # CPR number): never by `exc_info` or `stack_info`, whose traceback quotes it, on any logger.
    wrong = []
    for path, nodes in _sources():
        for node in nodes:
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr
                in {
                    *LEVELS,
                    "info",
                    "debug",
                    "log",
                }
            ):
                if any(keyword.arg in {"exc_info", "stack_info"} for keyword in node.keywords):
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == []


def test_both_is_one_line_of_each_language_written_when_logged() -> None:
    assert str(Both("lost %s after %d s", "mistede %s efter %d s", "Redis", 3)) == (
        "lost Redis after 3 s / mistede Redis efter 3 s"
    )
    # No arguments: the text is kept as it is, a percent sign and all.
    assert str(Both("100% done", "100% færdig")) == "100% done / 100% færdig"


def test_frames_say_where_an_exception_was_raised_but_not_its_text() -> None:
    cpr = "".join(("010170", "1234"))  # as a document would carry it (not a literal of this file)

    def read(value: str) -> None:
        problem = ValueError(f"not a date: {value}")
        raise problem

    try:
        try:
            read(cpr)
        except ValueError as exc:
            failure = RuntimeError(f"document failed: {exc}")
            raise failure from exc
    except RuntimeError as exc:
        text = frames(exc)
    assert cpr not in text and "not a date" not in text and "document failed" not in text
    # Both exceptions of the chain by class, the first raised first, with the lines that raised them.
    assert text.index("builtins.ValueError") < text.index("builtins.RuntimeError")
    assert "in read" in text and "raise problem" in text and "raise failure from exc" in text


def test_rqs_own_lines_are_in_danish_too_and_without_a_traceback(caplog: pytest.LogCaptureFixture) -> None:
    cpr = "".join(("010170", "1234"))
    try:
        raise ValueError(f"cannot read {cpr}")
    except ValueError:
        exc_info = sys.exc_info()
    record = logging.LogRecord(
        "rq.worker",
        logging.ERROR,
        __file__,
        1,
        "Worker %s: found an unhandled exception, quitting...",
        ("w1",),
        exc_info,
    )
    with caplog.at_level(logging.DEBUG, logger="rq.worker"):
        written = in_both_languages(record)
    assert written.getMessage() == (
        "Worker w1: found an unhandled exception, quitting... (ValueError)"
        " / worker w1: en uventet fejl; stopper ... (ValueError)"
    )
    assert written.exc_info is None
    [where] = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert "builtins.ValueError" in where and cpr not in where
    # The hub's own handler writes it so (a host's handlers are not the hub's to change).
    root = logging.Logger("a fresh root")
    log_handler._install(root)
    assert isinstance(root.handlers[0], HubHandler)


def test_rqs_lines_in_danish_keep_rqs_blanks() -> None:
    for english, danish in RQ_DANISH.items():
        assert CONVERSION.findall(english) == CONVERSION.findall(danish), english
