"""A CSV's bytes as text: which encoding they are read in, and whether a kept reading is today's.

A form's configured encoding says how its sender usually saves the file, not how each file was saved:
Danish Excel writes the same sheet as "CSV (semikolonsepareret)" in the Windows code page, or as "CSV
UTF-8" with a byte order mark (BOM), by the menu entry picked. The bytes can prove UTF-8, and then they
are read as UTF-8 whatever the config names (decision 0048):

- a UTF-8 BOM is proof, and so is a UTF-16 one (Excel's "Unicode-tekst", tab-separated), or UTF-16's
  zero bytes beside nearly every character where there is none (`wide_text.utf16_order`);
- text that is valid UTF-8 and holds multi-byte sequences, where a single-byte code page (cp1252) is
  configured: Danish text in such a code page has æ, ø and å as one byte each, which never forms a
  valid UTF-8 sequence with the letter after it, so such bytes are practically never anything but UTF-8.

Bytes that cannot be read in the configured encoding are refused, naming the encoding they look like.
"""

from __future__ import annotations

import codecs
from functools import cache

from hub.adapters.readers.base import Extraction
from hub.adapters.readers.csv_latin1 import c1_controls
from hub.adapters.readers.csv_mac import mac_roman
from hub.adapters.readers.csv_refusals import at_row
from hub.adapters.readers.wide_text import utf16_order
from hub.errors import UnreadableDocument

BOM = codecs.BOM_UTF8
FALLBACK = "cp1252"  # what "auto" reads bytes that are not UTF-8 as: Danish Windows' "ANSI"
UTF8 = ("utf-8", "utf-8-sig")

# Encodings in words for people (English, Danish), by Python's own name for them.
_WORDS = {
    "utf-8": ("UTF-8", "UTF-8"),
    "utf-8-sig": ("UTF-8", "UTF-8"),
    "cp1252": ("Windows-1252 (ANSI)", "Windows-1252 (ANSI)"),
    "iso8859-1": ("ISO-8859-1 (Latin-1)", "ISO-8859-1 (Latin-1)"),
}


def decode(data: bytes, filename: str, encoding: str) -> tuple[str, str]:
    """The text of CSV bytes and the encoding it was read in. `encoding` is the form's ("auto": UTF-8
    where the bytes are UTF-8, else cp1252); the bytes overrule it where they prove UTF-8, or UTF-16 by
    its byte order mark (Excel's "Unicode-tekst", a .NET export) or, without one, by its zero bytes
    (`utf16`)."""
    if data.startswith(BOM):
        return _strict(data, "utf-8-sig", filename), "utf-8-sig"
    if (wide := utf16(data)) is not None:
        return _strict(data, wide, filename), wide
    asked = canonical_name(encoding)
    if asked == "auto" or (single_byte(asked) and not data.isascii()):
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if asked == "auto":
        asked = FALLBACK
    text = _strict(data, asked, filename)
    if (mac := mac_roman(data, asked)) is not None:  # reads in the code page, but as signs for letters
        raise at_row(filename, *mac)
    if (c1 := c1_controls(data, asked)) is not None:  # reads as Latin-1, but as controls: Windows-1252's
        raise at_row(filename, *c1)
    return text, asked


def utf16(data: bytes) -> str | None:
    """How the bytes are UTF-16, where they are: "utf-16" by a byte order mark (little- or big-endian),
    "utf-16-le" or "utf-16-be" without one where the bytes leave no doubt (`wide_text.utf16_order`: a SQL
    Server `bcp -w` or .NET export); None otherwise."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return utf16_order(data)


@cache  # asked twice for every CSV document `hub reprocess` reads
def canonical_name(encoding: str) -> str:
    """Python's own name of an encoding (`windows-1252` and `cp1252` are one), or the name as given
    ("auto", or one Python does not know)."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


