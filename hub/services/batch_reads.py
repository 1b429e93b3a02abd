"""Reading a batch's documents on reading threads while the worker stores those already read.

One SELECT finds the claimed documents and the extractions kept from an earlier run; the PDF sandbox's
pool of reader processes then reads the rest, all at once, while the caller stores the documents in
order, in runs of those already read (`runs`): a run is mapped and its citizens read ahead together
(decision 0038) before its first document is stored.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app
from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.adapters.language import fingerprint
from hub.adapters.language.fingerprint import read_with, stamped
from hub.adapters.readers import READ_OPTIONS, extract_parsed, sandbox_pool, sandboxed_read
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.sandboxed import SandboxedRead, read_many
from hub.adapters.rereading import Original, ParsedXml
from hub.extensions import blobs
from hub.logsetup import Both
from hub.models import Document, Submission
from hub.services.backoff import is_transient
from hub.services.id_lists import among

log = logging.getLogger(__name__)

# A reading thread's documents at a time, and the bytes sent to a sandbox worker in one message.
PART_DOCUMENTS = 8
PART_BYTES = 8 * 1024 * 1024
# An XML document's parsed tree is kept for its form's XSD (`Read.original`) up to this size: a tree took
# eleven times its bytes (measured: 1 MB for 93 KB), and a batch's reads are held until the batch ends,
# so a batch of 100 such documents holds at most some 35 MB of trees. A larger document is parsed again,
# as before; a form is a few KB.
TREE_KEPT_BYTES = 32 * 1024


@dataclass
class Read:
    """One claimed document as read before the outcome transaction."""

    data: bytes | None = None
    extraction: Extraction | None = None
    error: Exception | None = None  # reading failed: a Rejection (unreadable) or a crash
    tree: etree._Element | None = None  # an XML document's tree, as parsed by its reading

    def original(self) -> Original:
        """The bytes for the form's second look (`rereading`), with the parsed tree where it was kept."""
        if self.data is not None and self.tree is not None:
            return ParsedXml(self.data, self.tree)
        return self.data

    def extract(self, filename: str) -> None:
        """Read `data` as every upload is first read, keeping a small XML document's tree."""
        assert self.data is not None
        extraction, tree = extract_parsed(self.data, filename, READ_OPTIONS)
        self.extraction = stamped(extraction)
        self.tree = tree if len(self.data) <= TREE_KEPT_BYTES else None


