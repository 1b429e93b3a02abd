"""Text appearances for a form's widgets, made by pypdf as its `update_page_form_field_values` makes them,
with what pypdf works out per widget (font, size, colours, box) kept for the widget's next text.

pypdf reads the widget's font resource, parses its default appearance and walks its border and colours
on every call, which is most of a millisecond, before drawing the text; a claim of 10,000 lines draws
some 70,000 texts in a few hundred widgets. The first text of each widget goes through pypdf's own
`from_text_annotation`, which gives the arguments it chose to its constructor; a later text of the same
widget that the same font can print is drawn with those arguments, the same call pypdf would make. A text
the font cannot print goes through pypdf again, which may pick another font for it.
"""

from __future__ import annotations

from typing import Any, cast

from pypdf import PageObject, PdfWriter
from pypdf.generic import DictionaryObject

# pypdf 7.1 (pinned) makes text appearances with this class; its public `update_page_form_field_values`
# calls it too, but matches every widget of a page against every value given and writes into the
# document it fills, where the template must stay as it is (decision 0014).
from pypdf.generic._appearance_stream import TextStreamAppearance

__all__ = ["TextAppearances"]


class _Kept(TextStreamAppearance):
    """pypdf's appearance, keeping the arguments `from_text_annotation` gave its constructor."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.arguments = (args, kwargs)


class TextAppearances:
    """Appearance streams for the text widgets of one document (`writer`, with its AcroForm)."""

    def __init__(self, writer: PdfWriter, acro_form: DictionaryObject) -> None:
        self.writer = writer
        self.acro_form = acro_form
        self.kept: dict[int, _Kept] = {}  # by the widget's object number in `writer`

    def make(
        self, number: int, page: PageObject, field: DictionaryObject, widget: DictionaryObject
    ) -> TextStreamAppearance:
        """The appearance of the text `field` holds (/V) in widget `number` of `page`; `widget` (and
        `field`, the same dictionary when merged) are the caller's own copies, which pypdf may change."""
        text = str(field.get("/V", ""))
        kept = self.kept.get(number)
        if kept is not None and field.get("/FT") != "/Ch":
            (layout, _, selection, font, *rest), options = kept.arguments
            if font.can_encode(text):
                made = TextStreamAppearance(layout, text, selection, font, *rest, **options)
                # The entries pypdf copied from the template's appearance (all but its data).
                for key, value in kept.items():
                    if key != "/Length":
                        made[key] = value
                return made
        before = widget.get("/DA")
        # A classmethod builds `cls`: what comes back is a _Kept (pypdf's annotation says its own class).
        made = _Kept.from_text_annotation(self.writer, page, False, self.acro_form, field, widget)
        first = cast(_Kept, made)
        # Kept only when pypdf drew with the widget's own font (it changes /DA when it picks another).
        if widget.get("/DA") == before and field.get("/FT") != "/Ch":
            self.kept[number] = first
        return first
