"""The hub's former PDF field reader (pypdf), kept as the reference the pikepdf reader is compared with.

Not used by the hub: `tests/adapters/test_readers_pdf_equal.py` and `tools/pdf_corpus.py --compare` read
every PDF with both and require the same `Extraction`, field by field. It is the walk of
`hub/adapters/readers/pdf.py` before decision 0027, on pypdf objects, with the same caps. Rejections are
not compared (the reasons come from `pdf_reasons` for the hub's reader only), so every failure here is
a plain `UnreadableDocument` or pypdf's own exception.

The field vocabulary below (`_kind`, `_states`, `_widget_states`, `_option`, `_value`) says what
`hub.adapters.readers.pdf_values` says, on purpose written again: a reference that called the hub's
functions would agree with the hub by construction, and a fault in them would pass the comparison. They
could not be called anyway: they test for pikepdf's objects (`pikepdf.Dictionary`, `pikepdf.Name`), and a
pypdf `DictionaryObject` is none of them, so every widget would have no states. What the two readers
share is only what is not being compared: the caps, the page layout that finds labels, the rectangle.
"""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PasswordType, PdfReader
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.readers.pdf_fields import MAX_FIELD_NODES
from hub.adapters.readers.pdf_layout import PageTexts
from hub.adapters.readers.pdf_runs import Box, normal_rect
from hub.adapters.readers.pdf_text_caps import MAX_VALUE_CHARS
from hub.adapters.readers.sniff import unreadable

_INHERITED = ("/FT", "/Ff", "/V", "/Opt")


