"""The parts of an XLSX package as openpyxl 3.1 finds and reads them: a small part parsed whole and a
large one streamed with the hub's hardened XML helper (`parse`, `stream`), the workbook's part found
through [Content_Types].xml (`find_workbook_part`), and a part's relationships with their targets
resolved as `openpyxl.packaging.relationship.get_dependents` resolves them (`relationships`).

Apart from `xlsx_book`, which reads what the parts say (sheets, names, strings, styles): here only
where a part is and how its XML is read.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator

from lxml import etree
from openpyxl.xml.constants import ARC_WORKBOOK

from hub.adapters.readers import tabular_limits
from hub.adapters.readers.packages import NOT_READ, WORKBOOK_TYPES, types_kind
from hub.adapters.readers.safexml import iterparse_xml, parse_xml
from hub.adapters.readers.xlsx_problems import BookProblem, BrokenPart, member
from hub.errors import UnreadableDocument


def parse(archive: zipfile.ZipFile, part: str) -> etree._Element:
    """One small part of the package, parsed whole with the hardened parser, held to the workbook's own
    limit unpacked (`tabular_limits.MAX_UNCOMPRESSED`)."""
    # The workbook's limit, not an XML document's 5 MB (`safexml.MAX_XML_BYTES`): a bloated styles part
    # may be larger in a workbook Excel opens. Looked up when a part is read, as `tabular_limits`' own
    # checks look theirs up, so that the reader names no limit and a test's one change reaches all.
    try:
        return parse_xml(member(archive, part), part, max_bytes=tabular_limits.MAX_UNCOMPRESSED)
    except UnreadableDocument as exc:
        raise BrokenPart.of(part, exc) from exc


def stream(archive: zipfile.ZipFile, part: str, tag: str | tuple[str, ...]) -> Iterator[etree._Element]:
    """The `tag` elements (or those of any of the tags) of a part that can be large (a sheet, the shared
    strings), streamed."""
    try:
        yield from iterparse_xml(member(archive, part), part, tag)
    except UnreadableDocument as exc:
        raise BrokenPart.of(part, exc) from exc


def find_workbook_part(types: etree._Element, overrides: list[tuple[str, str | None]]) -> str:
    """The workbook's part, found through [Content_Types].xml (`types`, its `overrides` as (part, type))
    as openpyxl finds it; a `BookProblem` naming what the file is where it holds none."""
    for wanted in WORKBOOK_TYPES:
        for name, kind in overrides:
            if kind == wanted:
                return name[1:]
    # some producers declare the workbook's type as the default for .xml
    defaults = {d.get("ContentType") or "" for d in types.iterchildren("{*}Default")}
    if defaults.intersection(WORKBOOK_TYPES):
        return ARC_WORKBOOK
    # An .xlsb or an add-in can have an xl/workbook.xml too (which `sniff` looks for): say what it is.
    kind = types_kind({kind or "" for _, kind in overrides} | defaults)
    raise BookProblem(*(NOT_READ[kind] if kind in ("xlsb", "addin") else _NO_WORKBOOK))


_NO_WORKBOOK = (
    "damaged Excel workbook (.xlsx): the file names no workbook among its parts; "
    "open it in Excel and save it again",
    "beskadiget Excel-projektmappe (.xlsx): filen nævner ingen projektmappe blandt sine dele; "
    "åbn den i Excel, og gem den igen",
)


def relationships(archive: zipfile.ZipFile, source: str) -> dict[str, tuple[str, str]]:
    """The relationships of part `source` by id: (type, target part), targets resolved as openpyxl does."""
    folder, name = posixpath.split(source)
    root = parse(archive, posixpath.join(folder, "_rels", f"{name}.rels"))
    rels = {}
    for rel in root.iterchildren("{*}Relationship"):
        target = rel.attrib["Target"]
        if rel.get("TargetMode") != "External":
            # posixpath.join, not "folder/target": a workbook part at the package's root (folder "")
            # has its sheets at "sheet1.xml", not "/sheet1.xml" (openpyxl's `get_dependents`)
            target = (
                target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            )
        rels[rel.get("Id")] = (rel.attrib["Type"], target)
    return rels
