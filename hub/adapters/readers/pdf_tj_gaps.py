"""Texts one `TJ` shows far apart: "Visitation" and, 121 points right of it, "Jobparat".

A program that writes a line's texts as they fall on the page (Ghostscript's pdfwrite, turning an old
print pipeline's PostScript into PDF) puts every text of one baseline in one `TJ` array, the distance
between them a displacement: `[(Visitation)-12143(Jobparat)]TJ`. pypdf gives the array as one text, a
space where the gap was, at the first text's place: the row's caption and the first box's words were
one label ("Visitation Jobparat"), and the first box had no words of its own (decision 0060, "Stop 61:
trial-75"). A displacement of two font sizes or more (`_WIDE`; a word's space is a quarter of one, a
kerning less) with a field's box standing in it parts the array into texts of their own, each at its
place: its start estimated as the runs' widths are (half a font size a character), plus the
displacements before it. A wide gap with no box in it is a line stretched to its width (pdfTeX's
justified "Borgerens -4238 navn:", Haderslev's): one text, as before.

A character is one byte in a simple font and two in a composite font of `Identity-H` codes, as LuaTeX
writes every OpenType font (ConTeXt's `[(Ydelse)-4441(Kontanthjælp)-2498(Uddannelseshjælp)]TJ` in
glyph codes, Odder's: decision 0060, "Stop 62: trial-77"); counted a byte a character, the parts
were never the text's and a row's boxes all had the row's words. Any other composite font's codes may
be of any length: not parted.
"""

from __future__ import annotations

from typing import Any

from hub.adapters.readers.pdf_glyph_widths import Measure

Part = tuple[int, float, float]  # a part's count of printed characters, its start and its end (1/1000 em)
Piece = tuple[str, float, float]  # a part's text, its start and its end (1/1000 em)
Rect = tuple[float, float, float, float]

_WIDE = 2000  # thousandths of a font size: as far as `pdf_runs._on_line` lets a line's next word be
_CHAR = 500  # a character's estimated width, as `pdf_runs` estimates a run's


def tj_parts(operands: Any, width: int | None = 1, measure: Measure | None = None) -> list[Part] | None:
    """Where a `TJ` array's wide gaps part it: each part's count of printed characters (not spaces; in a
    font of `width` bytes a code, `pdf_glyph_widths.code_bytes`), its start and its end in thousandths of
    a font size from the array's, measured by the font's own widths where it gives them (`measure`);
    None when no gap is wide or the codes' width is not known."""
    if width is None:
        return None
    try:
        items = list(operands[0])
    except (IndexError, TypeError):
        return None
    parts: list[Part] = [(0, 0.0, 0.0)]
    offset = 0.0
    for item in items:
        if isinstance(item, (bytes, str)):
            data = item.encode("latin-1", "replace") if isinstance(item, str) else item
            count, start, _ = parts[-1]
            offset += measure(data) if measure else _CHAR * (len(data) // width)
            parts[-1] = (count + _printed(data, width), start, offset)
            continue
        try:
            move = -float(item)
        except (TypeError, ValueError):
            return None
        offset += move
        if move >= _WIDE and parts[-1][0]:
            parts.append((0, offset, offset))
    parts = [part for part in parts if part[0]]
    return parts if len(parts) > 1 else None


def _printed(data: bytes, width: int) -> int:
    """A string's count of printed characters: a simple font's bytes above the space; a composite
    font's every code (a glyph's number tells no space; a space printed so fails `split_text`'s count)."""
    return sum(1 for b in data if b > 32) if width == 1 else len(data) // width


def split_text(
    text: str, parts: list[Part], place: tuple[float, float, float], boxes: list[Rect]
) -> list[Piece] | None:
    """The text pypdf gave for a parted `TJ` at `place` (x, y and font size), cut where a box stands in
    a wide gap: each text, its start and its end (1/1000 em); None when its printed characters are not
    the parts' (a ligature, a space printed as a glyph)."""
    if sum(1 for c in text if not c.isspace()) != sum(count for count, _, _ in parts):
        return None
    out: list[Piece] = []
    rest = text
    end = 0.0
    for count, start, part_end in parts:
        seen = 0
        cut = 0
        while cut < len(rest) and seen < count:
            seen += not rest[cut].isspace()
            cut += 1
        words = rest[:cut].strip()
        if out and not _box_in(boxes, place, end, start):
            out[-1] = (f"{out[-1][0]} {words}", out[-1][1], part_end)
        else:
            out.append((words, start, part_end))
        rest, end = rest[cut:], part_end
    return out


def _box_in(boxes: list[Rect], place: tuple[float, float, float], left: float, right: float) -> bool:
    """Whether a box stands on the line within a gap from `left` to `right` (1/1000 em from `place`),
    give or take a font size either side: the texts' widths are estimated."""
    x, y, points = place
    low, high = x + left * points / 1000 - points, x + right * points / 1000 + points
    return any(x0 >= low and x1 <= high and y0 - 2 <= y <= y1 + 2 for x0, y0, x1, y1 in boxes)
