"""Read the AcroForm fields of a PDF: one value per terminal field, keyed by its fully qualified name.

pikepdf (qpdf) reads the fields (decision 0027: several times faster than pypdf, and it opens damaged
files pypdf gives up on). It runs in a sandbox worker (see `hub.adapters.readers.sandbox`): the parent
sends the bytes and gets plain dicts back, so a hostile file can at worst cost one worker process.
Labels (the text printed next to a field) need the page's text with positions, which costs more than
reading the fields, so they are only computed when asked for, with pypdf's text extraction
(`pdf_layout`), through a cache of each template page's text runs (`pdf_pagecache`, decision 0031).
What one field holds (its kind, states and value) is read by `pdf_values`; why a PDF without a field
to read has none, by `pdf_nofields`.

A small file can still describe a lot of text: one compressed stream of many megabytes can be the value
(/V) of every field. The worker therefore caps each field value and the text of the whole extraction,
and the sandbox refuses an oversized reply, so such a file is rejected instead of copied into the parent.
"""

from __future__ import annotations

import functools
import io
import logging
import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

import pikepdf

from hub.adapters.readers import pdf_pagecache, pdf_unpack, pdf_values, sandbox
from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.readers.pdf_ends import last_save_lost
from hub.adapters.readers.pdf_fields import object_key, terminal_fields
from hub.adapters.readers.pdf_nofields import why_no_fields
from hub.adapters.readers.pdf_password import needs_password
from hub.adapters.readers.pdf_reasons import is_resource_exhaustion
from hub.adapters.readers.pdf_runs import Box, normal_rect
from hub.adapters.readers.pdf_shown import Appearances
from hub.adapters.readers.pdf_text import text
from hub.adapters.readers.pdf_written import encrypted_strings, page_tree_broken
from hub.adapters.readers.sandboxed import SandboxedRead, run_read
from hub.adapters.readers.sniff import unreadable
from hub.errors import FieldProblem, UnreadableDocument
from hub.quantities import number_text

MAX_PDF_BYTES = 20 * 1024 * 1024
# A field may hold a long letter (PDFBox's test form has 145,000 characters of rich text in one), as a
# spreadsheet cell or an XML element may: the cap only stops one value from taking half the document's
# text budget. It was 10,000, which rejected whole forms for one long note (decision 0027, stop 35).
MAX_VALUE_CHARS = 1_000_000
MAX_TEXT_CHARS = 2_000_000  # all names, values, tooltips, states and labels of one document
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
        mb = MAX_PDF_BYTES // (1024 * 1024)
        raise unreadable(filename, f"the PDF is larger than {mb} MB", f"PDF'en er større end {mb} MB")
    return SandboxedRead(_read_in_child, (data, filename, with_labels), functools.partial(_answer, filename))


def _answer(filename: str, result: dict[str, Any] | sandbox.SandboxError) -> Extraction:
    if isinstance(result, sandbox.SandboxError):
        reason_en, reason_da = _FAILURES.get(result.kind, _FAILURES["crash"])
        raise unreadable(filename, reason_en, reason_da) from result
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
    except Exception as exc:  # whatever the reader raises on a broken file (RecursionError included)
        if is_resource_exhaustion(exc):
            raise MemoryError(str(exc)[:300]) from exc  # as above, though pypdf wrapped it
        # The sender gets what they can do about it; the library's own words stay out of the message.
        problem = reasons.rejection(filename, reasons.reason_for(exc, data)).problems[0]
        return {"problems": [problem.to_dict()]}


def read_pdf_unsandboxed(data: bytes, filename: str, with_labels: bool = False) -> Extraction:
    """Read the fields in this process, without the sandbox: for the sandbox worker and benchmarks only.

    The size caps on the text (`MAX_VALUE_CHARS`, `MAX_TEXT_CHARS`) apply here too.
    """
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
                return _extract(pdf, data, filename, with_labels, pages_broken)
            except pikepdf.PdfError as exc:
                if not pages_broken or is_resource_exhaustion(exc):
                    raise  # told by `_read_in_child` (or the caller), which has no broken tree to tell
                raise reasons.rejection(filename, reasons.reason_for(exc, data, pages_broken)) from exc


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


