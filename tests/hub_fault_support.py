"""What the operator is told when a reader refuses a document for an error in the hub's own code
(`hub.adapters.readers.faults`, decision 0025 stop 52 and 0061 stop 53): checked alike for each reader."""

from __future__ import annotations

import logging

import pytest


def operator_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """The log lines an operator is shown: warnings and worse."""
    return [record for record in caplog.records if record.levelno >= logging.WARNING]


def assert_operator_told(
    caplog: pytest.LogCaptureFixture, *, code: str, function: str, reader_da: str, frame: str, hidden: str
) -> None:
    """One ERROR line naming the error's class and the hub's line it passed last (`code`, `function`), in
    both languages (`reader_da`: the Danish half's name of the reader); where it was raised frame by frame
    at DEBUG (`frame` among them); and the value the exception could quote (`hidden`) in no line at all."""
    (line,) = operator_lines(caplog)
    message = line.getMessage()
    assert line.levelno == logging.ERROR
    assert "KeyError" in message and f"{code}:" in message and f"({function})" in message
    assert reader_da in message  # the Danish half
    frames = "\n".join(r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG)
    assert frame in frames and "builtins.KeyError" in frames
    assert all(hidden not in r.getMessage() for r in caplog.records)
