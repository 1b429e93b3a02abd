"""A list's lines (/Opt) judged as its values are (decision 0025, "Stop 66: fixes-100"): a line whose
printed text is encoded twice (a UTF-16 text inside a UTF-16 string, fixes-97's rule) is no choice a
viewer shows, so a value choosing it is refused as a value so saved is, and suggest is offered no such
line; and a UTF-16LE string (FF FE), which PDF does not define but qpdf, pypdf and pdf.js read, is judged
as they read it, not as PDFDocEncoding's "ÿþ" and control bytes. The form is ReportLab's test form
(`test_readers_pdf._form`) with its list `ydelse` given lines and a value by pikepdf."""

from __future__ import annotations

import io
from typing import Any

import pikepdf
from test_readers_pdf import _form

from hub.adapters.mapping.unshown_values import unshown_problem
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.pdf import read_pdf_unsandboxed


def _twice(word: str) -> bytes:
    """The word's UTF-16 (FE FF, then UTF-16BE) written again as UTF-16, a byte a character: xdvipdfmx's."""
    return b"\xfe\xff" + b"".join(b"\x00" + bytes([byte]) for byte in b"\xfe\xff" + word.encode("utf-16-be"))


def _le(word: str) -> bytes:
    return b"\xff\xfe" + word.encode("utf-16-le")


def _pdf_text(item: Any) -> Any:
    return (
        pikepdf.Array([pikepdf.String(i) for i in item]) if isinstance(item, list) else pikepdf.String(item)
    )


def _list(lines: list[Any], value: Any, field: str = "ydelse") -> SourceValue:
    pdf = pikepdf.open(io.BytesIO(_form()))
    (found,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == field]
    if lines:
        found.Opt = pikepdf.Array([_pdf_text(line) for line in lines])
    found.V = _pdf_text(value)
    out = io.BytesIO()
    pdf.save(out)
    extraction = read_pdf_unsandboxed(out.getvalue(), "aftale.pdf", True)
    return next(v for v in extraction.values if v.key == field)


LINES = [[b"kh", _twice("Kontanthjælp")], [b"sd", b"Sygedagpenge"]]


def test_a_value_choosing_a_line_encoded_twice_is_refused_as_the_line() -> None:
    read = _list(LINES, b"kh")
    assert read.value is None  # not the noise `þÿ\x00K\x00o...` it read
    assert read.meta["unshown"][:2] == ["garbled_line", "twice"]
    english, danish = unshown_problem(read)
    assert english.startswith(
        "the list's line the value chooses is saved in a form viewers cannot show (its text encoded twice; "
    )
    assert danish.startswith(
        "listens linje, som værdien vælger, er gemt på en måde, som PDF-programmer ikke kan vise (teksten er"
        " kodet to gange; "
    )


def test_several_lines_chosen_one_encoded_twice_is_refused() -> None:
    assert _list(LINES, [b"sd", b"kh"]).meta["unshown"][:2] == ["garbled_line", "twice"]


def test_another_line_reads_and_the_noise_is_offered_as_no_choice() -> None:
    read = _list(LINES, b"sd")
    assert read.value == "Sygedagpenge"
    assert "unshown" not in read.meta
    assert read.meta["states"] == ["Sygedagpenge"]  # what `hub adapters suggest` drafts from


def test_a_line_in_utf16le_reads_as_its_word() -> None:
    """qpdf reads FF FE as UTF-16LE, as pdf.js and pypdf do: the line and the value choosing it."""
    read = _list([b"A", _le("Sygedagpenge")], _le("Sygedagpenge"))
    assert read.value == "Sygedagpenge"
    assert read.meta["states"] == ["A", "Sygedagpenge"]


def test_utf16le_whose_bytes_look_like_controls_is_text() -> None:
    """Czech "Ďěčí" in UTF-16LE is 0F 01 1B 01 0D 01 ED 00: as PDFDocEncoding, control bytes nearly all,
    and it was refused as "bytes that are no text"."""
    read = _list([], _le("Ďěčí"), field="Borger.CPR")
    assert read.value == "Ďěčí"
    assert "unshown" not in read.meta


def test_utf16le_encoded_twice_is_said_so() -> None:
    read = _list([], b"\xff\xfe" + _le("Kontanthjælp"), field="note")
    assert read.meta["unshown"][:2] == ["garbled", "twice"]
