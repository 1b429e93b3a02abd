"""Mutators for `tools.fuzz_forms` (see `tools.fuzz_forms_text` for what a mutator is) that write the
same form otherwise, as its format allows: an XML document's namespaces bound to other prefixes, a
value as CDATA, character references or split by a comment; a CSV file with every cell quoted; a
workbook's shared string as formatted runs or with a phonetic guide, a cell's value as a formula's
calculated result. Such a mutant must be read as its seed was (`SAME`): accepted, and its record
unchanged. Beside them, ones that change what a cell holds the way a workbook can: a formula never
calculated or calculated to an error, a value moved from an element into an attribute of its parent."""

from __future__ import annotations

import csv
import io
import random
import re
from xml.sax.saxutils import escape

from lxml import etree

from hub.adapters.readers.csv_copy import copy_rows, is_copy_text
from hub.adapters.readers.csv_r import is_r_text, r_rows
from tools.fuzz_forms_csv import _decode, _rows
from tools.fuzz_forms_text import Mutator, _elements, _leaves, _tree, _xml
from tools.fuzz_forms_xlsx import _edit_cell, _parts, _zip

# --- XML ---------------------------------------------------------------------------------------------


def _rebound(element: etree._Element, prefixes: dict[str, str | None]) -> etree._Element:
    """A copy of the tree with each namespace bound to the prefix `prefixes` gives it (None: default)."""
    nsmap = {prefixes.get(uri, p): uri for p, uri in element.nsmap.items()}
    copy = etree.Element(element.tag, dict(element.attrib), nsmap=nsmap)
    copy.text, copy.tail = element.text, element.tail
    for child in element:
        copy.append(_rebound(child, prefixes) if isinstance(child.tag, str) else child.__copy__())
    return copy


def xml_prefix(data: bytes, rng: random.Random) -> bytes | None:
    """The document's namespaces bound to other prefixes (the default one to `ns0:`, a prefix to another
    or to the default): the same names to any XML reader. A namespace is made the default only where
    no element is in no namespace: lxml does not undeclare a default, so such an element (PostgreSQL's
    `table_to_xml` rows, which bind `xsi` for `xsi:nil` alone) would move into it, another name."""
    root = _tree(data)
    elements = [root, *_elements(root)]
    uris = sorted({uri for e in elements for uri in e.nsmap.values()})
    if not uris:
        return None
    prefixes: dict[str, str | None] = {uri: f"fz{n}" for n, uri in enumerate(uris)}
    unqualified = any(etree.QName(e).namespace is None for e in elements)
    if rng.random() < 0.5 and not unqualified:
        prefixes[rng.choice(uris)] = None  # one of them the default namespace instead
    return _xml(_rebound(root, prefixes))


def xml_text(data: bytes, rng: random.Random) -> bytes | None:
    """One value written otherwise with the same text: as CDATA, in character references, or split in
    two by a comment or a processing instruction."""
    root = _tree(data)
    leaves = _leaves(root)
    if not leaves:
        return None
    element = rng.choice(leaves)
    value = element.text or ""
    choice = rng.randrange(4)
    if choice == 0:
        written = f"<![CDATA[{value}]]>" if "]]>" not in value else escape(value)
    elif choice == 1:
        written = "".join(f"&#x{ord(ch):X};" for ch in value)
    else:
        cut = rng.randrange(len(value) + 1)
        mark = "<!-- fuzz -->" if choice == 2 else "<?fuzz mark?>"
        written = escape(value[:cut]) + mark + escape(value[cut:])
    element.text = TOKEN
    return _xml(root).replace(TOKEN.encode(), written.encode("utf-8"))


TOKEN = "QQSAMEQQ"


def xml_attribute_swap(data: bytes, rng: random.Random) -> bytes | None:
    """A value moved from an element into an attribute of its parent, or an attribute into a child
    element: the form's value is then not where it should be."""
    root = _tree(data)
    attributed = [e for e in [root, *_elements(root)] if any(n != "version" for n in e.attrib)]
    leaves = [e for e in _leaves(root) if e.getparent() is not None]
    if leaves and (not attributed or rng.random() < 0.5):
        leaf = rng.choice(leaves)
        leaf.getparent().set(leaf.tag, leaf.text or "")
        leaf.getparent().remove(leaf)
    elif attributed:
        element = rng.choice(attributed)
        name = rng.choice([n for n in element.attrib if n != "version"])
        namespace = etree.QName(element).namespace
        # an unprefixed attribute is in no namespace; the element made of it, in its parent's
        tag = name if "}" in name or not namespace else f"{{{namespace}}}{name}"
        etree.SubElement(element, tag).text = element.attrib.pop(name)
    else:
        return None
    return _xml(root)


# --- CSV ---------------------------------------------------------------------------------------------


