"""Mutators of the text formats for `tools.fuzz_forms`: XML and CSV. Each takes a valid form's bytes
and a seeded `random.Random` and gives a mutant's bytes, or None where it does not apply to that form
(a CSV of one column has no column to drop). Structural rather than byte flips: an element dropped,
moved or doubled; a value made a date that does not exist, a number too big for any field, text with
control characters; the bytes in another encoding than they say; a column gone, the separator swapped.
"""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Callable

from lxml import etree

Mutator = Callable[[bytes, random.Random], bytes | None]

# Values no form should hold, put where a form's values are (raw: XML escaping is not applied, so
# "<b>" and "&" can make a document ill-formed, as a hand-edited file would be).
ODD = [
    "",
    " ",
    "\x00",
    "a\x01b\x1fc",
    "\x7f\x85",
    "\u202eevil",
    "\ufeff",
    "😀",
    "9" * 400,
    "x" * 100_000,
    "-0",
    "NaN",
    "Infinity",
    "1e309",
    "٣٤٥",
    '=HYPERLINK("x")',
    "<b>",
    "&amp;&",
    "]]>",
    "\r\n",
    "'\"",
]
DATES = ["2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "2026-2-3", "31-02-2026", "30.02.2026",
         "2026-02-28T25:00", "20260230", "-2026-01-01", "2026-01-01Z"]  # fmt: skip
NUMBERS = ["9" * 400, "1e309", "-1", "1,5", "1.5.5", "0x10", "NaN", "1_000", "٣", "+", "00000000000000001"]
_DATE = re.compile(r"^\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\s*$")
_NUMBER = re.compile(r"^\s*-?[\d.,]+\s*$")
TOKEN = "QQFUZZQQ"


def odd_for(text: str, rng: random.Random) -> str:
    """An odd value fit to what a value looks like: a date for a date, a number for a number."""
    if _DATE.match(text):
        return rng.choice(DATES + ODD[:8])
    if _NUMBER.match(text):
        return rng.choice(NUMBERS + ODD[:8])
    return rng.choice(ODD)


# --- XML ---------------------------------------------------------------------------------------------