@cache
def single_byte(encoding: str) -> bool:
    """Whether an encoding is a code page of one byte a character that reads ASCII as ASCII (cp1252,
    ISO-8859-1): one in which the multi-byte sequences of UTF-8 practically never occur by chance."""
    try:
        if codecs.lookup(encoding).name.startswith("utf"):
            return False
        every = bytes(range(256)).decode(encoding, errors="replace")
    except LookupError:
        return False
    return len(every) == 256 and every[:128] == bytes(range(128)).decode("ascii")


def words(encoding: str) -> tuple[str, str]:
    """An encoding as people name it (English, Danish): `cp1252` is "Windows-1252 (ANSI)"."""
    name = canonical_name(encoding)
    return _WORDS.get(name, (name.upper(), name.upper()))


def read_alike(extraction: Extraction, encoding: str | None, delimiter: str | None) -> bool:
    """Whether reading a CSV's bytes with these options (None: not configured) would give the values of
    `extraction`, read from the same bytes before: then they need not be read again (`hub reprocess`
    keeps no bytes at hand). A reading made before decision 0048, of UTF-8 bytes as cp1252, is not."""
    meta = extraction.meta
    if delimiter is not None and meta.get("delimiter") != delimiter:
        return False
    found, wanted = canonical_name(str(meta.get("encoding") or "")), canonical_name(encoding or "auto")
    if found.startswith("utf-16"):
        return True  # read by its byte order mark or its zero bytes, whatever is asked, and so again
    if found in UTF8:
        # Valid UTF-8 (a BOM is read as one whatever is asked): read as UTF-8 again, or, being ASCII
        # alone, the same in any single-byte code page. A BOM kept as a character was read as "utf-8".
        first = (extraction.values[0].value or "") if extraction.values else ""
        return (wanted in ("auto", *UTF8) or single_byte(wanted)) and not first.startswith("\ufeff")
    if not single_byte(found):
        return found == wanted
    same = found == wanted or (wanted == "auto" and found == FALLBACK)
    return same and not _utf8_read_as(extraction, found)


def _utf8_read_as(extraction: Extraction, encoding: str) -> bool:
    """Whether a reading in a single-byte `encoding` shows UTF-8 text read in it ("Ã¸" for "ø"): its
    non-ASCII text, written back in that encoding, is valid UTF-8."""
    odd = [v.value for v in extraction.values if v.value and not v.value.isascii()]
    if not odd:
        return False
    try:
        "\n".join(odd).encode(encoding).decode("utf-8")
    except UnicodeError:
        return False
    return True


def _strict(data: bytes, encoding: str, filename: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise _refusal(data, encoding, filename, exc) from exc


def _refusal(data: bytes, encoding: str, filename: str, exc: Exception) -> UnreadableDocument:
    """The text is not in the encoding it is read in: say which one it looks like, and the row where
    the first character the expected encoding cannot read is."""
    expected_en, expected_da = words(encoding)
    row = data[: exc.start].count(b"\n") + 1 if isinstance(exc, UnicodeDecodeError) else 1
    others = [e for e in ("utf-8", FALLBACK) if e != canonical_name(encoding)]
    found = next((e for e in others if _decodes(data, e)), None)
    if found is None:
        tried_en = " or ".join(words(e)[0] for e in others)
        tried_da = " eller ".join(words(e)[1] for e in others)
        en = f"the text cannot be read as {expected_en}, nor as {tried_en}"
        da = f"teksten kan ikke læses som {expected_da}, heller ikke som {tried_da}"
    else:
        (found_en, found_da), (how_en, how_da) = words(found), _how(encoding)
        en = f"the file is saved as {found_en}, but its form expects {expected_en}: save it again as {how_en}"
        da = (
            f"filen er gemt som {found_da}, men blanketten forventer {expected_da}: gem den igen som {how_da}"
        )
    return at_row(filename, row, en, da)


def _how(encoding: str) -> tuple[str, str]:
    """How to save a file in an encoding (English, Danish), in Excel's words for UTF-8."""
    if canonical_name(encoding) in UTF8:
        return 'UTF-8 (in Excel: "CSV UTF-8")', 'UTF-8 (i Excel: "CSV UTF-8")'
    return words(encoding)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
