"""A CSV whose form names ISO-8859-1 (Latin-1) holding bytes 0x80-0x9F: control characters in Latin-1.

Latin-1 and Windows-1252 read every other byte alike (æ, ø, å as 0xE6, 0xF8, 0xE5), so a Latin-1 file
reads right as cp1252, and a form could name either. They differ in 0x80-0x9F: Windows-1252's €, curly
quotes, dashes and "…", Latin-1's C1 control characters, which no text holds. A file there with such a
byte is Windows-1252 whatever its sender says (as every browser reads a page labelled ISO-8859-1): read
as Latin-1, an invisible control would stand in a name or a note. Refused at its row, showing the word
as Windows-1252 reads it, never read either way: which the sender meant is not for the hub to guess.
"""

from __future__ import annotations

import re

from hub.adapters.readers.csv_mac import around
from hub.quoting import readable

_C1 = re.compile(rb"[\x80-\x9f]")
LATIN1 = "iso8859-1"  # Python's name of latin-1, iso-8859-1


def c1_controls(data: bytes, encoding: str) -> tuple[int, str, str] | None:
    """Where CSV bytes read as Latin-1 hold a C1 control: the row and the reason (English, Danish);
    None where they hold none or are read in another encoding."""
    found = _C1.search(data) if encoding == LATIN1 else None
    if found is None:
        return None
    byte = f"0x{data[found.start()]:02X}"
    word = readable(around(data, found.start()).decode("cp1252", "replace"), 40)
    row = data[: found.start()].count(b"\n") + 1
    en = (
        f"the form expects ISO-8859-1 (Latin-1), but the file holds the byte {byte}, a control character"
        f' in Latin-1 and "{word}" in Windows-1252 (ANSI): save it again as UTF-8 (in Excel: "CSV UTF-8"),'
        " or the form's encoding is cp1252"
    )
    da = (
        f"blanketten forventer ISO-8859-1 (Latin-1), men filen indeholder byten {byte}, et styretegn i"
        f' Latin-1 og "{word}" i Windows-1252 (ANSI): gem den igen som UTF-8 (i Excel: "CSV UTF-8"), eller'
        " blankettens tegnsæt er cp1252"
    )
    return row, en, da
