"""A CSV saved by Excel for Mac as "CSV" (its "Comma Separated Values"): in Mac Roman, not Windows' code page.

Mac Roman writes ø, æ and å as the bytes Windows-1252 reads as ¿, ¾ and Œ, and Æ and Ø as ® and ¯, so
such a file reads without an error in the code page a Danish form expects: "Søren Ærø Østergård" came out
"S¿ren ®r¿ ¯stergŒrd", and a timesheet was accepted with the mentor's name so (stop 52's mutation fuzzing,
decision 0064). No Danish text has those signs inside a word, so there they tell Mac Roman; the file is
refused at the row, showing the word both ways, as a caseworker can save it again as "CSV UTF-8".
"""

from __future__ import annotations

import re

from hub.quoting import readable

# In bytes, as Windows-1252 or ISO-8859-1 would read them: ø, æ or å after a letter (not a Spanish "¿Qué"
# nor a French "Œuvre", which start a word), or Æ or Ø before a small letter (not "Word®").
_MAC_LETTER = re.compile(rb"(?<=[A-Za-z])[\xbf\xbe\x8c]|[\xae\xaf](?=[a-z])")
_WORD = re.compile(rb"[^\s;,\t\"']*")
CODE_PAGES = ("cp1252", "iso8859-1")  # the encodings whose reading of Mac Roman is checked


def mac_roman(data: bytes, encoding: str) -> tuple[int, str, str] | None:
    """Where CSV bytes read in `encoding` (a Windows code page) are Mac Roman's Danish letters: the row
    and the reason (English, Danish); None where they are not."""
    found = _MAC_LETTER.search(data) if encoding in CODE_PAGES else None
    if found is None:
        return None
    piece = around(data, found.start())
    read, meant = readable(piece.decode(encoding, "replace"), 40), readable(piece.decode("mac_roman"), 40)
    row = data[: found.start()].count(b"\n") + 1
    en = (
        f'the file is saved as Mac Roman (Excel for Mac\'s "CSV"): "{read}" would be read where it says '
        f'"{meant}"; save it again as UTF-8 (in Excel: "CSV UTF-8")'
    )
    da = (
        f'filen er gemt som Mac Roman (Excel til Macs "CSV"): "{read}" ville blive læst, hvor der står '
        f'"{meant}"; gem den igen som UTF-8 (i Excel: "CSV UTF-8")'
    )
    return row, en, da


def around(data: bytes, at: int) -> bytes:
    """The word of `data` that holds the byte at `at` (up to a space, a separator or a quote)."""
    start = at
    while start > 0 and data[start - 1 : start] not in (b" ", b";", b",", b"\t", b'"', b"\n", b"\r"):
        start -= 1
    return _WORD.match(data, start)[0]  # type: ignore[index]
