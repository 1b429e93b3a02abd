"""Rendering helpers for the simulators of municipalities that send data files: XML, CSV and XLSX.

Every helper returns bytes that are identical for identical input, so that golden files regenerate
byte for byte. XML is built from ``(path, text)`` pairs relative to the root element (``Borger/CPR``,
``Dage/Dag[2]/@timer``, ``@version``); a prefix in a path picks a namespace of the root's map, an
unprefixed element takes the default namespace and an unprefixed attribute takes none.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from lxml import etree
from openpyxl import Workbook

XlsxCell = str | int | float | date | datetime | None

# One fixed moment for everything a file format would otherwise stamp with "now".
FIXED_MOMENT = datetime(2026, 1, 1, 0, 0, 0)
_SEGMENT = re.compile(r"^(?P<name>[^\[\]]+)(?:\[(?P<pos>\d+)\])?$")


def _clark(qname: str, nsmap: dict[str | None, str], attribute: bool = False) -> str:
    """Turn `lt:Dag` (or `Dag`) into Clark notation using the root's namespace map."""
    prefix, _, local = qname.rpartition(":")
    if prefix:
        return f"{{{nsmap[prefix]}}}{local}"
    if attribute or None not in nsmap:
        return local
    return f"{{{nsmap[None]}}}{local}"


def _child(parent: etree._Element, tag: str, position: int) -> etree._Element:
    """Return the `position`-th child with `tag`, creating it (and any before it) when missing."""
    existing = [c for c in parent if c.tag == tag]
    while len(existing) < position:
        existing.append(etree.SubElement(parent, tag))
    return existing[position - 1]


def xml_document(root: str, nsmap: dict[str | None, str], items: Iterable[tuple[str, str]]) -> bytes:
    """Build an XML document (UTF-8, with declaration) from `(path, text)` pairs in document order."""
    element = etree.Element(_clark(root, nsmap), nsmap=nsmap)
    for path, text in items:
        node = element
        segments = [s for s in path.split("/") if s]
        for segment in segments:
            if segment.startswith("@"):
                node.set(_clark(segment[1:], nsmap, attribute=True), text)
                break
            match = _SEGMENT.match(segment)
            if match is None:
                raise ValueError(f"bad path segment {segment!r} in {path!r}")
            node = _child(node, _clark(match["name"], nsmap), int(match["pos"] or 1))
        else:
            node.text = text
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def csv_bytes(rows: Sequence[Sequence[str]], delimiter: str = ";", encoding: str = "utf-8") -> bytes:
    """Write rows as CSV (CRLF line ends, quoting only where needed) in the given encoding."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def xlsx_bytes(
    sheets: dict[str, Sequence[Sequence[XlsxCell]]],
    formats: dict[type, str] | None = None,
    widths: dict[str, float] | None = None,
) -> bytes:
    """Write a workbook (one sheet per entry, in order) whose bytes do not depend on the clock."""
    formats = formats or {}
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        for row_cells in sheet.iter_rows():
            for cell in row_cells:
                fmt = formats.get(type(cell.value))
                if fmt:
                    cell.number_format = fmt
        for column, width in (widths or {}).items():
            sheet.column_dimensions[column].width = width
    workbook.properties.creator = "Jobcenter"
    workbook.properties.created = FIXED_MOMENT
    raw = io.BytesIO()
    workbook.save(raw)
    return _stable_zip(raw.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """Rewrite an XLSX zip with fixed entry dates and a fixed `modified` stamp (openpyxl writes now)."""
    stamp = FIXED_MOMENT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp + rb"\g<2>",
                    content,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_MOMENT.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            dst.writestr(entry, content)
    return out.getvalue()


def indexed(local: dict[str, str], column: str) -> list[str]:
    """The values of `column[1]`, `column[2]`, ... in a local dict, in order, until the first gap."""
    values: list[str] = []
    while f"{column}[{len(values) + 1}]" in local:
        values.append(local[f"{column}[{len(values) + 1}]"])
    return values
