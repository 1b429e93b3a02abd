"""pypdf's reading of a CID font's widths (/W), kept from costing a page all its printed labels.

pypdf 7.1 keys each width by `chr(cid)`, so one /W entry for a code past Unicode's last (0x10FFFF), or
below 0, raises ValueError in the middle of a page's text extraction, and the page has no labels at
all: Scribus 1.5.8 writes such an entry in every embedded font it subsets (`2000000173 [...]`, the
soft hyphen under a stray code), so every label of a Scribus form was lost (the sixteenth trial). A
width only spaces the words pypdf finds; it never makes a character. So where pypdf refuses a font's
/W, the font is read again with the entries no character can have left out, and every other width as
written. A /W pypdf reads is read exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from pypdf.generic import ArrayObject, DictionaryObject, NameObject
from pypdf.generic._font import Font

_LAST = 0x10FFFF  # the last code `chr` takes
_original: Callable[..., None] = Font._collect_cid_character_widths


def _number(item: Any) -> bool:
    return isinstance(item, int | float) and not isinstance(item, bool)


def in_range(widths: Sequence[Any]) -> ArrayObject:
    """A /W array without the runs whose codes no character can have (`c [w ...]` or `c1 c2 w`)."""
    kept = ArrayObject()
    i = 0
    while i < len(widths):
        first = widths[i].get_object()
        after = widths[i + 1].get_object() if i + 1 < len(widths) else None
        if _number(first) and isinstance(after, Sequence):
            if 0 <= first and first + len(after) - 1 <= _LAST:
                kept.extend(widths[i : i + 2])
            i += 2
        elif (
            i + 2 < len(widths) and _number(first) and _number(after) and _number(widths[i + 2].get_object())
        ):
            if 0 <= first and cast(float, after) <= _LAST:  # a number here (`_number`)
                kept.extend(widths[i : i + 3])
            i += 3
        else:
            kept.extend(widths[i:])  # pypdf says what it makes of the rest, as before
            break
    return kept


def _collect(d_font: DictionaryObject, current_widths: dict[str, float]) -> None:
    """pypdf's width reading; on a code past Unicode, again without the entries that cannot be."""
    try:
        _original(d_font=d_font, current_widths=current_widths)
    except ValueError:
        widths = d_font.get("/W")
        widths = widths.get_object() if widths is not None else None
        if not isinstance(widths, ArrayObject):
            raise
        copy = DictionaryObject(d_font)  # the document's own font is left as written
        copy[NameObject("/W")] = in_range(widths)
        _original(d_font=copy, current_widths=current_widths)


def install() -> None:
    """Make pypdf read CID fonts' widths through `_collect` (idempotent)."""
    Font._collect_cid_character_widths = staticmethod(_collect)  # type: ignore[method-assign]