def csv_quoted(data: bytes, rng: random.Random) -> bytes | None:
    """Every cell in quotes (as many exports write them): the same rows to any CSV reader. A file whose
    cells say more than their text is written as the table it holds: a database's text export's NULL
    (`\\N`) and R's unquoted `NA` as an empty cell, an escaped line break as one (quoted, `\\N` and `NA`
    would be those words)."""
    rows, delimiter, encoding = _rows(data)
    text, _ = _decode(data)
    if is_copy_text(text, delimiter):
        rows = list(copy_rows(text))
    elif is_r_text(text, delimiter):
        rows = list(r_rows(text, delimiter))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding, "replace")


# --- XLSX --------------------------------------------------------------------------------------------

_V = re.compile(rb"<v>(.*?)</v>", re.DOTALL)
ERRORS = ["#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]


_INLINE = re.compile(rb"<is><t(?: [^>]*)?>(.*?)</t></is>", re.DOTALL)


def _formula(cell: bytes, rng: random.Random) -> bytes:
    inline = _INLINE.search(cell)
    if inline:  # a text typed in: the same text as a formula's result is a cell of type "str"
        head = re.sub(rb'\st="[^"]*"', b"", cell.partition(b">")[0]) + b' t="str"'
        cell = head + b"><v>" + inline.group(1) + b"</v></c>"
    head = cell.partition(b">")[0]
    found = _V.search(cell)
    if head.endswith(b"/") or found is None:
        return cell
    choice = rng.randrange(4)
    if choice == 0:  # calculated: the same value, now a formula's result
        return cell[: found.start()] + b"<f>B1</f>" + cell[found.start() :]
    if choice == 1:  # never calculated: the formula without its value
        return cell[: found.start()] + b"<f>B1</f>" + cell[found.end() :]
    if choice == 2:  # a shared formula's other cells, never calculated
        return cell[: found.start()] + b'<f t="shared" si="0"/>' + cell[found.end() :]
    head = re.sub(rb'\st="[^"]*"', b"", head) + b' t="e"'  # calculated to an error
    error = escape(rng.choice(ERRORS)).encode()
    return head + b"><f>1/0</f><v>" + error + b"</v></c>"


def cell_formula(data: bytes, rng: random.Random) -> bytes | None:
    """A cell's value made a formula's: its calculated result (the same value), a formula never
    calculated (no value), or one calculated to an error (`#DIV/0!`, `#N/A`, `#REF!`)."""
    return _edit_cell(data, rng, _formula)


# A string item's one text. Not an empty one written `<t />` (xlsx-template's, Solrød's workbook): read as
# an opening tag, its "text" ran on to the next item's `</t>` and the mutant was no XML
# (92/xlsx/shared_runs/53@solroed, decision 0064, "Stop 71: fuzz-119").
_ITEM = re.compile(rb"<(si|is)>(<t(?:\s[^>]*)?(?<!/)>)(.*?)</t></(?:si|is)>", re.DOTALL)


def shared_runs(data: bytes, rng: random.Random) -> bytes | None:
    """One string (shared, or typed into its cell) written as formatted runs (Excel's rich text), or
    with a phonetic guide (`<rPh>`, which Excel shows above the text, not in it): the same text."""
    parts = _parts(data)
    items = [(name, m) for name in sorted(parts) for m in _ITEM.finditer(parts[name]) if m.group(3)]
    if not items:
        return None
    name, item = rng.choice(items)
    tag, text = item.group(1), item.group(3)
    if rng.random() < 0.5:
        cut = rng.randrange(1, len(text) + 1)
        while cut < len(text) and (text[cut] & 0xC0 == 0x80 or text[cut - 1 : cut] == b"&"):
            cut += 1  # not inside a character of UTF-8 or an entity
        if b"&" in text:
            cut = len(text)
        runs = b'<r><rPr><b/></rPr><t xml:space="preserve">' + text[:cut] + b"</t></r>"
        runs += b'<r><t xml:space="preserve">' + text[cut:] + b"</t></r>" if cut < len(text) else b""
        new = b"<" + tag + b">" + runs + b"</" + tag + b">"
    else:
        guide = b'<rPh sb="0" eb="1"><t>\xe3\x83\x95</t></rPh>'
        new = b"<" + tag + b">" + item.group(2) + text + b"</t>" + guide + b"</" + tag + b">"
    parts[name] = parts[name][: item.start()] + new + parts[name][item.end() :]
    return _zip(parts)


XML: dict[str, Mutator] = {"prefix": xml_prefix, "text": xml_text, "attribute_swap": xml_attribute_swap}
CSV: dict[str, Mutator] = {"quoted": csv_quoted}
XLSX: dict[str, Mutator] = {"formula": cell_formula, "shared_runs": shared_runs}
# The mutators whose mutants are the seed written otherwise: read as it, or FAILED. (`xlsx/formula`
# is not: two of its four change what the cell holds.)
SAME = {"xml/prefix", "xml/text", "csv/quoted", "xlsx/shared_runs"}
