"""PDF mutators for `tools.fuzz_forms` (see `tools.fuzz_forms_text` for what a mutator is): one field of
a valid form given an odd value (odd strings, odd bytes, odd lengths, another PDF type than a string),
its value or name taken away, its kids made a loop; or the file's bytes damaged (cut short, the xref's
offsets broken). `tools.pdf_mutants` re-saves and rebuilds the forms (decision 0027); these change
what one field holds, where the mapping and validation steps are reached."""

from __future__ import annotations

import io
import random
import re
import warnings
from collections.abc import Callable
from typing import Any

import pikepdf

from tools.fuzz_forms_text import Mutator, odd_for, truncate

# Bytes a field's string may hold: broken UTF-16 (odd length, lone surrogate), UTF-8 read as
# PDFDocEncoding, PDFDocEncoding's undefined codes, a NUL, a BOM and nothing more.
ODD_BYTES = [
    b"\xfe\xff\x00",
    b"\xfe\xff\xd8\x00",
    b"\xfe\xff",
    b"\xff\xfe1\x002\x00",
    b"\xef\xbb\xbf12.08.2026",
    "S\u00f8ren".encode(),
    b"\x7f\x9f\xad",
    b"\x00" * 10,
    b"\xfe\xff" + "2026-02-30".encode("utf-16-be"),
    b"\xff" * 5000,
]


