"""The text a text field's appearance draws, where its font says which characters its bytes are.

A text field's value is its /V; what a printed page, and a viewer that draws the stored appearance
(poppler, Acrobat without /NeedAppearances), shows is its boxes' appearance streams. A program that sets
the value alone leaves the old text drawn: the page shows "040493-2220" while the value holds another CPR
number, and the hub read the value without a word (decision 0060, "Stop 54: stray-62"). The bytes of a
string shown are glyph codes of the font it is shown in: they are text only through the font's encoding.
Read here only where that is known for certain: a simple font (Type1, TrueType) with a named encoding or
one of differences from it, and no /ToUnicode map of its own (which would say other characters than the
encoding); anything else is not read (None), and the field is read by its value as before.
"""

from __future__ import annotations

from typing import Any

import pikepdf
from pypdf._codecs import adobe_glyphs, charset_encoding

from hub.adapters.readers.pdf_objects import entry, object_key

_SHOWS = frozenset({"Tj", "TJ", "'", '"'})
_SIMPLE = frozenset({"/Type1", "/TrueType", "/MMType1"})
_SYMBOLS = ("/Symbol", "/ZapfDingbats", "/ZaDb")


def drawn_text(stream: pikepdf.Stream, fonts: Any, known: dict[Any, list[str] | None]) -> str | None:
    """The characters `stream`'s text operators show, in order, without positions (so a line broken in
    two reads as its lines joined); None where a string is shown in a font whose characters are not
    known for certain. `fonts`: the form's default resources' fonts (/DR), used where the stream has no
    font of that name (as viewers do); `known`: each font's characters, kept by the caller across
    streams (a form's boxes share a font or two)."""
    resources = entry(stream, "/Resources")
    own = entry(resources, "/Font") if isinstance(resources, pikepdf.Dictionary) else None
    font: list[str] | None = None
    shown: list[str] = []
    for instruction in pikepdf.parse_content_stream(stream):
        if not isinstance(instruction, pikepdf.ContentStreamInstruction):
            continue  # an inline image draws no text
        operator = instruction.operator.unparse().decode("latin-1")
        if operator == "Tf" and instruction.operands and isinstance(instruction.operands[0], pikepdf.Name):
            name = str(instruction.operands[0])
            found = _font(own, name) or _font(fonts, name)
            key = object_key(found)
            if key is None or key not in known:
                font = _encoding(found)
                if key is not None:
                    known[key] = font
            else:
                font = known[key]
        elif operator in _SHOWS:
            for operand in instruction.operands:
                for item in list(operand) if isinstance(operand, pikepdf.Array) else [operand]:
                    if not isinstance(item, pikepdf.String):
                        continue  # a number (a kerning, a word's spacing) shows nothing
                    codes = bytes(item)
                    if font is None and codes.strip():
                        return None  # a text in a font whose characters are not known: not read
                    if font is not None:
                        shown.append("".join(font[code] for code in codes))
    return "".join(shown)


def _font(fonts: Any, name: str) -> Any:
    found = entry(fonts, name) if isinstance(fonts, pikepdf.Dictionary) else None
    return found if isinstance(found, pikepdf.Dictionary) else None


def _encoding(font: Any) -> list[str] | None:
    """The character of each of a simple font's 256 codes; None where it is not known for certain."""
    if font is None or str(entry(font, "/Subtype")) not in _SIMPLE or "/ToUnicode" in font:
        return None
    encoding = entry(font, "/Encoding")
    base_font = str(entry(font, "/BaseFont"))
    differences: Any = None
    if isinstance(encoding, pikepdf.Dictionary):
        differences = entry(encoding, "/Differences")
        encoding = entry(encoding, "/BaseEncoding")
    if isinstance(encoding, pikepdf.Name):
        base = charset_encoding.get(str(encoding))
    elif encoding is None and str(entry(font, "/Subtype")) == "/Type1" and not base_font.startswith(_SYMBOLS):
        base = charset_encoding["/StandardEncoding"]  # a standard font's built-in encoding
    else:
        return None
    if base is None:
        return None
    chars = list(base)
    if isinstance(differences, pikepdf.Array):
        code = 0
        for item in differences:
            if isinstance(item, int):
                code = int(item)
            elif isinstance(item, pikepdf.Name) and 0 <= code < 256:
                glyph = adobe_glyphs.get(str(item))
                if not isinstance(glyph, str):
                    return None  # a glyph name without a known character: not read
                chars[code] = glyph
                code += 1
    return chars
