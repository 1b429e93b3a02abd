"""Texts one `TJ` shows far apart: "Visitation" and, 121 points right of it, "Jobparat".

A program that writes a line's texts as they fall on the page (Ghostscript's pdfwrite, turning an old
print pipeline's PostScript into PDF) puts every text of one baseline in one `TJ` array, the distance
between them a displacement: `[(Visitation)-12143(Jobparat)]TJ`. pypdf gives the array as one text, a
space where the gap was, at the first text's place: the row's caption and the first box's words were
one label ("Visitation Jobparat"), and the first box had no words of its own (decision 0060, "Stop 61:
trial-75"). A displacement of two font sizes or more (`_WIDE`; a word's space is a quarter of one, a
kerning less) parts the array into texts of their own, each at its place: its start estimated as the
runs' widths are (half a font size a character), plus the displacements before it.
"""

from __future__ import annotations

from typing import Any

_WIDE = 2000  # thousandths of a font size: as far as `pdf_runs._on_line` lets a line's next word be
_CHAR = 500  # a character's estimated width, as `pdf_runs` estimates a run's


def tj_parts(operands: Any) -> list[tuple[int, float]] | None:
    """Where a `TJ` array's wide gaps part it: each part's count of printed characters (not spaces)
    and its start in thousandths of a font size from the array's; None when no gap is wide."""
    try:
        items = list(operands[0])
    except (IndexError, TypeError):
        return None
    parts: list[tuple[int, float]] = [(0, 0.0)]
    offset = 0.0
    for item in items:
        if isinstance(item, (bytes, str)):
            data = item.encode("latin-1", "replace") if isinstance(item, str) else item
            count, start = parts[-1]
            parts[-1] = (count + sum(1 for b in data if b > 32), start)
            offset += _CHAR * len(data)
            continue
        try:
            move = -float(item)
        except (TypeError, ValueError):
            return None
        offset += move
        if move >= _WIDE and parts[-1][0]:
            parts.append((0, offset))
    parts = [part for part in parts if part[0]]
    return parts if len(parts) > 1 else None


def split_text(text: str, parts: list[tuple[int, float]]) -> list[tuple[str, float]] | None:
    """The text pypdf gave for a parted `TJ`, cut where its parts end: each part's words and start; None
    when its printed characters are not the parts' (a font of two bytes a character, a ligature)."""
    if sum(1 for c in text if not c.isspace()) != sum(count for count, _ in parts):
        return None
    out: list[tuple[str, float]] = []
    rest = text
    for count, start in parts:
        seen = 0
        cut = 0
        while cut < len(rest) and seen < count:
            seen += not rest[cut].isspace()
            cut += 1
        out.append((rest[:cut].strip(), start))
        rest = rest[cut:]
    return out
