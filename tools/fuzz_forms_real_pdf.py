"""The PDF mutators of `tools.fuzz_forms_real` (see there): a form saved incrementally twice, its value
changed and changed back; a box's or combo box's value made what its widgets do not show."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pikepdf

from tools.fuzz_forms_pdf import _open, _save, _terminals, state_name


def _append(data: bytes, pdf: pikepdf.Pdf, field: pikepdf.Object, value: pikepdf.Object) -> bytes:
    """`data` with one incremental update appended: the field's object again with `value`, a cross-
    reference section for it alone and a trailer pointing back at the previous one (/Prev)."""
    field.V = value
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    number, generation = field.objgen
    body = data if data.endswith(b"\n") else data + b"\n"
    at = len(body)
    body += b"%d %d obj\n" % (number, generation) + field.unparse(resolved=True) + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d %05d n \n" % (number, at, generation)
    trailer = pikepdf.Dictionary({k: v for k, v in pdf.trailer.items() if k not in ("/Prev", "/XRefStm")})
    trailer.Size, trailer.Prev = int(pdf.trailer.Size), prev
    return body + b"trailer\n" + trailer.unparse(resolved=True) + b"\nstartxref\n%d\n%%%%EOF\n" % xref


def saved_otherwise(
    pdf: pikepdf.Pdf, rng: random.Random, packable: bool = False
) -> tuple[int, pikepdf.String, bytes] | None:
    """A text field given another field's value, as the file is first saved: its index among the form's
    fields, its own value and the other one; None where the form has no two text values that differ.
    `packable`: only a field of generation 0, which an object stream can hold (`fuzz_forms_objstm`)."""
    fields = _terminals(pdf) if "/AcroForm" in pdf.Root else []
    texts = [f for f in fields if isinstance(f.get("/V"), pikepdf.String) and str(f.V).strip()]
    texts = [f for f in texts if f.objgen[1] == 0] if packable else texts
    if len(texts) < 2:
        return None
    field = rng.choice(texts)
    original = pikepdf.String(bytes(field.V))
    others = [f for f in texts if str(f.V) != str(original)]
    if not others:
        return None
    index = next(i for i, f in enumerate(fields) if f.objgen == field.objgen)
    other = bytes(rng.choice(others).V)
    field.V = pikepdf.String(other)  # the file as saved: another field's value, then it backwards
    return index, original, other


Append = Callable[[bytes, pikepdf.Pdf, pikepdf.Object, pikepdf.Object], bytes]


def updated_twice(
    data: bytes,
    rng: random.Random,
    save: Callable[[pikepdf.Pdf], bytes],
    append: Append,
    packable: bool = False,
) -> bytes | None:
    """The form saved (`save`) with a text field holding another field's value (`saved_otherwise`), then
    updated twice (`append`): that value backwards, then the seed's again. None where it does not apply."""
    pdf = _open(data)
    if (chosen := saved_otherwise(pdf, rng, packable)) is None:
        return None
    index, original, other = chosen
    saved = save(pdf)
    pdf = _open(saved)
    second = append(saved, pdf, _terminals(pdf)[index], pikepdf.String(other.decode("latin-1")[::-1]))
    pdf = _open(second)
    return append(second, pdf, _terminals(pdf)[index], original)


def pdf_incremental(data: bytes, rng: random.Random) -> bytes | None:
    """One text field's value saved as another in the file, changed again in an update appended to it,
    and changed back to the seed's in a second update: the form as its last revision says is the seed."""
    return updated_twice(data, rng, _classic, _append)


def _classic(pdf: pikepdf.Pdf) -> bytes:
    """The file with a cross-reference table and no object streams, as a form filler saves one."""
    return _save(pdf, pikepdf.ObjectStreamMode.disable)


def _states(field: pikepdf.Object) -> set[str]:
    """The states a button's widgets draw (their /AP /N names), /Off among them."""
    widgets = [field, *field.get("/Kids", [])]
    return {str(n) for w in widgets if "/AP" in w and "/N" in w.AP for n in w.AP.N.keys()}


def pdf_choice(data: bytes, rng: random.Random) -> bytes | None:
    """A check box's, radio group's or combo box's value made what its widgets do not show: a state no
    widget draws, the value gone while a widget shows its state on, two radio widgets on, a combo box's
    printed text or the index of an option instead of its export value, two options (a list)."""
    pdf = _open(data)
    fields = _terminals(pdf) if "/AcroForm" in pdf.Root else []
    choices = [f for f in fields if str(f.get("/FT", "")) in ("/Btn", "/Ch") and "/V" in f]
    if not choices:
        return None
    field = rng.choice(choices)
    if field.FT == "/Ch":
        options = [o for o in field.get("/Opt", []) if isinstance(o, pikepdf.Array) and str(o[0])]
        edits = [pikepdf.String("Ukendt"), pikepdf.Array([pikepdf.String("KH"), pikepdf.String("SD")])]
        if options:
            option = rng.choice(options)
            edits += [option[1], pikepdf.String(str(rng.randrange(len(options))))]
        field.V = rng.choice(edits)
        return _save(pdf)
    states = sorted(_states(field) - {"/Off"})
    choice = rng.randrange(3)
    if choice == 0 or not states:
        field.V = pikepdf.Name("/Maaske")
    elif choice == 1:
        del field["/V"]
        for widget in [field, *field.get("/Kids", [])]:
            if "/AS" in widget:
                widget.AS = state_name(rng.choice(states))
    else:
        for widget in field.get("/Kids", []) or [field]:
            drawn = sorted(_states(widget) - {"/Off"})
            if drawn:
                widget.AS = state_name(drawn[0])
    return _save(pdf)
