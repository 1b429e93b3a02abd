"""The encoding an XML document's bytes are read in, and what to say when they are not in the one it
names.

An XML document names its encoding in its declaration (UTF-8 when it names none), and a parser reads
its bytes so. Case systems get the declaration wrong both ways (decision 0052):

- A document that says ISO-8859-1, ISO-8859-15 or Windows-1252 but whose bytes are UTF-8 is read as
  UTF-8. Read as it says, "Åsa Ødegård" became "Ã…sa Ã˜degÃ¥rd" and was stored without a word. Bytes
  that are valid UTF-8 and hold multi-byte sequences are practically never Danish text in a single-byte
  code page, where æ, ø and å are one byte each (decision 0048 argues the same for CSV files).
- A document that says UTF-8 (or nothing) but whose bytes are not UTF-8 is refused. The message names
  the first byte that is not, where it is, and what the bytes look like. libxml2's own words were
  "Invalid bytes in character encoding", in English in the Danish line too.
"""

from __future__ import annotations

import codecs
import re

from hub.adapters.readers.sniff import unreadable
from hub.errors import Rejection

_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']""")
_SINGLE_BYTE = {"cp1252", "iso8859-1", "iso8859-15"}  # Python's names for what Danish systems write
_WORDS = {"utf-8": "UTF-8", "cp1252": "Windows-1252 (ANSI)", "iso8859-1": "ISO-8859-1 (Latin-1)"}


def declared(data: bytes) -> str | None:
    """The encoding the document's XML declaration names, as written; None when it names none."""
    found = _DECLARATION.match(data[:200])
    return found.group(1).decode("ascii") if found else None


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def reads_as_utf8(data: bytes) -> bool:
    """Whether the document names a single-byte code page but its bytes prove UTF-8."""
    name = declared(data)
    if name is None or _codec(name) not in _SINGLE_BYTE or data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def encoding_problem(data: bytes, filename: str) -> Rejection | None:
    """The rejection of a document whose bytes are not in the encoding it names (UTF-8 when it names
    none, or when it begins with UTF-8's byte order mark, which XML lets outweigh its declaration); None
    when they are, or when the encoding is one Python does not know."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4]:
        return None  # UTF-16 or UTF-32, which libxml2 tells by its first bytes: not a declaration's matter
    marked = data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8) :] if marked else data
    name = declared(body)
    codec = "utf-8" if marked else _codec(name or "UTF-8")
    if codec is None:
        return None
    try:
        body.decode(codec)
        return None
    except UnicodeDecodeError as exc:
        at = exc.start
    said = _WORDS.get(codec, name or "UTF-8")
    line = body.count(b"\n", 0, at) + 1
    column = at - (body.rfind(b"\n", 0, at) + 1) + 1
    where_en = f"byte 0x{body[at]:02X} on line {line}, column {column} is not {said}"
    where_da = f"byte 0x{body[at]:02X} på linje {line}, kolonne {column} er ikke {said}"
    en, da = _named(marked, name, said)
    en, da = f"{en}, but {where_en}", f"{da}, men {where_da}"
    like = _looks_like(body, codec)
    if like is not None:
        declaration = f'<?xml version="1.0" encoding="{_declared_name(like)}"?>'
        looks = _WORDS[like]
        # With a mark, a first line naming the bytes' encoding is not enough: the mark outweighs it.
        unmark_en = " remove its byte order mark and" if marked else ""
        unmark_da = " fjern dens BOM og" if marked else ""
        en += f"; it looks like {looks}: save it as {said}, or{unmark_en} let its first line be {declaration}"
        da += f"; den ligner {looks}: gem den som {said}, eller{unmark_da} lad dens første linje være"
        da += f" {declaration}"
    return unreadable(filename, en, da)


def _named(marked: bool, name: str | None, said: str) -> tuple[str, str]:
    """What the file says of its encoding, English and Danish: a byte order mark (naming the first
    line's other encoding, if any, which the mark outweighs), a declaration, or nothing."""
    if marked:
        other = name is not None and _codec(name) != "utf-8"
        other_en = f" whatever its first line says ({name})" if other else ""
        other_da = f", hvad dens første linje end siger ({name})" if other else ""
        return (
            f"the file begins with a UTF-8 byte order mark (BOM), so by the rules of XML it is"
            f" {said}{other_en}",
            f"filen begynder med en UTF-8-markering af byte-rækkefølgen (BOM) og er derfor {said} efter XML's"
            f" regler{other_da}",
        )
    if name is None:
        return (
            f"the file names no encoding, so by the rules of XML it is {said}",
            f"filen angiver ingen tegnkodning og er derfor {said} efter XML's regler",
        )
    return f"the file says it is written in {said}", f"filen siger, at den er skrevet i {said}"


def _looks_like(data: bytes, codec: str) -> str | None:
    """The encoding the bytes read in, of UTF-8 and Windows-1252, other than the one named."""
    for other in ("utf-8", "cp1252"):
        if other == codec:
            continue
        try:
            data.decode(other)
        except UnicodeDecodeError:
            continue
        return other
    return None


def _declared_name(codec: str) -> str:
    return {"utf-8": "UTF-8", "cp1252": "windows-1252"}[codec]
