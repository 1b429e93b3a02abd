"""The hub's own forms, re-saved and damaged every way a municipality's tools might: mutants for
`tools.pdf_mutants_figures` (decision 0027, stop 39). Nothing here is written to the repository.

`mutants(data, seed)` yields `Mutant`s of one form PDF: re-saved by qpdf (object streams, linearized,
uncompressed, QDF, encrypted), rebuilt (appearances dropped, widgets split from their fields, /FT and
/V inherited, duplicate names, a text field made a choice, UTF-16 and PDFDocEncoding strings), updated
incrementally, and damaged in the bytes (truncated, offsets shifted, trailer or header gone, junk,
flipped bytes). The same `seed` gives the same bytes. `changed` is what the mutation did to the values
("" none; "values" a new value, which pikepdf must then be read for; "password" a real password).
"""

from __future__ import annotations

import io
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pikepdf

PASSWORD = "hemmelig"


@dataclass(frozen=True)
class Mutant:
    """One mutated file: its name (the mutation), its bytes, and what it did to the values."""

    name: str
    data: bytes
    changed: str = ""


def _save(pdf: pikepdf.Pdf, **options: object) -> bytes:
    buf = io.BytesIO()
    # qpdf draws an encrypted file's ID at random: fixed here. Its AES vectors stay random (pikepdf has no
    # option for them), so an AES mutant's bytes differ between runs; what it holds does not.
    fixed = {"static_id": True} if "encryption" in options else {"deterministic_id": True}
    pdf.save(buf, **fixed, **options)  # type: ignore[arg-type]
    return buf.getvalue()


