"""A document's read in a sandbox worker, split in two (the task, and what its answer becomes), so that
one read can be run on its own (`run_read`) and many can be sent to a worker at once (`read_many`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import Any

from hub.adapters.readers import sandbox, sandbox_many
from hub.adapters.readers.base import Extraction


@dataclass(frozen=True)
class SandboxedRead:
    """`func(*args)` runs in the worker; `finish` turns its answer, or the `SandboxError` it ended in,
    into the extraction, raising the document's rejection as the reader would."""

    func: Callable[..., Any]
    args: tuple[Any, ...]
    finish: Callable[[Any], Extraction]


def run_read(read: SandboxedRead) -> Extraction:
    """One read, in a worker of its own."""
    try:
        answer = sandbox.run(read.func, *read.args)
    except sandbox.SandboxError as exc:
        answer = exc
    return read.finish(answer)


def read_many(reads: Sequence[SandboxedRead]) -> Generator[Callable[[], Extraction], None, None]:
    """Many reads sent to one worker at once (`sandbox_many.run_many`): for each, in order and as soon as it
    is done, a call that gives its extraction or raises its rejection. Closed early, it stops the
    worker on the document it is reading."""
    answers = sandbox_many.run_many([(read.func, read.args) for read in reads])
    try:
        for read, answer in zip(reads, answers, strict=True):
            yield functools.partial(read.finish, answer)
    finally:
        answers.close()
