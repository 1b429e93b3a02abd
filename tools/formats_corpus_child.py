"""What `tools.formats_corpus` runs in sandbox workers: one file read as an upload reads it, and the
reference libraries' reading of it, each never raising.

A module of its own because the sandbox sends functions by name, and `tools.formats_corpus` runs as
`__main__`, a name the worker cannot import. Each function measures its own peak memory: the worker
resets the kernel's high-water mark of its resident memory (`/proc/self/clear_refs`) before the file
and reads it (`VmHWM`) after, so that a worker kept between files still gives each file its own peak.
"""

from __future__ import annotations

import csv
import io
import re
import time
import traceback
import warnings
from collections.abc import Callable
from typing import Any

from lxml import etree
from openpyxl import load_workbook

from hub.adapters.readers import READ_OPTIONS, csv_text, extract
from hub.adapters.readers.sniff import sniff_format
from hub.adapters.readers.tabular import read_xlsx
from hub.errors import Rejection, UnreadableDocument
from hub.services.upload_zips import is_archive

_HWM = re.compile(rb"VmHWM:\s+(\d+) kB")
_RSS = re.compile(rb"VmRSS:\s+(\d+) kB")


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # "5": reset the peak resident set size (Linux 4.0 and later)
    except OSError:
        pass


def _status_kb(line: re.Pattern[bytes]) -> int:
    try:
        with open("/proc/self/status", "rb") as status:
            found = line.search(status.read())
    except OSError:
        return 0
    return int(found[1]) if found else 0


def _measured(read: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    _reset_peak()
    before = _status_kb(_RSS)
    started = time.perf_counter()
    outcome = read()
    outcome["seconds"] = time.perf_counter() - started
    # The peak above what the worker held before the file: the interpreter and its libraries are not
    # the file's doing.
    outcome["peak_kb"] = max(0, _status_kb(_HWM) - before)
    return outcome


def read_as_upload(data: bytes, filename: str) -> dict[str, Any]:
    """The file as an upload reads it: a zip of documents is unpacked (`upload_zips.is_archive`), the
    format is sniffed from the bytes, and the reader runs. A workbook is read with `read_xlsx`, as the
    hub's sandbox worker reads it; a CSV or an XML document with `extract`, as the hub reads them, in
    its own process. What escapes as anything but the hub's rejections is a crash, its traceback kept."""
    return _measured(lambda: _upload(data, filename))


def _upload(data: bytes, filename: str) -> dict[str, Any]:
    if is_archive(data):
        return {"format": "zip", "values": None}
    try:
        fmt = sniff_format(data, filename)
        if fmt == "pdf":
            return {"format": "pdf", "values": None}  # `tools.pdf_corpus` reads PDFs
        if fmt == "xlsx":
            extraction = read_xlsx(data, filename)
        else:
            extraction = extract(data, filename, READ_OPTIONS, fmt=fmt)
    except (UnreadableDocument, Rejection) as exc:
        problems = [p.to_dict() for p in exc.problems]
        return {"format": "", "values": None, "problems": problems}
    except Exception as exc:  # a crash: what reached no rejection, to be fixed in the reader
        trace = traceback.format_exception(exc)
        return {"format": "", "values": None, "crash": f"{type(exc).__name__}: {exc}", "trace": trace}
    return {"format": fmt, "values": len(extraction.values)}


def reference(data: bytes) -> dict[str, Any]:
    """Whether the library that reads the bytes' kind reads the file: openpyxl a zip (read-only,
    values only, every cell), lxml something that starts with "<" (its own defaults, entities and
    DTDs left unresolved), Python's csv module other text (UTF-8, else Windows-1252)."""
    return _measured(lambda: _reference(data))


def _reference(data: bytes) -> dict[str, Any]:
    kind = _kind(data)
    warnings.simplefilter("ignore")  # openpyxl's warnings about odd parts are not this tool's output
    try:
        if kind == "zip":
            return {"kind": kind, "reads": True, "values": _openpyxl(data)}
        elif kind == "xml":
            etree.fromstring(data, etree.XMLParser(no_network=True, resolve_entities=False))
        elif kind == "csv":
            _csv(data)
        else:
            return {"kind": kind, "reads": False}
    except Exception as exc:  # the reference's failure is a fact to count, not an error of the tool
        return {"kind": kind, "reads": False, "why": f"{type(exc).__name__}: {exc}"[:200]}
    return {"kind": kind, "reads": True}


def _kind(data: bytes) -> str:
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "cfb"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<", b"\xff\xfe<", b"\xfe\xff\x00<", b"<\x00", b"\x00<")):
        return "xml"
    return "csv"


def _openpyxl(data: bytes) -> int:
    """The cells openpyxl reads a value in (text of spaces alone left out, as the hub leaves it)."""
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    values = 0
    try:
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # as the hub reads: every row, whatever the sheet says its size is
            for row in sheet.iter_rows(values_only=True):
                values += sum(v is not None and (not isinstance(v, str) or bool(v.strip())) for v in row)
    finally:
        book.close()
    return values


def _csv(data: bytes) -> None:
    if data.startswith(csv_text.BOM):
        text = data.decode("utf-8-sig")
    elif (wide := csv_text.utf16(data)) is not None:
        text = data.decode(wide)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
    if "\x00" in text:
        raise ValueError("NUL characters: binary content")
    for _row in csv.reader(io.StringIO(text, newline="")):
        pass
