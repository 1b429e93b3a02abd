"""Read the AcroForm fields of a PDF: one value per terminal field, keyed by its fully qualified name.

pikepdf (qpdf) reads the fields (decision 0027: several times faster than pypdf, and it opens damaged
files pypdf gives up on). It runs in a sandbox worker (see `hub.adapters.readers.sandbox`): the parent
sends the bytes and gets plain dicts back, so a hostile file can at worst cost one worker process.
Labels (the text printed next to a field) need the page's text with positions, which costs more than
reading the fields, so they are only computed when asked for, with pypdf's text extraction
(`pdf_layout`), through a cache of each template page's text runs (`pdf_pagecache`, decision 0031).
What the opened file holds is read by `pdf_extract`; what one field holds (its kind, states and value)
by `pdf_values`; why a PDF without a field to read has none, by `pdf_nofields`. A failure in the worker
is the file's damage or an error in the hub's own code (`pdf_faults`), and told as such.

A small file can still describe a lot of text: one compressed stream of many megabytes can be the value
(/V) of every field. The worker therefore caps each field value and the text of the whole extraction
(`pdf_extract`), and the sandbox refuses an oversized reply, so such a file is rejected instead of
copied into the parent.
"""

from __future__ import annotations

import functools
import io
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

import pikepdf

from hub.adapters.readers import pdf_cut_fields, pdf_faults, pdf_unpack, sandbox
from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.pdf_ends import end_missing, last_save_lost, without_appended
from hub.adapters.readers.pdf_extract import extract
from hub.adapters.readers.pdf_password import needs_password
from hub.adapters.readers.pdf_raised import is_resource_exhaustion, reason_for
from hub.adapters.readers.pdf_written import page_tree_broken
from hub.adapters.readers.sandboxed import SandboxedRead, run_read
from hub.adapters.readers.sniff import unreadable
from hub.errors import FieldProblem, UnreadableDocument

MAX_PDF_BYTES = 20 * 1024 * 1024
_QUIET = (("pypdf", logging.ERROR), ("pikepdf", logging.CRITICAL))
_FAILURES = {
    "timeout": reasons.TOO_SLOW,
    "memory": reasons.TOO_MUCH_MEMORY,
    "data": reasons.TOO_MUCH_DATA,
    "crash": reasons.CRASHED,
    "error": reasons.DAMAGED_STRUCTURE,
}


def read_pdf(data: bytes, filename: str, with_labels: bool = False) -> Extraction:
    """Read a PDF form's fields in a sandbox worker; raise UnreadableDocument when that fails."""
    return run_read(pdf_read(data, filename, with_labels))


def pdf_read(data: bytes, filename: str, with_labels: bool = False) -> SandboxedRead:
    """`read_pdf` as a sandbox task and what its answer becomes; a PDF over the size limit is refused
    here, before it is sent anywhere."""
    if len(data) > MAX_PDF_BYTES:
        raise unreadable(filename, *reasons.too_large(len(data), MAX_PDF_BYTES))
    return SandboxedRead(_read_in_child, (data, filename, with_labels), functools.partial(_answer, filename))


def _answer(filename: str, result: dict[str, Any] | sandbox.SandboxError) -> Extraction:
    if isinstance(result, sandbox.SandboxError):
        reason_en, reason_da = _FAILURES.get(result.kind, _FAILURES["crash"])
        raise unreadable(filename, reason_en, reason_da) from result
    if "hub_error" in result:
        pdf_faults.log_hub_error(result["hub_error"])
    if "problems" in result:
        raise UnreadableDocument([FieldProblem(**p) for p in result["problems"]])
    return Extraction.from_dict(result["extraction"])


