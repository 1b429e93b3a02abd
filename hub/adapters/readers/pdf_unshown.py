"""A field's saved value (/V) that no viewer shows as what the field holds: read as none, and said.

A text field or list holds text (PDF 32000 12.7.4.3: a text string, or a stream of one); a signature field
holds a signature dictionary (12.8.1: its /Contents the signature's bytes). A filler that saved a boolean,
a number, a dictionary, a list of no text or a stream that cannot be unpacked in a text field left a value
that Firefox's viewer (pdf.js) shows as an empty box and poppler as whatever the box's appearance draws; a
signature field holding a text, a name or any dictionary without /Contents is shown unsigned by Acrobat and
poppler. The hub read such a signature field as "signed", and such a text as nothing: a required field was
"empty", an optional one dropped without a word, while the box may draw the mentor's name (decision 0060,
"Stop 56: values-64"). The reader reads none and says which value it is (`unshown`); where the field's box
draws text, or the value is a stream that does not unpack, a config that reads it is told at the field
(`pdf_extract`, `mapping.unshown_values`). A box drawing nothing is read as every viewer shows it: empty,
or unsigned.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import brotli
import pikepdf

from hub.adapters.readers import pdf_unpack
from hub.adapters.readers.pdf_garbled import garbled
from hub.adapters.readers.pdf_list_lines import value_text
from hub.adapters.readers.pdf_text import name_text, text

# What a value is, as the message names it: "boolean", "number", "object", "stream" ("broken" or "unknown"),
# "list", "text", "name", "garbled" (a text saved so no viewer shows it: "twice" or "no text"),
# "garbled_line" (the list's line it chooses so saved) or "damaged" (a box's value that is a "list" or an
# "object"); and its text.


def signature_held(raw: Any) -> bool:
    """Whether a signature field's value is a signature: a dictionary holding the signature's bytes
    (/Contents, a string), of /Type /Sig or /DocTimeStamp where it says one (a time stamp signs too)."""
    if not isinstance(raw, pikepdf.Dictionary) or isinstance(raw, pikepdf.Stream):
        return False
    kind = raw.get("/Type")
    return isinstance(raw.get("/Contents"), pikepdf.String) and kind in (None, "/Sig", "/DocTimeStamp")


def unshown(kind: str, raw: Any, options: Any = None) -> list[str] | None:
    """What a field's value is ([what, its text]) where no viewer shows it as the field's kind holds;
    None where it is read as before (no value, a text, a list's texts, a signature, a box's state).
    `options`: a list's /Opt, whose line the value chooses is judged as the value is."""
    if raw is None:
        return None
    if kind in _HOLD_TEXT and is_string(raw):
        # A text where one belongs (nearly every filled field), unless it is saved so that no viewer
        # shows it as text: encoded twice, or bytes that are no text (`pdf_garbled`); or it chooses a
        # list's line so saved.
        why = garbled(raw)
        if why is None and kind == "choice":
            return garbled_line([raw], options)
        return None if why is None else ["garbled", why]
    if kind == "signature":
        return None if signature_held(raw) else _what(raw)
    if kind in _BOXES and isinstance(raw, pikepdf.Array | pikepdf.Dictionary):
        # A box's value is a state's name (12.7.4.2.3); a list or a dictionary is no value any program
        # writes: read from the boxes' shown states it was the page's choice where they show one and "none"
        # where they show none (fuzz-96's six mutants), and viewers part on it. Said always, as damaged
        # (decision 0025, "Stop 66: fixes-100").
        return ["damaged", "list" if isinstance(raw, pikepdf.Array) else "object"]
    if kind not in ("text", "choice"):
        return None  # a box's value is its state; one that is no name is read from what the boxes show
    if isinstance(raw, pikepdf.Stream):
        # A stream that does not unpack refused the whole form, naming no field, though only this value
        # is lost: said at the field, as broken (damaged) or packed in a way the hub does not know.
        try:
            stream_bytes(raw)
        except pikepdf.DataDecodingError:
            return ["stream", "broken"]
        except NotImplementedError:
            return ["stream", "unknown"]
        return None
    if isinstance(raw, pikepdf.Array):
        # pdf.js shows a list's texts and passes over the rest; a list of no text at all shows nothing.
        items = list(raw)
        if items and not any(map(_is_text, items)):
            return ["list", ""]
        return (
            garbled_line([item for item in items if is_string(item)], options) if kind == "choice" else None
        )
    return None if _is_text(raw) else _what(raw)


