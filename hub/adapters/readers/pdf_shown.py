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

import re
from typing import Any

import pikepdf

from hub.adapters.readers import pdf_unpack
from hub.adapters.readers.pdf_drawn import drawn_text
from hub.adapters.readers.pdf_objects import KEYS, entry, form_of, object_key

# A typed value's appearance is some hundreds of bytes; one far larger is not looked into, nor more than
# a budget over the whole document (a crafted form has thousands of fields sharing big streams).
MAX_APPEARANCE_BYTES = 65_536
MAX_LOOKED_BYTES = 4_000_000
# As bytes: an operator is whatever bytes the stream holds, and pikepdf's `str` of one that is no UTF-8
# raises (a stray byte in an appearance refused the whole form as damaged: corpus-57).
_SHOWS_TEXT = (b"Tj", b"TJ", b"'", b'"')


# Text field flags (/Ff) whose boxes rightly draw other than the value: a password's dots; rich text.
_PASSWORD, _RICH_TEXT = 1 << 13, 1 << 25
_AA, _F = KEYS["/AA"], KEYS["/F"]


class Appearances:
    """What one document's appearance streams show, each stream looked into once, within a budget."""

    def __init__(self, fonts: Any = None, redrawn: bool = False) -> None:
        self.looked: dict[Any, bool] = {}
        self.drawn: dict[Any, str | None] = {}
        self.capped: dict[Any, bool] = {}
        self.data: dict[Any, bytes] = {}
        self.encodings: dict[Any, list[str] | None] = {}  # a font's characters, worked out once
        self.budget = MAX_LOOKED_BYTES
        self.fonts = fonts  # the form's default fonts (/DR /Font), where a stream names none of its own
        self.redrawn = redrawn  # /NeedAppearances: viewers draw text boxes from their values

    def compares(self, kind: str, node: Any, inherited: dict, widgets: list) -> bool:
        """Whether a field's drawn text is its value's, so that another text drawn is stale: a text field
        of plain text, no password, no format script (`AFNumber_Format` draws "1.234,50 kr." for
        `1234.5`) and a document that does not ask viewers to draw the boxes anew (/NeedAppearances). A
        value saved as a stream of text is compared too: it was read as its text while the box drew
        another (decision 0060, "Stop 56: values-64")."""
        if kind != "text" or self.redrawn:
            return False
        flags = inherited.get("/Ff")
        if isinstance(flags, int) and int(flags) & (_PASSWORD | _RICH_TEXT):
            return False
        # A loop, not lists: asked for every text field of every form. A field that is its own box (most
        # are) is the same object as its one widget: looked at once.
        boxes = widgets if len(widgets) == 1 and widgets[0] is node else (node, *widgets)
        for box in boxes:
            if isinstance(box, pikepdf.Dictionary) and _AA in box:
                actions = box[_AA]
                if isinstance(actions, pikepdf.Dictionary) and _F in actions:
                    return False
        return True

    def shows_other(self, widgets: list, value: str) -> str | None:
        """The text a box of a text field with a value draws where it is not that value (white space
        and apostrophes' shapes aside: a line is broken where the box ends, a font draws ' as ’); None
        where every box draws its value, draws no text, or draws it in a font not known for certain
        (`pdf_drawn`). The field's own value is compared: a viewer that draws the stored appearance shows
        the old text, one that draws the value (pdf.js on screen) the new (decision 0060, "Stop 54:
        stray-62")."""
        literal = _literal(value)
        for widget in widgets:
            appearance = entry(widget, "/AP")
            normal = entry(appearance, "/N") if isinstance(appearance, pikepdf.Dictionary) else None
            if not isinstance(normal, pikepdf.Stream) or self._shows_literally(normal, literal):
                continue  # the value drawn as it is, or no text
            shown = self._drawn(normal)
            # No text drawn (a box left as the empty template drew it) is no second text: not compared.
            if shown is not None and (drawn := _bare(shown)) and drawn != _bare(value):
                return shown
        return None

    def _shows_literally(self, stream: pikepdf.Stream, literal: tuple[bytes, ...]) -> bool:
        """Whether a stream within the caps holds the value as one literal string, as nearly every filler
        draws it (`(040493-2220) Tj`), or has no text operator at all (an empty box): then it shows no
        other text, and is not parsed (parsing every box's stream trebled a form's reading)."""
        key = object_key(stream)
        try:
            if not self._within_caps(stream, key):
                return False
            data = self.data[key] if key in self.data else stream.read_bytes()
        except (pdf_unpack.TooLarge, pikepdf.PdfError):
            return False
        return any(form in data for form in literal) or not any(op in data for op in _SHOWS_TEXT)

    def _drawn(self, stream: pikepdf.Stream) -> str | None:
        """The text a stream draws (`pdf_drawn`), read once a stream within the caps; None where it is
        not read."""
        key = object_key(stream)
        if key in self.drawn:
            return self.drawn[key]
        shown = None
        try:
            if self._within_caps(stream, key):
                shown = drawn_text(stream, self.fonts, self.encodings)
        except (pdf_unpack.TooLarge, pikepdf.PdfError):
            shown = None  # not read: the value is read as before
        if key is not None:
            self.drawn[key] = shown
        return shown

    def drawn_by(self, widgets: list, kind: str) -> str | None:
        """The text a field's boxes draw (the first that draws any), "" where none draws text, None where
        a box's text is not known for certain (`pdf_drawn`): what a reader of the page sees. "" for a text
        field or list of a document that asks viewers to draw its boxes anew (/NeedAppearances): they
        draw them from the value, not from the stored appearance (a signature's they keep)."""
        if self.redrawn and kind != "signature":
            return ""
        for widget in widgets:
            appearance = entry(widget, "/AP")
            normal = entry(appearance, "/N") if isinstance(appearance, pikepdf.Dictionary) else None
            if isinstance(normal, pikepdf.Stream) and self._stream(normal):
                shown = self._drawn(normal)
                return None if shown is None else shown.strip()
        return ""

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
            shown = self._within_caps(stream, key) and _draws_text(stream)
        except (pdf_unpack.TooLarge, pikepdf.PdfError):
            shown = False  # not looked into: read as before, an empty field
        if key is not None:
            self.looked[key] = shown
        return shown

    def _within_caps(self, stream: pikepdf.Stream, key: Any) -> bool:
        """Whether a stream (numbered `key`, `object_key`) may be looked into: small enough, unpacked,
        and within the document's budget, which each stream is counted against once (raises
        `pdf_unpack.TooLarge` before unpacking one past the cap)."""
        if key is not None and key in self.capped:
            return self.capped[key]
        within = False
        if self.budget <= 0:
            pdf_unpack.check_size(stream, MAX_APPEARANCE_BYTES)  # past the budget: measured, not read
        else:
            data = pdf_unpack.read_within(stream, MAX_APPEARANCE_BYTES)  # measured and read: unpacked once
            self.budget -= len(data)
            within = len(data) <= MAX_APPEARANCE_BYTES
            if within and key is not None:
                self.data[key] = data  # within the budget: kept for `_shows_literally`
        if key is not None:
            self.capped[key] = within
        return within