def _extract(
    pdf: pikepdf.Pdf, data: bytes, filename: str, with_labels: bool, pages_broken: bool
) -> Extraction:
    fields, pages = terminal_fields(pdf, filename)
    if not fields:
        raise reasons.rejection(filename, why_no_fields(pdf, data, pages_broken))
    # qpdf repaired the file (rebuilt a lost table of objects, skipped broken bytes): said in the
    # reading, so that a form not recognised can be told the file is damaged (`recognition`).
    repaired = bool(pdf.get_warnings())
    if repaired and encrypted_strings(pdf, [node for _, node, _, _ in fields]):
        raise reasons.rejection(filename, reasons.DAMAGED_STRUCTURE)  # its fields would read as noise
    layout = pdf_pagecache.page_texts(pdf, data, repaired=repaired) if with_labels else None
    values = []
    total = 0
    appearances = Appearances()
    placed = [(pdf_values.kind(inherited), _page(widgets, pages)) for _, _, inherited, widgets in fields]
    # Every box of a page is noted before its labels are read: which words are whose in a row of boxes
    # is decided by the row (`pdf_rows`). Text fields make rows of their own ("[__] timer [__] minutter").
    rects = [[_rect(w) for w in widgets] if layout is not None else [] for *_, widgets in fields]
    if layout is not None:
        for (kind, page), own in zip(placed, rects, strict=True):
            if kind in ("checkbox", "radio", "text"):
                layout.add_boxes(page, [(rect, []) for rect in own], text=kind == "text")
    for (name, node, inherited, widgets), (kind, page), own in zip(fields, placed, rects, strict=True):
        tooltip = text(node["/TU"]) if "/TU" in node else None
        boxed = kind in ("checkbox", "radio")  # only a box's states name its choices
        # Once, for states and labels; each state as the field exports it (`pdf_values.exported`).
        shown = [pdf_values.widget_states(w, inherited.get("/Opt")) for w in widgets] if boxed else []
        meta: dict[str, Any] = {
            "page": page + 1 if page is not None else None,
            "type": kind,
            "tooltip": tooltip,
            "states": pdf_values.states(kind, node, shown),
        }
        if layout is not None:
            boxes: list[Box] = [(rect, shown[i] if boxed else []) for i, rect in enumerate(own)]
            meta["label"] = layout.label(page, boxes, boxed)
            if boxed:
                meta.update(layout.choices(kind, page, boxes))
            if page in layout.skipped:
                meta["label_skipped"] = True  # past the label budget: no label, not "none printed"
        value = pdf_values.value(kind, node, inherited, widgets)
        unsaved = kind == "text" and pdf_values.saved(node, inherited, widgets) is None
        if apart_boxes := pdf_values.boxes_apart(kind, node, inherited, widgets):
            # The boxes hold different values (a field on two pages): said so, not "never saved".
            meta["values_apart"] = [[_page_number([w], pages), held] for w, held in apart_boxes]
        elif unsaved and appearances.shows_text(widgets):
            meta["shown_only"] = True  # drawn on the page, never saved as the value (`pdf_shown`)
        if lines := pdf_values.chosen(kind, node, inherited, widgets):
            meta["chosen"] = lines  # several lines of a list chosen: each as printed
        if (apart := pdf_values.shown_apart(kind, node, inherited, widgets)) is not None:
            meta["shown_state"] = apart  # the page shows another choice than the value says
        if value is not None and len(value) > MAX_VALUE_CHARS:
            raise unreadable(
                filename,
                f"a field value is longer than {MAX_VALUE_CHARS:,} characters",
                f"en feltværdi er længere end {number_text(MAX_VALUE_CHARS, 'da')} tegn",
            )
        # Counted as we go, so that many fields sharing one long string stop the reading early.
        total = _count_text(total + _chars(name) + _chars(value) + _chars(meta), filename)
        values.append(SourceValue(key=name, value=value, meta=meta))
    doc: dict[str, Any] = {"pages": len(pdf.pages)}
    if repaired:
        doc["repaired"] = True
    if layout is not None and len(pdf.pages):
        doc["title"] = layout.title()
    if layout is not None and layout.skipped:
        # The pages (1-based) whose labels the budget left unread (`pdf_labelbudget`).
        doc["labels_skipped"] = sorted(page + 1 for page in layout.skipped)
    info = pdf.trailer.get("/Info")
    producer = text(info.get("/Producer")) if isinstance(info, pikepdf.Dictionary) else None
    if producer:
        doc["producer"] = producer
    _count_text(total + _chars(doc), filename)
    return Extraction(format="pdf", values=tuple(values), meta=doc)


def _chars(item: Any) -> int:
    """The characters of text in a value or in a meta dict (its strings and lists of strings)."""
    if isinstance(item, str):
        return len(item)
    if isinstance(item, dict):
        item = item.values()
    elif not isinstance(item, list):
        return 0
    # This runs for every field: a string is counted where it is met, and numbers and None (a page,
    # a box's corners) are passed over without a call.
    total = 0
    for value in item:
        if type(value) is str:
            total += len(value)
        elif isinstance(value, (str, dict, list)):
            total += _chars(value)
    return total


def _count_text(total: int, filename: str) -> int:
    """Return `total`, or reject the document when its text has grown past `MAX_TEXT_CHARS`."""
    if total > MAX_TEXT_CHARS:
        mb = MAX_TEXT_CHARS // 1_000_000
        raise unreadable(
            filename, f"the PDF holds more than {mb} MB of text", f"PDF'en indeholder mere end {mb} MB tekst"
        )
    return total


def _page(widgets: list, pages: dict[Any, int]) -> int | None:
    """The page (0-based) of a field's first widget that a page lists, if any does."""
    for widget in widgets:
        if (number := object_key(widget)) in pages:
            return pages[number]
    return None


def _page_number(widgets: list, pages: dict[Any, int]) -> int | None:
    """`_page` as the page's number (1-based), as a field's `page` is said."""
    page = _page(widgets, pages)
    return None if page is None else page + 1


def _rect(widget: Any) -> Any:
    """A box's corners; None where it has none to place a label by: no /Rect, or one that is not four
    finite numbers (a name, three numbers: the form was refused as damaged for one box's corners)."""
    rect = widget.get("/Rect")
    if not isinstance(rect, pikepdf.Array) or len(rect) != 4:
        return None
    try:
        corners = [float(corner) for corner in rect]
    except (TypeError, ValueError):
        return None
    return normal_rect(*corners) if all(map(math.isfinite, corners)) else None