def pypdf_extraction(data: bytes, filename: str, with_labels: bool = False) -> Extraction:
    """Read the fields with pypdf in this process, as the hub did before decision 0027."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise unreadable(filename, "encrypted", "krypteret")
    fields = _terminal_fields(reader, filename)
    if not fields:
        raise unreadable(filename, "no fields", "ingen felter")
    pages = _widget_pages(reader)
    layout = PageTexts.of_reader(reader)
    values = []
    placed = [
        (_kind(inherited), next((pages[_ident(w)] for w in widgets if _ident(w) in pages), None))
        for _, _, inherited, widgets in fields
    ]
    if with_labels:  # every box of a page before its labels, as the hub's reader (`pdf_rows`)
        for (kind, page), (*_, widgets) in zip(placed, fields, strict=True):
            if kind in ("checkbox", "radio"):
                layout.add_boxes(page, [(_rect(w.get_object()), []) for w in widgets])
    for (name, node, inherited, widgets), (kind, page) in zip(fields, placed, strict=True):
        widget_objs = [w.get_object() for w in widgets]
        meta: dict[str, Any] = {
            "page": page + 1 if page is not None else None,
            "type": kind,
            "tooltip": str(node["/TU"]) if "/TU" in node else None,
            "states": _states(kind, node, widget_objs, inherited.get("/Opt")),
        }
        if with_labels:
            boxes: list[Box] = [(_rect(w), _widget_states(w, inherited.get("/Opt"))) for w in widget_objs]
            meta["label"] = layout.label(page, boxes, kind in ("checkbox", "radio"))
            if kind in ("checkbox", "radio"):
                meta.update(layout.choices(kind, page, boxes))
        value = _value(kind, node, inherited, widget_objs)
        if value is not None and len(value) > MAX_VALUE_CHARS:
            raise unreadable(filename, "value too long", "for lang værdi")
        values.append(SourceValue(key=name, value=value, meta=meta))
    doc: dict[str, Any] = {"pages": len(reader.pages)}
    if with_labels and reader.pages:
        doc["title"] = layout.title()
    producer = reader.metadata.producer if reader.metadata else None
    if producer:
        doc["producer"] = str(producer)
    return Extraction(format="pdf", values=tuple(values), meta=doc)  # the whole-text cap is not applied


def _ident(ref: PdfObject) -> Any:
    return (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(ref)


def _terminal_fields(reader: PdfReader, filename: str) -> list[tuple[str, DictionaryObject, dict, list]]:
    catalog = reader.trailer["/Root"].get_object()
    form = catalog.get("/AcroForm") if isinstance(catalog, DictionaryObject) else None
    form = form.get_object() if form is not None else None
    roots = form.get("/Fields") if isinstance(form, DictionaryObject) else None
    roots = roots.get_object() if roots is not None else None
    if not isinstance(roots, ArrayObject):
        return []
    found = []
    seen: set[Any] = set()
    stack: list[tuple[PdfObject, str, dict]] = [(ref, "", {}) for ref in reversed(roots)]
    while stack:
        ref, parent, inherited = stack.pop()
        node = ref.get_object()
        if not isinstance(node, DictionaryObject) or _ident(ref) in seen:
            continue
        seen.add(_ident(ref))
        if len(seen) > MAX_FIELD_NODES:
            raise unreadable(filename, "too many form fields", "for mange formularfelter")
        part = str(node["/T"]) if "/T" in node else ""
        name = f"{parent}.{part}" if parent and part else part or parent
        inherited = {**inherited, **{k: node[k] for k in _INHERITED if k in node}}
        kids = node.get("/Kids")
        kids = kids.get_object() if kids is not None else None
        kids = list(kids) if isinstance(kids, ArrayObject) else []
        field_kids = [k for k in kids if _is_named(k.get_object())]
        if field_kids:
            stack.extend((kid, name, inherited) for kid in reversed(field_kids))
        else:
            found.append((name, node, inherited, kids or [ref]))
    return found


def _is_named(node: Any) -> bool:
    return isinstance(node, DictionaryObject) and "/T" in node


def _widget_pages(reader: PdfReader) -> dict[Any, int]:
    pages: dict[Any, int] = {}
    for number, page in enumerate(reader.pages):
        annots = page.get("/Annots")
        annots = annots.get_object() if annots is not None else None
        for ref in annots if isinstance(annots, ArrayObject) else []:
            pages.setdefault(_ident(ref), number)
    return pages


def _kind(inherited: dict) -> str:
    field_type, flags = inherited.get("/FT"), int(inherited.get("/Ff", 0) or 0)
    if field_type == "/Btn":
        return "button" if flags & (1 << 16) else "radio" if flags & (1 << 15) else "checkbox"
    return {"/Tx": "text", "/Ch": "choice", "/Sig": "signature"}.get(str(field_type), "unknown")


def _states(kind: str, node: DictionaryObject, widgets: list, options: Any = None) -> list[str]:
    if kind == "choice":
        return [_option(opt)[1] for opt in node.get("/Opt", [])]
    if kind not in ("checkbox", "radio"):
        return []
    states: list[str] = []
    for widget in widgets:
        states += [s for s in _widget_states(widget, options) if s not in states]
    return states


def _widget_states(widget: DictionaryObject, options: Any = None) -> list[str]:
    # `pdf_values.widget_states` on pypdf objects, written again rather than shared (module docstring).
    normal = widget.get("/AP", {}).get("/N") if isinstance(widget.get("/AP"), DictionaryObject) else None
    normal = normal.get_object() if normal is not None else None
    if isinstance(normal, DictionaryObject) and not isinstance(normal, StreamObject):
        # A PDF dictionary has no order (qpdf does not keep the file's): "Off" first, then by name.
        names = sorted((str(k)[1:] for k in normal.keys()), key=lambda state: (state != "Off", state))
        return [_exported(name, options) for name in names]
    return []


def _exported(state: str, options: Any) -> str:
    # `pdf_values.exported`: a state named by a position in the field's /Opt is the text there.
    options = options.get_object() if options is not None else None
    if isinstance(options, ArrayObject) and re.fullmatch(r"[0-9]{1,6}", state) and int(state) < len(options):
        chosen = options[int(state)].get_object()
        return str(chosen) if isinstance(chosen, str) and str(chosen) else state
    return state


def _rect(widget: DictionaryObject) -> Any:
    if "/Rect" not in widget:
        return None
    rect = widget["/Rect"].get_object()
    if not isinstance(rect, ArrayObject) or len(rect) != 4:
        return None  # a malformed /Rect: the field is listed without a place
    x0, y0, x1, y1 = (float(v) for v in rect)
    return normal_rect(x0, y0, x1, y1)


def _option(opt: PdfObject) -> tuple[str, str]:
    entry = opt.get_object()
    if isinstance(entry, ArrayObject) and len(entry) >= 2:
        return str(entry[0].get_object()), str(entry[1].get_object())
    return str(entry), str(entry)


def _value(kind: str, node: DictionaryObject, inherited: dict, widgets: list) -> str | None:
    raw = inherited.get("/V")
    if raw is None:  # `pdf_values.saved`: the value its boxes hold, when each that holds one agrees
        held = [w["/V"].get_object() for w in widgets if "/V" in w]
        raw = held[0] if held and all(v == held[0] for v in held[1:]) else None
    raw = raw.get_object() if raw is not None else None
    if kind in ("checkbox", "radio"):
        if isinstance(raw, NameObject):
            return _exported(str(raw)[1:], inherited.get("/Opt"))
        shown = [str(w["/AS"])[1:] for w in widgets if "/AS" in w]
        state = next((s for s in shown if s != "Off"), "Off" if shown else None)
        return None if state is None else _exported(state, inherited.get("/Opt"))
    if kind == "signature":  # a signature dictionary holds the signature's bytes (/Contents)
        if not isinstance(raw, DictionaryObject) or isinstance(raw, StreamObject):
            return None
        signs = isinstance(raw.get("/Contents"), ByteStringObject | TextStringObject)
        return "signed" if signs and raw.get("/Type") in (None, "/Sig", "/DocTimeStamp") else None
    if kind == "button" or raw is None or isinstance(raw, BooleanObject | NumberObject | FloatObject):
        return None  # no text: no viewer shows it as one (`pdf_unshown`)
    if isinstance(raw, StreamObject):
        return raw.get_data().decode("utf-8", errors="replace")
    if kind == "choice":
        labels = dict(_option(opt) for opt in node.get("/Opt", []))
        chosen = [str(v.get_object()) for v in raw] if isinstance(raw, ArrayObject) else [str(raw)]
        return "; ".join(labels.get(v, v) for v in chosen)
    return str(raw)