def _tree(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def xml_text(data: bytes, utf8: str = "utf-8") -> str:
    """The document's text: UTF-8 (`utf8`: or "utf-8-sig", without its mark), else the encoding its
    declaration names (Esbjerg's XMLGenerator writes ISO-8859-1); a mutator that writes the text again
    in other bytes must not be refused a seed whose bytes are not UTF-8."""
    try:
        return data.decode(utf8)
    except UnicodeDecodeError:
        return data.decode(etree.ElementTree(_tree(data)).docinfo.encoding or "utf-8")


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _elements(root: etree._Element) -> list[etree._Element]:
    return [e for e in root.iter() if isinstance(e.tag, str) and e is not root]


def _leaves(root: etree._Element) -> list[etree._Element]:
    return [e for e in _elements(root) if len(e) == 0 and (e.text or "").strip()]


def xml_drop(data: bytes, rng: random.Random) -> bytes | None:
    """One element taken out, with all it holds."""
    root = _tree(data)
    element = rng.choice(_elements(root))
    element.getparent().remove(element)
    return _xml(root)


def xml_duplicate(data: bytes, rng: random.Random) -> bytes | None:
    """One element there twice (a second value for what the form holds once)."""
    root = _tree(data)
    element = rng.choice(_elements(root))
    twin = copy.deepcopy(element)
    leaves = [twin] if len(twin) == 0 else [e for e in twin.iter() if len(e) == 0]
    target = rng.choice(leaves)
    if target.text and rng.random() < 0.5:
        target.text = target.text + "X"  # the twin disagrees
    element.addnext(twin)
    return _xml(root)


def xml_move(data: bytes, rng: random.Random) -> bytes | None:
    """One element moved under another parent."""
    root = _tree(data)
    element = rng.choice(_elements(root))
    parents = [e for e in [root, *_elements(root)] if element not in e.iterancestors() and e is not element]
    parents = [p for p in parents if element not in list(p.iter())]
    if not parents:
        return None
    element.getparent().remove(element)
    rng.choice(parents).append(element)
    return _xml(root)


def xml_value(data: bytes, rng: random.Random) -> bytes | None:
    """One value (an element's text or an attribute's) replaced by an odd one, written raw (control
    characters, huge, markup, a quote that ends the attribute, empty)."""
    root = _tree(data)
    places = [(e, "") for e in _leaves(root)]
    places += [(e, name) for e in [root, *_elements(root)] for name in e.attrib if name != "version"]
    if not places:
        return None
    element, attribute = rng.choice(places)
    old = element.get(attribute) if attribute else element.text
    odd = odd_for(old or "", rng)
    if attribute:
        element.set(attribute, TOKEN)
    else:
        element.text = TOKEN
    return _xml(root).replace(TOKEN.encode(), odd.encode("utf-8", "surrogatepass"))


def xml_attribute(data: bytes, rng: random.Random) -> bytes | None:
    """An element given xsi:nil, an odd attribute, or a foreign namespace."""
    root = _tree(data)
    element = rng.choice([root, *_elements(root)])
    choice = rng.randrange(3)
    if choice == 0:
        element.set("{http://www.w3.org/2001/XMLSchema-instance}nil", "true")
    elif choice == 1:
        element.set("x" * rng.choice([1, 300]), rng.choice(ODD[5:9]))
    else:
        element.tag = "{urn:fuzz:other}" + etree.QName(element).localname
    return _xml(root)


def xml_rename(data: bytes, rng: random.Random) -> bytes | None:
    """One element's name changed (a typo, another case, another namespace's name)."""
    root = _tree(data)
    element = rng.choice([root, *_elements(root)])
    name = etree.QName(element)
    local = rng.choice([name.localname.lower(), name.localname + "2", "Æblegrød", name.localname[:-1] or "x"])
    element.tag = etree.QName(name.namespace, local).text if name.namespace else local
    return _xml(root)


def xml_encoding(data: bytes, rng: random.Random) -> bytes | None:
    """The same document in other bytes: another encoding than the declaration says, a BOM, UTF-16."""
    text = xml_text(data)
    body = re.sub(r"^<\?xml[^>]*\?>\s*", "", text)
    choice = rng.randrange(7)
    if choice == 0:  # declared UTF-8, written in Latin-1
        return text.encode("latin-1", "replace")
    if choice == 1:  # declared Latin-1, written in UTF-8
        return ('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + body).encode("utf-8")
    if choice == 2:  # UTF-16 with BOM, declaration says UTF-8
        return text.encode("utf-16")
    if choice == 3:  # UTF-16 with a matching declaration
        return ('<?xml version="1.0" encoding="UTF-16"?>\n' + body).encode("utf-16")
    if choice == 4:  # UTF-8 BOM
        return b"\xef\xbb\xbf" + data
    if choice == 5:  # an encoding nobody knows
        return ('<?xml version="1.0" encoding="x-fuzz-9"?>\n' + body).encode("utf-8")
    return ('<?xml version="1.0" encoding="UTF-16"?>\n' + body).encode("utf-8")  # says 16, is 8


def xml_doctype(data: bytes, rng: random.Random) -> bytes | None:
    """A DOCTYPE with an internal or external entity used in a value."""
    text = xml_text(data)
    body = re.sub(r"^<\?xml[^>]*\?>\s*", "", text)
    root = _tree(data)
    name = etree.QName(root).localname
    entity = rng.choice(['"Holm"', 'SYSTEM "file:///etc/passwd"', 'SYSTEM "http://example.invalid/x"'])
    doctype = f"<!DOCTYPE {name} [<!ENTITY e {entity}>]>\n"
    leaves = _leaves(root)
    if leaves:
        old = f">{leaves[0].text}<"
        body = body.replace(old, ">&e;<", 1)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + doctype + body).encode("utf-8")


def truncate(data: bytes, rng: random.Random) -> bytes | None:
    """The file cut short anywhere."""
    return data[: rng.randrange(1, len(data))]


XML: dict[str, Mutator] = {
    "drop": xml_drop,
    "duplicate": xml_duplicate,
    "move": xml_move,
    "value": xml_value,
    "attribute": xml_attribute,
    "rename": xml_rename,
    "encoding": xml_encoding,
    "doctype": xml_doctype,
    "truncate": truncate,
}
