"""Text in two or four bytes a character that the hub does not read, told as what it is (decision 0061,
stop 60): UTF-16 without a byte order mark (SQL Server's `bcp -w`, a .NET export written with
`Encoding.Unicode.GetBytes`), and UTF-32 with or without one.

Before, such a file was "not a PDF, XML, XLSX or CSV file (unknown or binary content)": its zero bytes
are what tells binary content from text (PhpSpreadsheet's `encoding.utf16le.csv`, `premiere.utf32bebom.csv`
and eight more). UTF-16 with a byte order mark (Excel's "Unicode-tekst") is read (`csv_text`), and so is an
XML document in UTF-16 without one, which the XML parser reads from its first `<`, and, since stop 61, a
CSV in UTF-16 without one where its bytes leave no doubt which order they are in (`utf16_order`).
"""

from __future__ import annotations

import re

_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_MIN_CHARACTERS = 8  # fewer are no pattern to judge by
# Characters of neither printable Latin-1 nor a CSV's white space: few in a UTF-16 CSV read in its order.
_NOT_LATIN = re.compile(r"[^\t\n\r\x20-\x7e\xa0-\xff]")
_SURE = 0.9  # the share of a character's places that must hold a letter's byte (Latin text: nearly all)


def _share_nonzero(units: list[bytes], place: int) -> float:
    return sum(unit[place] != 0 for unit in units) / len(units)


def _all_zero(units: list[bytes], places: tuple[int, ...]) -> bool:
    return all(unit[place] == 0 for unit in units for place in places)


def _units(head: bytes, width: int) -> list[bytes]:
    whole = len(head) - len(head) % width
    return [head[i : i + width] for i in range(0, whole, width)]


def wide_encoding(head: bytes) -> str | None:
    """ "UTF-16" or "UTF-32" where the first bytes are text of Latin letters in that encoding the hub does
    not read (see above); None otherwise, UTF-16 with its byte order mark among them."""
    if head.startswith(_UTF32_BOMS):
        return "UTF-32"
    if head.startswith(_UTF16_BOMS):
        return None
    quads = _units(head, 4)
    if len(quads) >= _MIN_CHARACTERS:
        for letter, zeros in ((0, (2, 3)), (3, (0, 1))):  # little-endian, big-endian
            if _all_zero(quads, zeros) and _share_nonzero(quads, letter) >= _SURE:
                return "UTF-32"
    if head.startswith((b"<\x00", b"\x00<")):
        return None  # XML: read
    pairs = _units(head, 2)
    if len(pairs) >= _MIN_CHARACTERS:
        for letter in (0, 1):
            if _share_nonzero(pairs, letter) >= _SURE and _share_nonzero(pairs, 1 - letter) <= 1 - _SURE:
                return "UTF-16"
    return None


def utf16_order(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" where the whole of `data` is UTF-16 without a byte order mark beyond
    doubt, so that it is read (decision 0061, "Stop 61: fixes-72"); None otherwise, and the refusal
    stands. Beyond doubt: an even number of bytes that decode in that order, no NUL character, and nine
    characters in ten printable Latin-1 (a CSV's separators, line breaks, digits, letters and æøå), each
    of which is its byte beside a zero; read in the other order, each is U+xx00, none of them Latin-1, so
    only one order can pass."""
    if len(data) % 2 or len(data) < 2 * _MIN_CHARACTERS or 0 not in data[:2] or data.startswith(_UTF16_BOMS):
        return None  # UTF-16 text of Latin-1 starts with a zero byte beside its first character
    for order in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(order)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and len(_NOT_LATIN.findall(text)) <= (1 - _SURE) * len(text):
            return order
    return None


def wide_reason(encoding: str) -> tuple[str, str]:
    """The refusal of text in `encoding` (English, Danish), and what to send instead."""
    bom = " without a byte order mark (BOM)" if encoding == "UTF-16" else ""
    bom_da = " uden BOM (markering af byte-rækkefølgen)" if encoding == "UTF-16" else ""
    return (
        f"the text is saved as {encoding}{bom}, which the hub does not read; save it again as UTF-8 (in "
        'Excel: "CSV UTF-8")',
        f"teksten er gemt som {encoding}{bom_da}, som hubben ikke læser; gem den igen som UTF-8 (i "
        'Excel: "CSV UTF-8")',
    )
