"""Asking a PDF's pikepdf objects for their number and their keys cheaply: the few calls every part of
the PDF reader makes some hundred times a form (decision 0030)."""

from __future__ import annotations

from typing import Any

import pikepdf


def object_key(obj: Any) -> Any:
    """An indirect object's number; a direct object is only ever itself (its wrapper's id is not stable)."""
    # One call where there were three: every pikepdf object is of the one type `Object` (its kinds are
    # told by `_type_code`), and only an indirect one has a number, never (0, 0). Asked some hundred
    # times a form (each box's page, its appearance, the walk's visited nodes).
    if type(obj) is not pikepdf.Object:
        return None
    number = obj.objgen
    return number if number != _DIRECT else None


_DIRECT = (0, 0)


def entry(obj: Any, key: str) -> Any:
    """`obj.get(key)` of a pikepdf dictionary (or stream), None when missing or null, in a sixth of the
    time for a missing key: pikepdf's `get` raises and catches a KeyError inside (~2 µs against ~0.3),
    and most keys a reader asks for (/Kids of a leaf, /Parent of a root) are missing. A key the reader
    names itself is asked for as its `pikepdf.Name` (`KEYS`); any other (a font's name a stream gives)
    as the text it is."""
    name = KEYS.get(key, key)
    return obj[name] if name in obj else None


# The keys the reader asks a form's objects for, as pikepdf names: pikepdf answers `in` and `[]` with a
# name in about half the instructions it needs for the same key as text, which it converts to a name
# each time (decision 0030, "Stop 60: pdfread-70"). A name is the same key: only a dictionary or a
# stream is ever asked (an array would test a name as one of its items, and refuses text).
KEYS: dict[str, pikepdf.Name] = {
    key: pikepdf.Name(key)
    for key in (
        *("/T", "/TU", "/V", "/FT", "/Ff", "/Opt", "/Kids", "/Parent", "/Fields", "/Annots", "/Subtype"),
        *("/AP", "/N", "/AS", "/AA", "/F", "/DR", "/Font", "/NeedAppearances", "/Resources", "/Contents"),
        *("/Filter", "/DecodeParms", "/DP", "/Encoding", "/BaseFont", "/Differences", "/BaseEncoding"),
        *("/MediaBox", "/CropBox", "/Rotate", "/ToUnicode"),
    )
}


def integer(obj: Any) -> int:
    """A number of the file (pikepdf gives Python's) as an integer; 0 for none or any object."""
    return int(obj) if obj is not None and not isinstance(obj, pikepdf.Object) else 0


def form_of(pdf: pikepdf.Pdf) -> pikepdf.Dictionary | None:
    """The catalogue's /AcroForm dictionary, or None when it has none (or it does not resolve)."""
    form = pdf.Root.get("/AcroForm")
    return form if isinstance(form, pikepdf.Dictionary) else None
