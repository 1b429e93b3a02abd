"""The readers: bytes in, `Extraction` out, one per format, chosen by the content's own first bytes."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from hub.adapters.readers.base import Extraction, SourceValue, describe_locator
from hub.adapters.readers.sniff import FORMATS, sniff_format
from hub.lazy_names import lazy_names

if TYPE_CHECKING:
    from lxml import etree

    from hub.adapters.readers.sandboxed import SandboxedRead

# Each reader's module (pypdf, pikepdf, openpyxl, lxml...) is imported when a document of its format is
# first read, not with this package: `hub.adapters.readers.base` is imported by the adapters' config
# model, which every `hub` command loads, and importing every reader with it cost each process about
# half a CPU-second. A reader child imports them all at its start (`_ready`).
_LAZY = {
    "read_pdf": "pdf",
    "pdf_read": "pdf",
    "read_csv": "tabular",
    "read_xlsx": "tabular",
    "read_xlsx_sandboxed": "xlsx_sandbox",
    "xlsx_read": "xlsx_sandbox",
    "read_xml": "xml",
    "read_xml_tree": "xml",
    "SandboxedRead": "sandboxed",
}


__getattr__ = lazy_names(__name__, _LAZY)


__all__ = [
    "READ_OPTIONS",
    "Extraction",
    "SourceValue",
    "describe_locator",
    "extract",
    "extract_parsed",
    "read_csv",
    "read_pdf",
    "read_xlsx",
    "read_xml",
    "sandboxed_read",
    "sniff_format",
    "start_readers",
]


# How every upload is first read, before its form is known (here, with the readers: it is part of the
# reading that `reading_code()` fingerprints). PDF labels (the text printed beside each field) cost about
# 2 ms a form and are kept: for `label:` selectors, `hub explain` and suggestions.
READ_OPTIONS: dict[str, Any] = {"with_labels": True}


def extract(
    data: bytes, filename: str, options: dict[str, Any] | None = None, fmt: str | None = None
) -> Extraction:
    """Read a document by its sniffed format (or `fmt`) with the [forms.reader] options that apply to it."""
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    fmt = fmt or sniff_format(data, filename)
    options = options or {}
    # Options of other formats, and xml's `namespaces`/`xsd` (for the mapping and validation steps),
    # are not the reader's concern and are passed over.
    if fmt == "pdf":
        from hub.adapters.readers.pdf import read_pdf  # noqa: PLC0415 - see `_LAZY`

        return read_pdf(data, filename, with_labels=bool(options.get("with_labels", False)))
    if fmt == "xml":
        from hub.adapters.readers.xml import read_xml  # noqa: PLC0415 - see `_LAZY`

        return read_xml(data, filename)
    if fmt == "xlsx":
        from hub.adapters.readers.xlsx_sandbox import read_xlsx_sandboxed  # noqa: PLC0415

        return read_xlsx_sandboxed(data, filename, sheet=options.get("sheet"))
    from hub.adapters.readers.tabular import read_csv  # noqa: PLC0415 - see `_LAZY`

    encoding, delimiter = options.get("encoding", "auto"), options.get("delimiter")
    return read_csv(data, filename, encoding=encoding, delimiter=delimiter)


def extract_parsed(
    data: bytes, filename: str, options: dict[str, Any] | None = None
) -> tuple[Extraction, etree._Element | None]:
    """`extract` by the sniffed format, and an XML document's parsed tree (None for other formats): a
    form's XSD can check the tree read on a reading thread rather than parse the bytes again."""
    fmt = sniff_format(data, filename)
    if fmt == "xml":
        from hub.adapters.readers.xml import read_xml_tree  # noqa: PLC0415 - see `_LAZY`

        return read_xml_tree(data, filename)
    return extract(data, filename, options, fmt), None


def sandboxed_read(data: bytes, filename: str, options: dict[str, Any] | None = None) -> SandboxedRead | None:
    """How `extract` reads a document in a sandbox worker, as a task that can be sent with others
    (`sandboxed.read_many`); None when its format is read in this process. Refusals before any reading
    (a PDF over the size limit) are raised here, as `extract` raises them."""
    fmt = sniff_format(data, filename)
    options = options or {}
    if fmt == "pdf":
        from hub.adapters.readers.pdf import pdf_read  # noqa: PLC0415 - see `_LAZY`

        return pdf_read(data, filename, with_labels=bool(options.get("with_labels", False)))
    if fmt == "xlsx":
        from hub.adapters.readers.xlsx_sandbox import xlsx_read  # noqa: PLC0415 - see `_LAZY`

        return xlsx_read(data, filename, sheet=options.get("sheet"))
    return None


def start_readers() -> int:
    """Start the sandbox's reader processes now, each with every reader imported, rather than when the
    first PDF or workbook comes: a worker's first batch then waits for no reader to start (about 0.6 s
    here, 0.4 s of CPU each). How many are ready."""
    from hub.adapters.readers import sandbox  # noqa: PLC0415 - see `_LAZY`

    return sandbox.start(_ready)


def _ready() -> None:
    """Runs in a new reader process, started ahead of its first task: every reader imported now."""
    for module in sorted(set(_LAZY.values())):
        importlib.import_module(f"{__name__}.{module}")
