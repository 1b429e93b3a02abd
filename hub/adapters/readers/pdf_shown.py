"""Whether a text field with no value shows one all the same: text drawn in its boxes' appearances.

A field's value is its /V; what a reader of the page sees is its boxes' appearance streams (/AP /N), which
the program that filled the form draws from the value. Some programs (browsers' PDF viewers, "print to
PDF" of a filled form, a form tool that flattens by hand) draw what was typed and save no /V: the page
shows "Mette Holm" under "Mentorens navn", and the field reads as empty, so that a field that may be left
blank (`nullable`) is read as not filled in, without a word (decision 0060, "Tenth trial"). The text
drawn is not read as the value: its bytes are glyph codes of the appearance's font, not text, and which
of the two the sender meant is not the hub's to guess. The field is marked, and a config that reads it
is told (`mapping.reading`).
"""

from __future__ import annotations

from typing import Any

import pikepdf

from hub.adapters.readers import pdf_unpack
from hub.adapters.readers.pdf_fields import entry, object_key

# A typed value's appearance is some hundreds of bytes; one far larger is not looked into, nor more than
# a budget over the whole document (a crafted form has thousands of fields sharing big streams).
MAX_APPEARANCE_BYTES = 65_536
MAX_LOOKED_BYTES = 4_000_000
# As bytes: an operator is whatever bytes the stream holds, and pikepdf's `str` of one that is no UTF-8
# raises (a stray byte in an appearance refused the whole form as damaged: corpus-57).
_SHOWS_TEXT = (b"Tj", b"TJ", b"'", b'"')


class Appearances:
    """What one document's appearance streams show, each stream looked into once, within a budget."""

    def __init__(self) -> None:
        self.looked: dict[Any, bool] = {}
        self.budget = MAX_LOOKED_BYTES

    def shows_text(self, widgets: list) -> bool:
        """Whether any of a field's boxes draws text that is not blank in its normal appearance."""
        for widget in widgets:
            appearance = entry(widget, "/AP")
            normal = entry(appearance, "/N") if isinstance(appearance, pikepdf.Dictionary) else None
            if isinstance(normal, pikepdf.Stream) and self._stream(normal):
                return True
        return False

    def _stream(self, stream: pikepdf.Stream) -> bool:
        key = object_key(stream)
        if key in self.looked:
            return self.looked[key]
        shown = False
        try:
            pdf_unpack.check_size(stream, MAX_APPEARANCE_BYTES)
            if self.budget > 0:
                data = stream.read_bytes()
                self.budget -= len(data)
                shown = len(data) <= MAX_APPEARANCE_BYTES and _draws_text(stream)
        except (pdf_unpack.TooLarge, pikepdf.PdfError):
            shown = False  # not looked into: read as before, an empty field
        if key is not None:
            self.looked[key] = shown
        return shown


def _draws_text(stream: pikepdf.Stream) -> bool:
    """Whether the stream's text operators draw a string of anything but spaces."""
    for instruction in pikepdf.parse_content_stream(stream):
        if not isinstance(instruction, pikepdf.ContentStreamInstruction):
            continue  # an inline image draws no text
        if instruction.operator.unparse() not in _SHOWS_TEXT:
            continue
        for operand in instruction.operands:
            items = list(operand) if isinstance(operand, pikepdf.Array) else [operand]
            if any(isinstance(i, pikepdf.String) and bytes(i).strip() for i in items):
                return True
    return False
