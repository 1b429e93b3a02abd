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
from collections.abc import Iterator
from dataclasses import dataclass

import pikepdf

from tools.pdf_mutants_rebuild import REBUILDS, inherited, utf16, valued

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


_ENCRYPTIONS = {
    "aes256": pikepdf.Encryption(owner="ejer", user="", R=6),
    "aes128": pikepdf.Encryption(owner="ejer", user="", R=4, aes=True),
    "rc4_128": pikepdf.Encryption(owner="ejer", user="", R=3, metadata=False, aes=False),
    "rc4_40": pikepdf.Encryption(owner="ejer", user="", R=2, metadata=False, aes=False),
    "aes256_password": pikepdf.Encryption(owner="ejer", user=PASSWORD, R=6),
    "rc4_password": pikepdf.Encryption(owner="ejer", user=PASSWORD, R=3, metadata=False, aes=False),
}


def _resaves(data: bytes) -> Iterator[Mutant]:
    """The same document, written otherwise by qpdf."""
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


def _rebuilds(data: bytes, rnd: random.Random) -> Iterator[Mutant]:
    """The same values, the form's objects arranged otherwise (`pdf_mutants_rebuild`)."""
    for name, (rebuild, changed) in REBUILDS.items():
        with _open(data) as pdf:
            rebuild(pdf, rnd)
            yield Mutant(name, _save(pdf, object_stream_mode=pikepdf.ObjectStreamMode.disable), changed)
    with _open(data) as pdf:  # a tool's own structure, then encrypted and packed by another
        inherited(pdf, rnd)
        utf16(pdf, rnd)
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
        fields = valued(pdf)
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
