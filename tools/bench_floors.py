"""Raw parsing floors for `tools.bench`: the bare library call per format, no hub code in between.

Each floor reads the same bytes the hub reads end to end, in this process, without the sandbox:
pypdf `get_fields()`, a pikepdf walk of /AcroForm /Fields, lxml with the hardened parser settings,
`csv.reader` over the decoded text and openpyxl in read-only mode over every cell. For information
beside XLSX, `xlsx_parts`: the zip and the lxml parse of its sheet and shared-string parts, the raw
work under the hub's own workbook reader (decision 0049).
"""

from __future__ import annotations

import csv
import io
import math
import os
import time
import zipfile
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO
from urllib.parse import unquote_to_bytes

from lxml import etree
from openpyxl import load_workbook
from pypdf import PdfReader

from hub import longlived
from hub.adapters.readers.safexml import hardened_parser

MIN_SECONDS = 0.5  # time each floor for at least this long (whole passes over the documents)
WARM_UP = 20  # documents read untimed first


def pypdf_fields(data: bytes) -> int:
    """pypdf's own field reader: `PdfReader(...).get_fields()`; returns the number of fields."""
    return len(PdfReader(io.BytesIO(data)).get_fields() or {})


def pikepdf_fields_mapped(data: bytes) -> list[tuple[str, str | None, str | None]]:
    """`pikepdf_fields`, but the bytes opened the fastest way qpdf has: an in-memory file it maps, as the
    hub's reader opens them (decision 0027). Through a BytesIO qpdf calls back into Python for every
    object, so the BytesIO floor is one the hub's own reader can beat; the bench's target is set against
    this one, and prints the other beside it."""
    if not hasattr(os, "memfd_create"):
        return pikepdf_fields(data)
    import pikepdf  # noqa: PLC0415 - optional, as below

    with os.fdopen(os.memfd_create("floor.pdf", os.MFD_CLOEXEC), "w+b") as file:
        file.write(data)
        file.seek(0)
        return pikepdf_fields(file, access=pikepdf.AccessMode.mmap, inherit=False)


def pikepdf_fields(
    data: bytes | BinaryIO, access: Any = None, inherit: bool = True
) -> list[tuple[str, str | None, str | None]]:
    """Open with pikepdf and walk /AcroForm /Fields (and /Kids) reading /T, /V and /TU of every node.

    `access` and `inherit` are pikepdf.open's `access_mode` and `inherit_page_attributes`: its defaults
    unless the mapped floor asks for what the hub's reader opens with."""
    import pikepdf  # noqa: PLC0415 - optional: a dev dependency, only this floor needs it

    found: list[tuple[str, str | None, str | None]] = []
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    mode = pikepdf.AccessMode.default if access is None else access
    with pikepdf.open(source, access_mode=mode, inherit_page_attributes=inherit) as pdf:
        acroform = pdf.Root.get("/AcroForm")
        roots = acroform.get("/Fields") if isinstance(acroform, pikepdf.Dictionary) else None
        if not isinstance(roots, pikepdf.Array):
            return found
        stack: list[tuple[Any, str]] = [(node, "") for node in reversed(list(roots))]
        seen: set[tuple[int, int]] = set()
        while stack:
            node, parent = stack.pop()
            if not isinstance(node, pikepdf.Dictionary):
                continue
            ident = node.objgen
            if ident != (0, 0):
                if ident in seen:  # /Kids cycles in crafted files
                    continue
                seen.add(ident)
            part = plain_text(node.get("/T")) if "/T" in node else ""
            name = f"{parent}.{part}" if parent and part else part or parent
            value, tooltip = node.get("/V"), node.get("/TU")
            found.append(
                (
                    name,
                    None if value is None else plain_text(value),
                    None if tooltip is None else plain_text(tooltip),
                )
            )
            kids = node.get("/Kids")
            if isinstance(kids, pikepdf.Array):
                stack.extend((kid, name) for kid in reversed(list(kids)))
    return found


def plain_text(obj: Any) -> str:
    """pikepdf's `str` of a string, name or number, but never raising: of a name whose bytes are no UTF-8
    (a box's state /S#ec, "Sì" in one byte a character) or a string marked UTF-8 whose bytes are not,
    `str` raises UnicodeDecodeError, and the floor (and the corpus runner's reference) stopped on a file
    that opens. Such a name is read one byte a character (Windows-1252), such a string with the byte
    replaced, as PDF readers show them."""
    import pikepdf  # noqa: PLC0415 - optional, as above

    try:
        return str(obj)
    except UnicodeDecodeError:
        if isinstance(obj, pikepdf.Name):  # qpdf writes each byte outside printable ASCII as #xx
            raw = unquote_to_bytes(obj.unparse().replace(b"%", b"%25").replace(b"#", b"%"))
            return raw.decode("cp1252", errors="replace")
        return bytes(obj).removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")


_PARSER = hardened_parser()  # the floor parses with the hub's own settings


def lxml_parse(data: bytes) -> int:
    """`etree.fromstring` with the hardened parser; returns the number of elements."""
    return sum(1 for _ in etree.fromstring(data, _PARSER).iter())


def csv_read(data: bytes) -> int:
    """Decode (UTF-8 with or without BOM, else cp1252) and read every row; returns the cell count."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return sum(len(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter))


def xlsx_read(data: bytes) -> int:
    """openpyxl `load_workbook(read_only=True, data_only=True)` and every cell of every sheet."""
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        cells = 0
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    _ = cell.value
                    cells += 1
        return cells
    finally:
        workbook.close()


def xlsx_parts(data: bytes) -> int:
    """zipfile and lxml (hardened settings) over the sheet and shared-string parts, nothing made of
    them; returns the number of elements."""
    elements = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet") or name == "xl/sharedStrings.xml":
                elements += sum(1 for _ in etree.fromstring(archive.read(name), _PARSER).iter())
    return elements


FLOORS: dict[str, Callable[[bytes], Any]] = {
    "pdf": pypdf_fields,
    "xml": lxml_parse,
    "csv": csv_read,
    "xlsx": xlsx_read,
}


def rate(func: Callable[[bytes], Any], documents: Sequence[bytes], min_seconds: float = MIN_SECONDS) -> float:
    """Documents per second of `func` over whole passes of `documents`, timed for at least `min_seconds`."""
    if not documents:
        return math.nan
    for data in documents[:WARM_UP]:  # untimed: imports, caches
        func(data)
    longlived.freeze()  # as before the hub's own timed parts (`bench_formats`)
    start = time.perf_counter()
    once = 0.0
    passes = 0
    while True:
        for data in documents:
            func(data)
        passes += 1
        once = time.perf_counter() - start
        if once >= min_seconds:
            break
    return passes * len(documents) / once
