"""The files `hub ingest` is given are read so that one Ctrl-C stops a read that waits on a pipe
(`hub.cli.file_bytes`), and are read as before otherwise."""

from __future__ import annotations

import errno
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

from hub.cli.file_bytes import read_bytes


class Pressed(Exception):
    """The test's own Ctrl-C, so that pytest's is never taken for it."""


@pytest.fixture
def ctrl_c_raises() -> Iterator[None]:
    def pressed(signum: int, frame: FrameType | None) -> None:
        raise Pressed

    before = signal.signal(signal.SIGINT, pressed)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def writer_of(pipe: Path) -> int:
    """The pipe's writing end, opened once a reader has it open (it cannot be before)."""
    while True:
        try:
            return os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            assert exc.errno == errno.ENXIO
            time.sleep(0.01)


def test_a_ctrl_c_that_came_before_the_wait_stops_the_read_of_a_pipe(
    tmp_path: Path, ctrl_c_raises: None
) -> None:
    pipe = tmp_path / "slow.csv"
    os.mkfifo(pipe)
    gave_up = threading.Event()
    stopped = threading.Event()

    def press_while_it_reads() -> None:
        writer = writer_of(pipe)
        try:
            time.sleep(0.5)  # the reader is waiting on the pipe by now (if not yet, the test proves less)
            # Sent to this thread: its handler is noted here and can run only in the main thread, which
            # is already waiting in the kernel, as after a Ctrl-C that came just before the wait began.
            signal.pthread_kill(threading.get_ident(), signal.SIGINT)
            if not stopped.wait(30):
                gave_up.set()  # the read waited for the writer: end it, or the test would wait forever
                os.write(writer, b"late")
        finally:
            os.close(writer)

    thread = threading.Thread(target=press_while_it_reads)
    thread.start()
    try:
        with pytest.raises(Pressed):
            read_bytes(pipe)
    finally:
        stopped.set()
        thread.join()
    assert not gave_up.is_set(), "the Ctrl-C was taken only once the writer had ended"


def test_a_pipe_is_read_to_its_end_as_a_file_is(tmp_path: Path) -> None:
    pipe = tmp_path / "in.csv"
    os.mkfifo(pipe)
    sent = b"cpr;navn\n" * 20_000  # more than a pipe holds at once, so it is read in several turns

    def write() -> None:
        writer = writer_of(pipe)
        os.set_blocking(writer, True)
        try:
            os.write(writer, sent[:1000])
            time.sleep(0.3)  # a pause longer than a turn is no end of the file
            os.write(writer, sent[1000:])
        finally:
            os.close(writer)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        assert read_bytes(pipe) == sent
    finally:
        thread.join()


def test_a_regular_file_and_a_missing_one_are_read_as_path_read_bytes_reads_them(tmp_path: Path) -> None:
    file = tmp_path / "a.csv"
    file.write_bytes(b"\xef\xbb\xbfcpr;navn\n")
    assert read_bytes(file) == b"\xef\xbb\xbfcpr;navn\n"
    with pytest.raises(FileNotFoundError):
        read_bytes(tmp_path / "gone.csv")
    with pytest.raises(IsADirectoryError):
        read_bytes(tmp_path)
