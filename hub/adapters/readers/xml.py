"""Read an XML document into flat values: one per element with text, one per attribute.

Keys are absolute paths in Clark notation with a position on every step, so that a key names exactly
one node whatever prefixes the sender chose; `meta["xpath"]` is the same path as a person would write
it, with the document's own prefixes and a position only where a name repeats.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from hub.adapters.readers.base import READ_FROM, Extraction, SourceValue
from hub.adapters.readers.excel_errors import FORMULA_ERROR, is_excel_error
from hub.adapters.readers.safexml import parse_xml
from hub.adapters.readers.xml_limits import too_many_attributes, too_many_tags, too_many_values
from hub.adapters.readers.xml_places import Origins, readable_name, step
from hub.adapters.readers.xml_references import Referents
from hub.errors import FieldProblem, UnreadableDocument
from hub.quoting import quoted, quoted_da

_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
MAX_ATTRIBUTES = 1_000
MAX_VALUES = 100_000  # as the spreadsheet reader's cell limit: far above any form, far below trouble
# Markup opened with "<" (a tag, comment, processing instruction), counted in the bytes before parsing:
# 1.3 million empty elements fit in the 5 MB an XML document may have, and libxml2 alone took 1 s and
# 150 MB to build their tree (decision 0061, "Bounds"). A value in a wrapper in a row is six "<" each
# (<row><w><v>1</v></w></row>), so a document refused by this could hardly have been read anyway.
MAX_MARKUP = 6 * MAX_VALUES


def read_xml(data: bytes, filename: str) -> Extraction:
    """Parse XML bytes with the hardened parser and flatten them into an Extraction."""
    return read_xml_tree(data, filename)[0]


def read_xml_tree(data: bytes, filename: str) -> tuple[Extraction, etree._Element]:
    """`read_xml`, and the parsed tree it read: a form's XSD checks that tree (`rereading`), so that a
    document read on a reading thread is not parsed a second time on the storing thread."""
    # An over-count in UTF-16 (a character whose code has a 0x3C byte) errs on the side of refusing.
    if data.count(b"<") > MAX_MARKUP:
        raise too_many_tags(data, filename, MAX_MARKUP)
    root = parse_xml(data, filename)
    values: list[SourceValue] = []
    root_step = step(root, 1, 1)
    referents = Referents(root)
    # An explicit stack instead of recursion: libxml2 already caps the depth, but this keeps the
    # reader's own stack flat whatever the document looks like. Each entry carries the referents whose
    # content is read in its place (`xml_references`): a back reference is read as what it points to.
    stack: list[tuple[etree._Element, str, str, tuple[etree._Element, ...]]] = [
        (root, "/" + root_step[0], "/" + root_step[1], ())
    ]
    # Elements read again through a back reference count against the values' bound as values do: a
    # referent of containers only (250 deep, met 2^12 times through references to references) gives few
    # values but is walked each time it is met, and a 2 kB document read so took minutes (fuzz-132). One
    # that gives a value is counted by it, once (review-136: it was counted twice).
    through = 0
    origins = Origins()
    while stack:
        element, key, xpath, reading = stack.pop()
        if (referent := referents.of(element, reading)) is not None:
            element, reading = referent, (*reading, referent)
        children = [child for child in element if isinstance(child.tag, str)]
        # Read through a back reference: where the values really stand, beside the referring path they are
        # read under, so that an auditor can find them in the document (fixes-132).
        origin = origins.of(element) if reading else None
        before = len(values)
        _add_element_value(values, element, key, xpath, bool(children), origin)
        _nil_holds_nothing(element, children, xpath, filename)
        _add_attributes(values, element, key, xpath, filename, origin)
        through += bool(reading) and len(values) == before
        if len(values) + through > MAX_VALUES:
            raise too_many_values(filename, xpath, MAX_VALUES, through)
        if not children:
            continue
        # Every element not yet read gives at least one value (a leaf always does): a crowd of children
        # that cannot fit is refused before their keys are built (400,000 siblings took 2 s and 200 MB).
        if len(values) + len(stack) + len(children) > MAX_VALUES:
            raise too_many_values(filename, xpath, MAX_VALUES, through)
        totals: dict[Any, int] = {}
        for child in children:
            totals[child.tag] = totals.get(child.tag, 0) + 1
        seen: dict[Any, int] = {}
        pending = []
        for child in children:
            seen[child.tag] = position = seen.get(child.tag, 0) + 1
            child_key, child_xpath = step(child, position, totals[child.tag])
            pending.append((child, f"{key}/{child_key}", f"{xpath}/{child_xpath}", reading))
        stack.extend(reversed(pending))  # document order out of the stack
    nsmap = {prefix or "": uri for prefix, uri in root.nsmap.items()}
    return Extraction(format="xml", values=tuple(values), meta={"root": root.tag, "nsmap": nsmap}), root


def _add_element_value(
    values: list[SourceValue],
    element: etree._Element,
    key: str,
    xpath: str,
    has_children: bool,
    origin: str | None = None,
) -> None:
    # The element's own text nodes (before and between its children); comments and PIs are skipped.
    text = (element.text or "") + "".join(child.tail or "" for child in element)
    if has_children and not text.strip():
        return  # a container, not a value
    values.append(SourceValue(key=key, value=text, meta=_meta(xpath, text, origin)))


def _meta(xpath: str, text: str, origin: str | None = None) -> dict[str, Any]:
    """A value's meta: its path, where it was read through a back reference the referent's (`read_from`),
    and Excel's error mark where the text is one of Excel's errors (an export filled from a sheet:
    `excel_errors`, refused where it is read as a CSV's cell is)."""
    meta: dict[str, Any] = {"xpath": xpath}
    if origin is not None:
        meta[READ_FROM] = origin
    if is_excel_error(text):
        meta[FORMULA_ERROR] = True
    return meta


def _nil_holds_nothing(
    element: etree._Element, children: list[etree._Element], xpath: str, filename: str
) -> None:
    """An element marked `xsi:nil="true"` says it has no value; one that holds text or elements all the
    same contradicts itself, and which it means is not the hub's to guess (its text was read as the
    value, an approval the sender marked as not given read as given). Its attributes stay: XML Schema
    lets a nil element have them. A form with an XSD is refused so by its schema too."""
    if element.get(_NIL, "").strip() not in ("true", "1"):
        return
    text = ((element.text or "") + "".join(child.tail or "" for child in element)).strip()
    if not text and not children:
        return
    held = f"a value, {quoted(text)}" if text else "elements"
    held_da = f"en værdi, {quoted_da(text)}" if text else "elementer"
    raise UnreadableDocument(
        [
            FieldProblem(
                reason_en=f'marked as empty (xsi:nil="true") but holds {held}',
                reason_da=f'markeret som tomt (xsi:nil="true"), men indeholder {held_da}',
                file=filename,
                locator=xpath,
            )
        ]
    )


def _add_attributes(
    values: list[SourceValue],
    element: etree._Element,
    key: str,
    xpath: str,
    filename: str,
    origin: str | None = None,
) -> None:
    # libxml2 reads an element's attributes in time quadratic in their number (200,000 took minutes):
    # no form has more than a handful, so a crowd of them is refused before they are read.
    if len(element.attrib) > MAX_ATTRIBUTES:
        raise too_many_attributes(filename, xpath, len(element.attrib), MAX_ATTRIBUTES)
    for name, value in element.attrib.items():
        attribute = f"/@{readable_name(element, name)}"
        at = None if origin is None else origin + attribute
        values.append(
            SourceValue(key=f"{key}/@{name}", value=value, meta=_meta(xpath + attribute, value, at))
        )