def appearances_of(pdf: pikepdf.Pdf) -> Appearances:
    """The appearances of `pdf`'s form, with its default fonts and whether viewers are asked to draw
    its boxes anew."""
    form = form_of(pdf)
    resources = entry(form, "/DR") if form is not None else None
    fonts = entry(resources, "/Font") if isinstance(resources, pikepdf.Dictionary) else None
    redrawn = form is not None and entry(form, "/NeedAppearances") is True
    return Appearances(fonts, redrawn)


_APOSTROPHES = str.maketrans("’‘", "''")
_HIGH = re.compile(rb"[\x80-\xff]")


def _literal(value: str) -> tuple[bytes, ...]:
    """A one-line value as a literal string in a content stream, in WinAnsi (Acrobat's and most fillers'
    encoding of a Latin font), its parentheses and backslashes escaped, its bytes past ASCII as written
    or in octal (`\\346`, as qpdf writes them); none where it cannot be one."""
    if not value or "\r" in value or "\n" in value:
        return ()
    try:
        encoded = value.encode("cp1252")
    except UnicodeEncodeError:
        return ()
    plain = b"(" + encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    if plain.isascii():
        return (plain,)
    return plain, _HIGH.sub(_octal, plain)  # only the bytes past ASCII, not a call a byte


def _octal(byte: re.Match[bytes]) -> bytes:
    return b"\\%03o" % byte[0][0]


def _bare(text: str) -> str:
    """A text without its white space (and NULs), with typographic apostrophes as typed ones."""
    return "".join(text.replace("\0", "").translate(_APOSTROPHES).split())


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