def _read_in_child(data: bytes, filename: str, with_labels: bool) -> dict[str, Any]:
    """Runs in the worker: the extraction or the problems, as plain dicts."""
    # Hostile files make the readers chatty, and qpdf logs its repairs as errors: the sender gets our
    # verdict, the worker's log keeps only what an operator can act on.
    for name, level in _QUIET:
        logger = logging.getLogger(name)
        if logger.level != level:  # setting it clears every logger's cache: once a worker, not per document
            logger.setLevel(level)
    try:
        return {"extraction": read_pdf_unsandboxed(data, filename, with_labels).to_dict()}
    except UnreadableDocument as exc:
        return {"problems": [p.to_dict() for p in exc.problems]}
    except MemoryError:
        # The limit, not the file's structure, stopped the reader: the sandbox says "too much memory"
        # and replaces this worker, whose heap may be left in any state.
        raise
    except Exception as exc:
        if is_resource_exhaustion(exc):
            raise MemoryError(str(exc)[:300]) from exc  # as above, though pypdf wrapped it
        if not pdf_faults.is_the_files(exc):
            # An error in the hub's own code (a KeyError, a TypeError on a structure it did not expect):
            # not the file's damage, and so not told to the sender as that (`pdf_faults`).
            return pdf_faults.hub_error(filename, exc)
        # The sender gets what they can do about it; the library's own words stay out of the message.
        problem = reasons.rejection(filename, reason_for(exc, data)).problems[0]
        return {"problems": [problem.to_dict()]}


def read_pdf_unsandboxed(data: bytes, filename: str, with_labels: bool = False) -> Extraction:
    """Read the fields in this process, without the sandbox: for the sandbox worker and benchmarks only.

    The size caps on the text (`pdf_text_caps.MAX_VALUE_CHARS`, `MAX_TEXT_CHARS`) apply here too.
    """
    data = without_appended(data)  # a notice a mail gateway appended is not the file's
    # qpdf unpacks the table of objects and the object streams as it opens the file, whole: one that
    # unpacks to gigabytes is told by its size now, not after qpdf has run out of memory.
    pdf_unpack.check_structure(data)
    with _mappable(data) as source:
        try:
            # An empty password opens a file whose password only restricts editing (the owner password);
            # qpdf reads RC4 and AES itself. `inherit_page_attributes` would rewrite the page tree.
            pdf = pikepdf.open(source, password="", inherit_page_attributes=False, access_mode=_ACCESS)
        except pikepdf.PasswordError as exc:
            # Unless the file shows it opens without one, where qpdf will not (`pdf_password`).
            reason = reasons.ENCRYPTED if needs_password(data) else reasons.ENCRYPTED_OTHERWISE
            raise reasons.rejection(filename, reason) from exc
        with pdf:
            # qpdf rebuilt what is left of a file cut short: the save before, whose values, some since
            # changed, it reads as the document's. Opened, and refused for what it is (decision 0025,
            # stop 50). Told from the bytes: asking qpdf for its warnings here would clear them.
            if last_save_lost(data):
                raise reasons.rejection(filename, reasons.LOST_SAVE)
            # The page tree as written, walked before any page is asked for (qpdf mends a broken one as
            # it lists the pages): on this one opening, as a second would cost the opening's time again.
            pages_broken = page_tree_broken(pdf)
            try:
                read = extract(pdf, data, filename, with_labels, pages_broken)
            except pikepdf.PdfError as exc:
                if not pages_broken or is_resource_exhaustion(exc):
                    raise  # told by `_read_in_child` (or the caller), which has no broken tree to tell
                raise reasons.rejection(filename, reason_for(exc, data, pages_broken)) from exc
            # Cut in its only save: read from what is left, and what the cut took of the form noted, so
            # that a field the form reads is not read as left empty (decision 0064, "Stop 66: fuzz-101").
            if end_missing(data) and (lost := pdf_cut_fields.lost_names(pdf)):
                read.meta[pdf_cut_fields.META] = lost
            return read


_ACCESS = pikepdf.AccessMode.mmap if hasattr(os, "memfd_create") else pikepdf.AccessMode.default


@contextmanager
def _mappable(data: bytes) -> Iterator[BinaryIO]:
    """The bytes as a file qpdf can map into memory: an anonymous in-memory file where Linux has one.

    From a BytesIO, qpdf reads through a call back into Python for every object, which costs about as
    much as the whole rest of the reading (decision 0027); a mapped file it reads directly.
    """
    if not hasattr(os, "memfd_create"):
        yield io.BytesIO(data)
        return
    with os.fdopen(os.memfd_create("upload.pdf", os.MFD_CLOEXEC), "w+b") as file:
        file.write(data)
        file.seek(0)
        yield file