def _open(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def _save(pdf: pikepdf.Pdf, streams: pikepdf.ObjectStreamMode = pikepdf.ObjectStreamMode.preserve) -> bytes:
    """The file saved (`streams`: its objects packed in object streams or not). pikepdf warns
    (`PageCopyWarning`) of widgets no /AcroForm list reaches, as a form whose list names no fields
    (Hjørring's) has: meant, and a warning the suite's `filterwarnings = error` would make a failure."""
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
        pdf.save(out, deterministic_id=True, object_stream_mode=streams)
    return out.getvalue()


def _terminals(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    """The form's fields that hold a value (no kid of theirs has a name). A form whose /AcroForm lists
    no fields (Hjørring's PyPDF2 form points it at its page) has them as its pages' widgets, where the
    hub reads them: those named are its fields."""
    found: list[pikepdf.Object] = []
    todo = list(pdf.Root.AcroForm.get("/Fields", []))
    if not todo:
        todo = [a for page in pdf.pages for a in page.get("/Annots", []) if "/T" in a and "/Parent" not in a]
    while todo:
        field = todo.pop()
        kids = [k for k in field.get("/Kids", []) if "/T" in k]
        if kids:
            todo.extend(kids)
        else:
            found.append(field)
    return found


# The bytes a PDF name writes as they are (`#` and the delimiters escaped); any other byte as `#XX`.
_NAME_BYTE = frozenset(range(33, 127)) - frozenset(b"#/()<>[]{}%")


def state_name(state: str) -> pikepdf.Object:
    """The name a state read from the form says (`/Kontanthj#E6lp`): pikepdf gives a name whose bytes
    are not UTF-8 (PDF::API2's Latin-1 states, Ringsted's) as text with surrogates, which `pikepdf.Name`
    refuses, so the name is parsed from its bytes."""
    raw = state.encode("utf-8", "surrogateescape")[1:]
    return pikepdf.Object.parse(b"/" + b"".join(bytes([c]) if c in _NAME_BYTE else b"#%02X" % c for c in raw))


def _on_field(edit: Callable[[pikepdf.Pdf, pikepdf.Object, random.Random], None]) -> Mutator:
    """A mutator that makes `edit` to one field of the form, chosen by the seed (None: no field)."""

    def mutate(data: bytes, rng: random.Random) -> bytes | None:
        pdf = _open(data)
        fields = _terminals(pdf) if "/AcroForm" in pdf.Root else []
        if not fields:
            return None
        edit(pdf, rng.choice(fields), rng)
        return _save(pdf)

    mutate.__doc__ = edit.__doc__
    return mutate


@_on_field
def field_value(pdf: pikepdf.Pdf, field: pikepdf.Object, rng: random.Random) -> None:
    """One field's value replaced by an odd text fit to what it held, or by odd bytes."""
    if rng.random() < 0.6:
        field.V = pikepdf.String(odd_for(str(field.get("/V", "")), rng))
    else:
        field.V = pikepdf.String(rng.choice(ODD_BYTES))


@_on_field
def field_type(pdf: pikepdf.Pdf, field: pikepdf.Object, rng: random.Random) -> None:
    """One field's value made another PDF type: a name, number, array, dictionary, boolean, stream."""
    values: list[object] = [
        pikepdf.Name("/Off"),
        pikepdf.Name("/" + "\u00e6x"),
        42,
        1e300,
        pikepdf.Array([pikepdf.String("a"), 3]),
        pikepdf.Dictionary(A=1),
        True,
        pikepdf.Stream(pdf, b"1,5"),
    ]
    field.V = values[rng.randrange(len(values))]


@_on_field
def field_gone(pdf: pikepdf.Pdf, field: pikepdf.Object, rng: random.Random) -> None:
    """One field's value, name or whole self taken away, or its name made odd or a duplicate, or its
    type another."""
    choice = rng.randrange(5)
    if choice == 0 and "/V" in field:
        del field["/V"]
    elif choice == 1:
        del field["/T"]
    elif choice == 2:  # from the form's list of fields, or from its page where it has none
        holders: list[Any] = [pdf.Root.AcroForm.get("/Fields", [])]
        holders += [page.get("/Annots", []) for page in pdf.pages]
        for holder in holders:
            for i, top in reversed(list(enumerate(holder))):
                if top.objgen == field.objgen:
                    del holder[i]
    elif choice == 3:
        field.T = pikepdf.String(rng.choice(["", "a.b", "\x00", "x" * 5000, "Tekstfelt1"]))
    else:
        field.FT = pikepdf.Name(rng.choice(["/Ch", "/Btn", "/Sig", "/Zz"]))


@_on_field
def field_loop(pdf: pikepdf.Pdf, field: pikepdf.Object, rng: random.Random) -> None:
    """A field made its own kid, or its parent's: a loop a reader walking the tree must not follow."""
    field.Kids = pikepdf.Array([field])
    if rng.random() < 0.5:
        field.Parent = field


def acroform(data: bytes, rng: random.Random) -> bytes | None:
    """The form's dictionary damaged: /Fields not an array, gone, or the whole /AcroForm gone."""
    pdf = _open(data)
    if "/AcroForm" not in pdf.Root:
        return None
    choice = rng.randrange(3)
    if choice == 0:
        pdf.Root.AcroForm.Fields = pikepdf.Dictionary(A=1)
    elif choice == 1 and "/Fields" in pdf.Root.AcroForm:
        del pdf.Root.AcroForm["/Fields"]
    elif choice == 1:  # a form that lists no fields (Hjørring's): a list of none, its widgets on the page
        pdf.Root.AcroForm.Fields = pikepdf.Array()
    else:
        del pdf.Root["/AcroForm"]
    return _save(pdf)


def xref(data: bytes, rng: random.Random) -> bytes | None:
    """The cross-reference damaged: startxref pointing elsewhere, offsets shifted, the table garbled."""
    choice = rng.randrange(3)
    if choice == 0:
        return re.sub(rb"startxref\s+\d+", b"startxref\n" + str(rng.randrange(10**7)).encode(), data)
    if choice == 1:
        return re.sub(rb"(\d{10}) (\d{5}) n", lambda m: b"%010d %s n" % (int(m[1]) + 7, m[2]), data)
    at = data.rfind(b"xref")
    damaged = bytearray(data)
    for _ in range(6):
        damaged[rng.randrange(max(at, 0), len(data))] = rng.randrange(256)
    return bytes(damaged)


PDF: dict[str, Mutator] = {
    "field_value": field_value,
    "field_type": field_type,
    "field_gone": field_gone,
    "field_loop": field_loop,
    "acroform": acroform,
    "xref": xref,
    "truncate": truncate,
}