@contextmanager
def reading(session: Session, claimed: list[int]) -> Iterator[dict[int, Future[Read]]]:
    """Start reading every claimed document (or taking the extraction an earlier run kept): one SELECT,
    then the readers work while the caller stores the documents already read, in order."""
    found = session.execute(
        select(Submission.id, Submission.document_sha256, Submission.filename, Document.extraction)
        .join(Document, Document.sha256 == Submission.document_sha256)
        .where(among(session, Submission.id, claimed))
        .order_by(Submission.id)
    ).all()
    session.commit()
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    # The PDF sandbox keeps a pool of reader processes: a batch keeps all of them busy, so that one
    # worker reads on every core the pool has (the other formats' readers are thread-safe too), and
    # stores the first documents while the readers work on the next (decision 0034). A reading thread
    # takes a few documents in order, and sends those read in a sandbox worker to it in one message
    # (`sandboxed.read_many`): the worker goes from one to the next without waiting for this process,
    # where the storing thread holds the interpreter's lock most of the time (decision 0044). Few
    # enough that every reader shares a batch, and the first documents are stored while they work.
    size = max(1, min(PART_DOCUMENTS, len(found) // (2 * sandbox_pool.MAX_WORKERS)))
    reads: dict[int, Future[Read]] = {row[0]: Future() for row in found}
    ended = threading.Event()
    with ThreadPoolExecutor(max_workers=sandbox_pool.MAX_WORKERS) as pool:
        for at in range(0, len(found), size):
            part = found[at : at + size]
            pool.submit(_read_part, app, [(reads[row[0]], *row[1:]) for row in part], ended)
        try:
            yield reads
        finally:
            # The batch ended (early, if it failed): the reads not begun are not needed, and a part
            # stops after the document its reader is on.
            ended.set()
            for read in reads.values():
                read.cancel()


_Sent = tuple[Future[Read], Read, SandboxedRead]


def _read(future: Future[Read]) -> Read:
    """A document's read, once done; a server that failed while reading fails the batch (tried again)."""
    read = future.result()
    if read.error is not None and is_transient(read.error):
        raise read.error
    return read


def _read_part(
    app: Flask, part: list[tuple[Future[Read], str, str, dict[str, Any] | None]], ended: threading.Event
) -> None:
    """Read some documents in order, each into its future: the bytes, then the kept extraction, or the
    format read here, or the sandbox's answer, streamed as each is done. Every future is set, whatever
    goes wrong; once the batch has `ended`, no further document is read."""
    sent: list[_Sent] = []
    try:
        for future, sha, filename, kept in part:
            if ended.is_set() or not future.set_running_or_notify_cancel():
                continue  # the batch ended before this one was begun
            if kept is not None and read_with(kept.get("meta")) != fingerprint.reading_code():
                kept = None  # read by another hub's code: the bytes are read again, by today's
            if kept is not None or len(part) == 1:  # nothing to send along with it
                future.set_result(_read_one(app, sha, filename, kept))
                continue
            read = Read()
            try:
                with app.app_context():  # the blob store is the app's; a reading thread has no context
                    read.data = blobs.store.get(sha)
                task = sandboxed_read(read.data, filename, READ_OPTIONS)
                if task is not None:
                    sent.append((future, read, task))
                    continue
                read.extract(filename)
            except Exception as exc:
                read.error = exc
            future.set_result(read)
        for group in _by_size(sent):
            _read_group(group, ended)
    finally:
        for future, read, _ in sent:
            if not future.done():  # the batch ended first: nobody waits for it any more
                read.error = read.error or RuntimeError("the batch ended before this document was read")
                future.set_result(read)


def _read_group(group: list[_Sent], ended: threading.Event) -> None:
    """Send a group to a reader and set each document's future as its answer comes; a failure of the
    sandbox itself (no reader process could start) is each unanswered document's error."""
    if ended.is_set():
        return
    answers = None
    try:
        answers = read_many([task for _, _, task in group])
        for (future, read, _), answer in zip(group, answers, strict=True):
            try:
                read.extraction = stamped(answer())
            except Exception as exc:
                read.error = exc
            future.set_result(read)
            if ended.is_set():
                return  # closing `answers` below stops the reader on the next document
    except Exception as exc:
        log.warning(
            Both(
                "reading %d documents in a sandbox failed: %s",
                "læsningen af %d dokumenter i en sandkasse fejlede: %s",
                len(group),
                type(exc).__name__,
            )
        )
        for future, read, _ in group:
            if not future.done():
                read.error = exc
                future.set_result(read)
    finally:
        if answers is not None:
            answers.close()


def _read_one(app: Flask, sha: str, filename: str, kept: dict[str, Any] | None) -> Read:
    """One document's bytes and its extraction (the kept one, or read now), or why it could not be read."""
    read = Read()
    try:
        with app.app_context():  # the blob store is the app's; a reading thread has no context of its own
            read.data = blobs.store.get(sha)
            if kept is not None:
                read.extraction = Extraction.from_dict(kept)
            else:
                read.extract(filename)
    except Exception as exc:
        read.error = exc
    return read


def _by_size(sent: list[_Sent]) -> Iterator[list[_Sent]]:
    """The documents to send in groups of at most `PART_BYTES` (at least one each): a worker holds a
    whole message, and its memory is limited."""
    group: list[_Sent] = []
    size = 0
    for entry in sent:
        length = len(entry[1].data or b"")
        if group and size + length > PART_BYTES:
            yield group
            group, size = [], 0
        group.append(entry)
        size += length
    if group:
        yield group


def runs(
    held: Sequence[Submission],
    reads: dict[int, Future[Read]],
    waiting: Callable[[Future[Read]], None] = lambda _future: None,
) -> Iterator[list[tuple[Submission, Read]]]:
    """The documents in order, in runs: the next one (waited for) and those after it already read.
    `waiting` is told before the next one is waited for, when it is not read yet."""
    at = 0
    while at < len(held):
        if not reads[held[at].id].done():
            waiting(reads[held[at].id])
        run = [(held[at], _read(reads[held[at].id]))]
        at += 1
        while at < len(held) and reads[held[at].id].done():
            run.append((held[at], _read(reads[held[at].id])))
            at += 1
        yield run