def _open(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def _leaves(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """The terminal fields under /AcroForm /Fields (the hub's forms nest by name, never by widget)."""
    out: list[pikepdf.Dictionary] = []
    stack: list[pikepdf.Dictionary] = list(pdf.Root.AcroForm.Fields)  # type: ignore[arg-type]
    while stack:
        node = stack.pop()
        kids = node.get("/Kids")
        if isinstance(kids, pikepdf.Array) and any("/T" in k for k in kids):
            stack.extend(kids)  # type: ignore[arg-type]
        else:
            out.append(node)
    return out


def _valued(pdf: pikepdf.Pdf, kind: str = "/Tx") -> list[pikepdf.Dictionary]:
    return [f for f in _leaves(pdf) if f.get("/FT") == kind and isinstance(f.get("/V"), pikepdf.String)]


# Re-saves: the same document, written otherwise by qpdf.
_ENCRYPTIONS = {
    "aes256": pikepdf.Encryption(owner="ejer", user="", R=6),
    "aes128": pikepdf.Encryption(owner="ejer", user="", R=4, aes=True),
    "rc4_128": pikepdf.Encryption(owner="ejer", user="", R=3, metadata=False, aes=False),
    "rc4_40": pikepdf.Encryption(owner="ejer", user="", R=2, metadata=False, aes=False),
    "aes256_password": pikepdf.Encryption(owner="ejer", user=PASSWORD, R=6),
    "rc4_password": pikepdf.Encryption(owner="ejer", user=PASSWORD, R=3, metadata=False, aes=False),
}


def _resaves(data: bytes) -> Iterator[Mutant]:
    modes = pikepdf.ObjectStreamMode
    plans: dict[str, dict[str, object]] = {
        "objstm_generate": {"object_stream_mode": modes.generate},
        "objstm_disable": {"object_stream_mode": modes.disable},
        "linearized": {"linearize": True},
        "linearized_objstm": {"linearize": True, "object_stream_mode": modes.generate},
        "uncompressed": {"compress_streams": False, "stream_decode_level": pikepdf.StreamDecodeLevel.all},
        "qdf": {"qdf": True},
        "recompressed": {"recompress_flate": True, "stream_decode_level": pikepdf.StreamDecodeLevel.all},
    }
    plans.update({f"encrypted_{n}": {"encryption": e} for n, e in _ENCRYPTIONS.items()})
    plans["encrypted_aes256_objstm"] = {
        "encryption": _ENCRYPTIONS["aes256"],
        "object_stream_mode": modes.generate,
    }
    for name, options in plans.items():
        with _open(data) as pdf:
            yield Mutant(name, _save(pdf, **options), "password" if "password" in name else "")


# Rebuilds: the same values, the form's objects arranged otherwise.
def _no_appearances(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    for field in _leaves(pdf):
        for widget in field.get("/Kids", [field]):
            if "/AP" in widget and widget.get("/FT") != "/Btn":
                del widget["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True


def _widget_kids(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Every field split from its box: the field keeps its name, type and value, a kid is the widget."""
    for field in _leaves(pdf):
        if "/Kids" in field or "/Subtype" not in field:
            continue
        widget = pdf.make_indirect(pikepdf.Dictionary())
        for key in list(field.keys()):
            if key in ("/Type", "/Subtype", "/Rect", "/P", "/F", "/MK", "/BS", "/AP", "/AS", "/DA", "/Q"):
                widget[key] = field[key]
                del field[key]
        widget.Parent = field
        field.Kids = pikepdf.Array([widget])
        for page in pdf.pages:
            annots = page.obj.get("/Annots")
            if isinstance(annots, pikepdf.Array):
                page.obj.Annots = pikepdf.Array(widget if a.objgen == field.objgen else a for a in annots)


def _inherited(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """As `_widget_kids`, and the kids' values and types stated on a parent without a name of its own,
    which a field's full name does not count (PDF 32000 12.7.4.2: /FT and /V are inheritable)."""
    _widget_kids(pdf, rnd)
    for field in _leaves(pdf):
        if "/FT" in field and rnd.random() < 0.5:
            middle = pdf.make_indirect(pikepdf.Dictionary(FT=field.FT))
            if "/V" in field:
                middle.V = field.V
                del field["/V"]
            del field["/FT"]
            if "/Parent" in field:
                middle.Parent = field.Parent
            field.Parent = middle
            middle.Kids = pikepdf.Array([field])
            roots = pdf.Root.AcroForm.Fields
            pdf.Root.AcroForm.Fields = pikepdf.Array(middle if r.objgen == field.objgen else r for r in roots)


def _duplicates(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """A second box of some fields as a field of the same name and value (a form merged with a copy)."""
    for field in rnd.sample(_valued(pdf), min(3, len(_valued(pdf)))):
        copy = pdf.make_indirect(pikepdf.Dictionary({k: v for k, v in field.items() if k != "/AP"}))
        pdf.Root.AcroForm.Fields.append(copy)
        pdf.pages[-1].obj.Annots.append(copy)


def _choices(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Some text fields made combo boxes whose /Opt pairs an export value with the value as shown."""
    for index, field in enumerate(_valued(pdf)):
        if rnd.random() < 0.5:
            shown = field.V
            field.FT, field.Ff = pikepdf.Name.Ch, 1 << 17
            field.Opt = pikepdf.Array([pikepdf.Array([f"v{index}", shown]), pikepdf.Array(["x", "Andet"])])
            field.V = pikepdf.String(f"v{index}")


def _utf16(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Names and values as UTF-16BE with a byte order mark, as Adobe writes text beyond Latin-1."""
    for field in _leaves(pdf):
        for key in ("/T", "/V", "/TU"):
            if isinstance(field.get(key), pikepdf.String):
                field[key] = pikepdf.String(b"\xfe\xff" + str(field[key]).encode("utf-16-be"))


def _pdfdoc(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Values in PDFDocEncoding bytes, Danish letters included (a new value: "æøå ÆØÅ" appended)."""
    for field in _valued(pdf):
        if str(field.V):
            field.V = pikepdf.String((str(field.V) + " æøå ÆØÅ").encode("pdfdoc"))


def _boxes(pdf: pikepdf.Pdf) -> list[tuple[pikepdf.Dictionary, list[Any]]]:
    """The check boxes and radio groups, each with its widgets."""
    found: list[tuple[pikepdf.Dictionary, list[Any]]] = []
    for field in _leaves(pdf):
        if field.get("/FT") == "/Btn" and not int(field.get("/Ff", 0)) & (1 << 16):
            found.append((field, list(field.get("/Kids", [field]))))
    return found


def _shown_only(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """The boxes' values (/V) dropped: only the state each widget shows (/AS) says which is ticked."""
    for field, _widgets in _boxes(pdf):
        if "/V" in field:
            del field["/V"]


def _danish_states(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Each box's "on" state renamed to a Danish word (a name of UTF-8 bytes, written with #xx escapes)."""
    for field, widgets in _boxes(pdf):
        renamed: dict[str, pikepdf.Name] = {}
        for widget in widgets:
            appearance = widget.get("/AP")
            normal = appearance.get("/N") if isinstance(appearance, pikepdf.Dictionary) else None
            if not isinstance(normal, pikepdf.Dictionary):
                continue
            for state in [k for k in normal.keys() if k != "/Off"]:
                new = renamed.setdefault(state, pikepdf.Name(f"/Tilkendt_{len(renamed)}_æøå"))
                normal[new] = normal[state]
                del normal[state]
                if widget.get("/AS") == state:
                    widget.AS = new
        if isinstance(field.get("/V"), pikepdf.Name) and str(field.V) in renamed:
            field.V = renamed[str(field.V)]


def _nested(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Dotted partial names ("Borger.CPR") made a tree of fields, as Acrobat saves them: a parent
    "Borger" with a kid "CPR"; the full names stay the same."""
    parents: dict[str, pikepdf.Dictionary] = {}
    roots = pikepdf.Array()
    for field in list(pdf.Root.AcroForm.Fields):
        parts = str(field.get("/T", "")).split(".")
        if len(parts) < 2 or "/Kids" in field:
            roots.append(field)
            continue
        parent = None
        for depth in range(1, len(parts)):
            path = ".".join(parts[:depth])
            if path not in parents:
                node = pdf.make_indirect(pikepdf.Dictionary(T=pikepdf.String(parts[depth - 1]), Kids=[]))
                if parent is None:
                    roots.append(node)
                else:
                    node.Parent = parent
                    parent.Kids.append(node)
                parents[path] = node
            parent = parents[path]
        field.T = pikepdf.String(parts[-1])
        field.Parent = parent
        parent.Kids.append(field)  # type: ignore[union-attr]
    pdf.Root.AcroForm.Fields = roots


def _names_as_values(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Choice values written as names (/V /Acceptabel, spaces as #20), as some form tools write them."""
    for field in _valued(pdf, "/Ch"):
        field.V = pikepdf.Name("/" + str(field.V))


_REBUILDS: dict[str, tuple[Callable[[pikepdf.Pdf, random.Random], None], str]] = {
    "no_appearances": (_no_appearances, ""),
    "widget_kids": (_widget_kids, ""),
    "inherited_ft_v": (_inherited, ""),
    "duplicate_names": (_duplicates, ""),
    "opt_choices": (_choices, ""),
    "utf16_bom": (_utf16, ""),
    "pdfdoc_danish": (_pdfdoc, "values"),
    "boxes_shown_only": (_shown_only, ""),
    "box_states_danish": (_danish_states, "values"),
    "dotted_names_nested": (_nested, ""),
    "choice_values_as_names": (_names_as_values, ""),
}


def _rebuilds(data: bytes, rnd: random.Random) -> Iterator[Mutant]:
    for name, (rebuild, changed) in _REBUILDS.items():
        with _open(data) as pdf:
            rebuild(pdf, rnd)
            yield Mutant(name, _save(pdf, object_stream_mode=pikepdf.ObjectStreamMode.disable), changed)
    with _open(data) as pdf:  # a tool's own structure, then encrypted and packed by another
        _inherited(pdf, rnd)
        _utf16(pdf, rnd)
        options = {
            "encryption": _ENCRYPTIONS["aes128"],
            "object_stream_mode": pikepdf.ObjectStreamMode.generate,
        }
        yield Mutant("inherited_utf16_aes128_objstm", _save(pdf, **options))


def _incremental(data: bytes, rnd: random.Random) -> Iterator[Mutant]:
    """A field's value changed by an appended update (a new object, xref section and trailer), on the
    file as it is and on a copy packed in object streams (the update's classic section then points back
    to a cross-reference stream)."""
    yield from _updated(data, rnd, "incremental_value")
    with _open(data) as pdf:
        packed = _save(pdf, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    yield from _updated(packed, rnd, "incremental_value_objstm")


def _updated(data: bytes, rnd: random.Random, name: str) -> Iterator[Mutant]:
    with _open(data) as pdf:
        fields = _valued(pdf)
        if not fields:
            return
        field = rnd.choice(fields)
        number = field.objgen[0]
        body = {k: v for k, v in field.items()}
        body["/V"] = pikepdf.String("Ændret i en opdatering")
        text = pikepdf.Dictionary(body).unparse()
        size, root = int(pdf.trailer.Size), pdf.Root.objgen[0]
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    out = bytearray(data)
    offset = len(out)
    out += b"%d 0 obj\n%s\nendobj\n" % (number, text)
    xref = len(out)
    out += b"xref\n%d 1\n%010d 00000 n \n" % (number, offset)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\n" % (size, root, prev)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    yield Mutant(name, bytes(out), "values")


def _damages(data: bytes, rnd: random.Random) -> Iterator[Mutant]:
    """The bytes damaged as transfers and careless tools damage them."""
    with _open(data) as pdf:
        classic = _save(pdf, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    size = len(classic)
    for cut in sorted(rnd.sample(range(16, size), 8)) + [size - 30, size - 8]:
        yield Mutant(f"truncated_at_{cut}", classic[:cut])
    xref = classic.rindex(b"\nxref\n") + 1
    shift = rnd.choice([-7, -1, 1, 3, 40])
    entries = re.sub(
        rb"(\d{10}) (\d{5}) n",
        lambda m: b"%010d %s n" % (max(0, int(m[1]) + shift), m[2]),
        classic[xref:],
    )
    yield Mutant(f"xref_offsets_shifted_{shift}", classic[:xref] + entries)
    trailer = classic.rindex(b"trailer")
    yield Mutant("trailer_removed", classic[:trailer] + classic[classic.index(b"startxref", trailer) :])
    start = classic.rindex(b"startxref")
    yield Mutant("startxref_wrong", classic[:start] + b"startxref\n%d\n%%%%EOF\n" % rnd.randrange(size))
    streams = [m.end() for m in re.finditer(rb"stream\r?\n", classic)]
    if streams:
        flipped = bytearray(classic)
        for at in rnd.sample(streams, min(3, len(streams))):
            for k in range(4):
                flipped[at + 2 + k] ^= 0xFF
        yield Mutant("stream_bytes_flipped", bytes(flipped))
    yield Mutant("header_missing", classic[classic.index(b"\n") + 1 :])
    yield Mutant("junk_before_header", bytes(rnd.randrange(256) for _ in range(600)) + classic)
    yield Mutant("two_eof", classic + b"\n%%EOF\n%%EOF\n")
    yield Mutant("crlf_line_ends", classic.replace(b"endobj\n", b"endobj\r\n"))


def mutants(data: bytes, seed: int = 39) -> Iterator[Mutant]:
    """Every mutant of one form PDF, the same bytes for the same `seed`."""
    rnd = random.Random(seed)
    yield from _resaves(data)
    yield from _rebuilds(data, rnd)
    yield from _incremental(data, rnd)
    yield from _damages(data, rnd)