def garbled_line(chosen: list[Any], options: Any) -> list[str] | None:
    """["garbled_line", why] where a string of `chosen` chooses a line of the list's `options` (/Opt) whose
    printed text no viewer shows (`pdf_garbled`: encoded twice, or no text): the value read would be that
    noise (decision 0025, "Stop 66: fixes-100"). None otherwise, as for a list without /Opt."""
    if not isinstance(options, pikepdf.Array) or not chosen:
        return None
    wanted = {text(item) for item in chosen}
    for opt in options:
        pair = list(opt) if isinstance(opt, pikepdf.Array) and len(opt) >= 2 else [opt, opt]
        # the chosen line first (a look-up), its printed text judged only then
        if wanted & set(map(value_text, pair)) and is_string(pair[1]) and (why := garbled(pair[1])):
            return ["garbled_line", why]
    return None


def garbled_option(opt: Any) -> bool:
    """Whether a list's line (an /Opt entry) prints a text no viewer shows (`pdf_garbled`)."""
    printed = opt[1] if isinstance(opt, pikepdf.Array) and len(opt) >= 2 else opt
    return is_string(printed) and garbled(printed) is not None


_HOLD_TEXT = ("text", "choice")
_BOXES = ("checkbox", "radio")


def is_string(obj: Any) -> bool:
    """`isinstance(obj, pikepdf.String)` in one look at the kind, not through pikepdf's class check
    (about a third of the instructions: asked two or three times for every filled text field)."""
    return type(obj) is pikepdf.Object and obj._type_code is _STRING


_STRING = pikepdf.ObjectType.string


def _is_text(obj: Any) -> bool:
    return isinstance(obj, pikepdf.String | pikepdf.Name)


def said_always(kind: str, what: list[str]) -> bool:
    """Whether a value is said even where the field's box draws nothing: a stream that does not unpack
    or a text saved so no viewer shows it (`pdf_garbled`): its text is lost, not shown as none; a box's
    or a list's line it chooses so saved; a box's value that is no state at all (damaged); and a
    signature field's dictionary without the signature's bytes (poppler's `pdfsig` lists it as a
    signature that fails its check, pdf.js shows nothing)."""
    return what[0] in ("stream", "garbled", "garbled_line", "damaged") or (
        kind == "signature" and what[0] == "object"
    )


def _what(raw: Any) -> list[str]:
    """A value that is not what its field holds, as [what, its text]."""
    if isinstance(raw, bool):
        return ["boolean", "true" if raw else "false"]
    if isinstance(raw, int | Decimal):
        return ["number", str(raw)]
    if isinstance(raw, pikepdf.String):
        return ["text", text(raw) or ""]
    if isinstance(raw, pikepdf.Name):
        return ["name", name_text(raw)]
    if isinstance(raw, pikepdf.Array):
        return ["list", ""]
    return ["object", ""]


def stream_bytes(stream: pikepdf.Stream) -> bytes:
    """A stream's decoded bytes; qpdf has no Brotli decoder (PDF 2.0 allows /BrotliDecode): that is ours.
    A stream that unpacks past the hub's limit raises `pdf_unpack.TooLarge` before it is unpacked whole."""
    pdf_unpack.check_size(stream)
    if text(stream.get("/Filter")) == "/BrotliDecode":
        try:
            return bytes(brotli.decompress(stream.read_raw_bytes()))
        except brotli.error as exc:
            raise pikepdf.DataDecodingError("a Brotli stream that does not unpack") from exc
    try:
        return stream.read_bytes()
    except pikepdf.DataDecodingError:
        raise  # a filter qpdf knows, on broken data: damaged
    except pikepdf.PdfError as exc:
        # qpdf refuses a stream whose filter it does not know ("unfilterable"): not damage, a format
        # the hub cannot read, which `pdf_reasons` tells as such.
        raise NotImplementedError("a stream filter the reader cannot decode") from exc
