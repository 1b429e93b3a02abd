"""A file named on the command line, read so that one Ctrl-C stops the read of a pipe as well.

Python runs a signal's handler only between its own steps. A Ctrl-C that comes after the last of them and
before a read that waits in the kernel (a named pipe, a shell's `<(...)`, a terminal) does not wake that
read: the read waits for the writer, and the Ctrl-C with it, until the writer ends, which may be never
(`hub ingest` was seen so, once in a CI run). A stream is therefore waited on in turns, with Python's steps
in between, where the handler runs; a regular file, whose read never waits for another process, is read
as it always was.
"""

from __future__ import annotations

import os
import select
import stat
from pathlib import Path

TURN_MS = 200  # how late a Ctrl-C that came just before a wait may be taken, at most
CHUNK = 1 << 16


def read_bytes(path: Path) -> bytes:
    """`path`'s bytes, as `Path.read_bytes` gives them and raising as it does; a stream's in turns."""
    if not _is_stream(path):
        return path.read_bytes()
    # Opened without waiting: a named pipe's open waits for a writer as its read does, just as deaf.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        return _drain(fd)
    finally:
        os.close(fd)


def _is_stream(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # `Path.read_bytes` then says why
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _drain(fd: int) -> bytes:
    """Everything until the writer closes. A pipe no writer has opened yet is not at its end: it is
    waited on, as a plain open would have waited for the writer (poll says it has ended only once a
    writer has come and gone)."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    chunks: list[bytes] = []
    while True:
        if not poller.poll(TURN_MS):
            continue  # a turn over: back in Python, where a Ctrl-C that came before the wait is raised
        try:
            chunk = os.read(fd, CHUNK)
        except BlockingIOError:
            continue
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
