"""What one form field holds, as the hub reports it: its kind (text, checkbox, radio, choice...), the
states its boxes or options offer, and its value as text.

The reading of the document, its sandbox and its caps are `pdf`'s; this is the PDF's own vocabulary of
field types, flags, appearance states and value objects (PDF 32000 12.7), read from one field's nodes.
"""

from __future__ import annotations

from typing import Any

import brotli
import pikepdf

from hub.adapters.readers import pdf_unpack
from hub.adapters.readers.pdf_fields import entry
from hub.adapters.readers.pdf_text import name_text, no_nul, text


def kind(inherited: dict) -> str:
    """A field's kind from its (inherited) type and flags: "button", "radio", "checkbox", "text",
    "choice", "signature" or "unknown"."""
    field_type, flags = text(inherited.get("/FT")), _integer(inherited.get("/Ff"))
    if field_type == "/Btn":
        return "button" if flags & (1 << 16) else "radio" if flags & (1 << 15) else "checkbox"
    return {"/Tx": "text", "/Ch": "choice", "/Sig": "signature"}.get(str(field_type), "unknown")


def _integer(obj: Any) -> int:
    return int(obj) if obj is not None and not isinstance(obj, pikepdf.Object) else 0


def states(kind: str, node: Any, shown: list[list[str]]) -> list[str]:
    """A field's states: a choice's options, or the states its boxes can show (`shown`, each box's)."""
    if kind == "choice":
        options = node.get("/Opt")
        return [_option(opt)[1] for opt in options] if isinstance(options, pikepdf.Array) else []
    states: list[str] = []
    for own in shown:
        states += [s for s in own if s not in states]
    return states


def widget_states(widget: Any) -> list[str]:
    """The states a checkbox or radio widget can show (its `/AP /N` keys): "Off" and its export value."""
    appearance = widget.get("/AP")
    normal = appearance.get("/N") if isinstance(appearance, pikepdf.Dictionary) else None
    if isinstance(normal, pikepdf.Dictionary):
        # A PDF dictionary has no order (qpdf does not keep the file's): "Off" first, then by name.
        return sorted(map(name_text, normal.keys()), key=lambda state: (state != "Off", state))
    return []


def shown_apart(kind: str, inherited: dict, widgets: list) -> str | None:
    """What the boxes of a checkbox or radio group show (their on-states joined, "Off" for none) where
    that is not what its value (/V) says; None where the two agree, or where the boxes do not all say.

    A program that fills a form by setting the value alone (or the boxes alone) leaves a page showing
    "Nej" chosen while the value says "Ja": a reader of the page and a reader of the value see two
    answers, and which one the sender meant is not the hub's to guess (decision 0060, "Eleventh trial").
    Compared as the file names them, before `/Opt` gives them their export values."""
    raw = inherited.get("/V")
    shown = [entry(w, "/AS") for w in widgets]
    if kind not in ("checkbox", "radio") or not isinstance(raw, pikepdf.Name) or not shown:
        return None
    if not all(isinstance(state, pikepdf.Name) for state in shown):
        return None  # a box without its shown state (/AS) is drawn from the value: nothing to compare
    on = sorted({name_text(state) for state in shown} - {"Off"})
    saved = name_text(raw)
    if on == ([] if saved == "Off" else [saved]):
        return None
    return ", ".join(on) or "Off"


def _option(opt: Any) -> tuple[str, str]:
    """An /Opt entry as (export value, display text)."""
    if isinstance(opt, pikepdf.Array) and len(opt) >= 2:
        return _value_text(opt[0]) or "", _value_text(opt[1]) or ""
    return _value_text(opt) or "", _value_text(opt) or ""


def value(kind: str, node: Any, inherited: dict, widgets: list) -> str | None:
    """The field's value as text, None when it has none (a button has none; a signature is "signed")."""
    raw = inherited.get("/V")
    if kind in ("checkbox", "radio"):
        if isinstance(raw, pikepdf.Name):
            return name_text(raw)
        # No /V: the widgets' appearance states say what is shown (a checked one wins).
        shown = [name_text(w["/AS"]) for w in widgets if isinstance(entry(w, "/AS"), pikepdf.Name)]
        return next((s for s in shown if s != "Off"), "Off" if shown else None)
    if kind == "signature":
        return "signed" if raw is not None else None
    if kind == "button" or raw is None:
        return None
    if isinstance(raw, pikepdf.Stream):  # rich text values may be streams
        return no_nul(_stream_bytes(raw).decode("utf-8", errors="replace"))
    if kind == "choice":
        options = node.get("/Opt")
        labels = dict(_option(opt) for opt in options) if isinstance(options, pikepdf.Array) else {}
        chosen = _texts(raw)
        return (
            "; ".join(labels.get(v, v) for v in chosen) if chosen or isinstance(raw, pikepdf.Array) else None
        )
    return "; ".join(_texts(raw)) if isinstance(raw, pikepdf.Array) else _value_text(raw)


def _texts(raw: Any) -> list[str]:
    """A value's texts: an array's strings (a list box's choices), or the one string; no objects."""
    items = list(raw) if isinstance(raw, pikepdf.Array) else [raw]
    return [t for t in map(_value_text, items) if t is not None]


def _value_text(obj: Any) -> str | None:
    """A field value's text. A value written as a name (/V /Acceptabel, as some form tools write a
    choice) is the word it spells: `text` keeps a name's slash, which is right for a type or filter,
    but a slash no one typed would then fail every mapping of the choice (decision 0027, stop 39).
    A boolean is no text anyone typed (pikepdf gives Python's `True`, which a name was accepted with:
    decision 0064, stop 48): none, as a dictionary is; a number is the digits it was written with."""
    if isinstance(obj, bool):
        return None
    return name_text(obj) if isinstance(obj, pikepdf.Name) else text(obj)


def _stream_bytes(stream: pikepdf.Stream) -> bytes:
    """A stream's decoded bytes; qpdf has no Brotli decoder (PDF 2.0 allows /BrotliDecode): that is ours.
    A stream that unpacks past the hub's limit raises `pdf_unpack.TooLarge` before it is unpacked whole."""
    pdf_unpack.check_size(stream)
    if text(stream.get("/Filter")) == "/BrotliDecode":
        return bytes(brotli.decompress(stream.read_raw_bytes()))
    try:
        return stream.read_bytes()
    except pikepdf.DataDecodingError:
        raise  # a filter qpdf knows, on broken data: damaged
    except pikepdf.PdfError as exc:
        # qpdf refuses a stream whose filter it does not know ("unfilterable"): not damage, a format
        # the hub cannot read, which `pdf_reasons` tells as such.
        raise NotImplementedError("a stream filter the reader cannot decode") from exc
