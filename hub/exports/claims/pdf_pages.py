"""The pages of a claim copy: a template page copied with what it inherits, and, where the form is
flattened, its widgets drawn into its content.

Flattened, a page draws each widget's appearance as an XObject where the widget sits, after its own
content wrapped in q/Q, and keeps no widget, field or AcroForm.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from pypdf import PageObject
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

from hub.exports.claims.pdf_objects import ObjectWriter, Renumber, Written

_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")  # a page's, or its /Pages parent's


class Flattener:
    """Draws widgets into the pages of a flattened form, writing the content streams that do it."""

    def __init__(self, out: ObjectWriter, renumber: Renumber) -> None:
        self.out = out
        self.renumber = renumber
        self.begin = Written(out.reserve())  # opens the q/Q around a flattened page's own content
        out.put(self.begin.idnum, _stream(b"q\n"), renumber)

    def draw(
        self, page: DictionaryObject, annotations: list[IndirectObject], own: Mapping[int, DictionaryObject]
    ) -> None:
        """Draw every visible widget's appearance into the page as an XObject where the widget sits."""
        resources = DictionaryObject(cast(DictionaryObject, page.get("/Resources", DictionaryObject())))
        xobjects = DictionaryObject(cast(DictionaryObject, resources.get("/XObject", DictionaryObject())))
        drawn = []
        for index, ref in enumerate(annotations):
            widget = own.get(ref.idnum) if isinstance(ref, IndirectObject) else None
            widget = widget or cast(DictionaryObject, ref.get_object())
            appearance = _appearance(widget)
            if appearance is None or int(widget.get("/F", 0)) & 2:  # hidden widgets are not drawn
                continue
            stream = cast(StreamObject, appearance.get_object())
            name = NameObject(f"/HubFlat{index}")
            xobjects[name] = appearance
            x1, y1, x2, y2 = (float(v) for v in cast(ArrayObject, widget["/Rect"]))
            bx1, by1, bx2, by2 = (float(v) for v in stream.get("/BBox", [0, 0, x2 - x1, y2 - y1]))
            sx, sy = (x2 - x1) / ((bx2 - bx1) or 1), (y2 - y1) / ((by2 - by1) or 1)
            drawn.append(f"q {sx:.4f} 0 0 {sy:.4f} {x1 - bx1 * sx:.4f} {y1 - by1 * sy:.4f} cm {name} Do Q")
        if not drawn:
            return
        resources[NameObject("/XObject")] = xobjects
        page[NameObject("/Resources")] = resources
        end = Written(self.out.reserve())
        data = b"\nQ\n" + "\n".join(drawn).encode("ascii") + b"\n"
        self.out.put(end.idnum, _stream(data), self.renumber)
        contents = page.raw_get("/Contents") if "/Contents" in page else ArrayObject()
        resolved = contents.get_object()
        own_content = list(cast(ArrayObject, resolved)) if isinstance(resolved, ArrayObject) else [contents]
        page[NameObject("/Contents")] = ArrayObject([self.begin, *own_content, end])


def page_copy(
    template: PageObject, page_tree: int, own: Mapping[int, DictionaryObject], flattener: Flattener | None
) -> DictionaryObject:
    """One page of a copy: its own annotations, or (flattened) its widgets drawn into its content."""
    page = DictionaryObject(template)
    for key in _INHERITED:
        if key not in page and (value := template.get_inherited(key)) is not None:
            page[NameObject(key)] = value
    page[NameObject("/Parent")] = Written(page_tree)
    annotations = list(cast(ArrayObject, template.get("/Annots") or ArrayObject()))
    if flattener is not None:
        flattener.draw(page, annotations, own)
        annotations = [a for a in annotations if a.get_object().get("/Subtype") != "/Widget"]
    if annotations:
        page[NameObject("/Annots")] = ArrayObject(annotations)
    else:
        page.pop("/Annots", None)
    return page


def _stream(data: bytes) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return stream


def _appearance(widget: DictionaryObject) -> IndirectObject | None:
    """A widget's normal appearance, as a reference: the stream, or a checkbox's for its current state."""
    if widget.get("/Subtype") != "/Widget" or "/AP" not in widget:
        return None
    appearance = cast(DictionaryObject, widget["/AP"])
    if "/N" not in appearance:
        return None
    normal = appearance.raw_get("/N")
    if not isinstance(normal.get_object(), StreamObject):
        states = cast(DictionaryObject, normal.get_object())
        state = widget.get("/AS", "/Off")
        normal = states.raw_get(state) if state in states else None
    # A stream is always an indirect object in a valid PDF.
    return normal if isinstance(normal, IndirectObject) else None
