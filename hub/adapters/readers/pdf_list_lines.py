"""The lines a list or combo box's saved value chooses, as the list prints them (PDF 32000 12.7.4.4).

A list's lines are its /Opt: each a text, or a pair of an export value and the text printed. Its value
(/V) holds the export values chosen: one string, or an array where several lines may be chosen (/Ff bit
22, MultiSelect), in whatever order the program that filled it wrote them; /I may list the chosen lines'
positions, "sorted in ascending order", which tells apart lines that export the same value. The hub read
an array's lines in /V's order and each export value as the last line exporting it, so "Sygedagpenge;
Kontanthjælp" from a list printing Kontanthjælp first, and of two lines exporting `X` always the second
(decision 0025, "Stop 63: pdf-77, a list's lines in its order").
"""

from __future__ import annotations

from typing import Any

import pikepdf

from hub.adapters.readers.pdf_text import name_text, text


def option(opt: Any) -> tuple[str, str]:
    """An /Opt entry as (export value, display text)."""
    if isinstance(opt, pikepdf.Array) and len(opt) >= 2:
        return value_text(opt[0]) or "", value_text(opt[1]) or ""
    return value_text(opt) or "", value_text(opt) or ""


def in_list_order(raw: Any, options: Any, indexes: Any) -> list[str]:
    """The texts of an array value's lines as the list prints them, in the list's order; a text that is
    none of its lines after them, as saved (`pdf_list_held.off_list` says it). /I names the lines where
    it is a list of the lines' positions whose export values are the value's, as the specification asks
    of it ("where the items differ, /V is used"); else each export value is its first line not yet taken."""
    held = texts(raw)
    lines = [option(opt) for opt in options] if isinstance(options, pikepdf.Array) else []
    positions = _indexed(indexes, lines, held)
    if positions is None:
        positions = []
        for saved in held:
            free = [i for i, line in enumerate(lines) if i not in positions]
            found = next((i for i in free if lines[i][0] == saved), None)
            found = next((i for i in free if lines[i][1] == saved), None) if found is None else found
            positions.append(len(lines) + len(positions) if found is None else found)
    ordered = sorted(zip(positions, held, strict=True), key=lambda pair: pair[0])
    return [lines[i][1] if i < len(lines) else saved for i, saved in ordered]


def _indexed(indexes: Any, lines: list[tuple[str, str]], held: list[str]) -> list[int] | None:
    """The positions /I gives for the saved values `held`, where it gives one for each, each a line
    exporting that value; None where it is missing or says otherwise than the value."""
    if not isinstance(indexes, pikepdf.Array) or len(indexes) != len(held):
        return None
    positions = [int(i) for i in indexes if type(i) is int and 0 <= i < len(lines)]
    if len(positions) != len(held) or len(set(positions)) != len(positions):
        return None
    return positions if sorted(lines[i][0] for i in positions) == sorted(held) else None


def texts(raw: Any) -> list[str]:
    """A value's texts: an array's strings (a list box's choices), or the one string; no objects."""
    items = list(raw) if isinstance(raw, pikepdf.Array) else [raw]
    return [t for t in map(value_text, items) if t is not None]


def value_text(obj: Any) -> str | None:
    """A field value's text. A value written as a name (/V /Acceptabel, as some form tools write a
    choice) is the word it spells: `text` keeps a name's slash, which is right for a type or filter,
    but a slash no one typed would then fail every mapping of the choice (decision 0027, stop 39).
    A boolean is no text anyone typed (pikepdf gives Python's `True`, which a name was accepted with:
    decision 0064, stop 48): none, as a dictionary is; a number is the digits it was written with."""
    if isinstance(obj, bool):
        return None
    return name_text(obj) if isinstance(obj, pikepdf.Name) else text(obj)
