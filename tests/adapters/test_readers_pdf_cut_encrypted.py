"""An encrypted form cut short loses its trailer, and with it /Encrypt: qpdf rebuilds the file without
decrypting it, and its fields read as noise (corpus-50: an AES-256 form cut in half gave six fields whose
names and values were ciphertext). It is told damaged, not read. The forms are built here: the
reportlab test form, encrypted by pikepdf, cut at half its length."""

from __future__ import annotations

import io

import pikepdf
import pytest
from test_readers_pdf import _form

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf import read_pdf
from hub.errors import UnreadableDocument

_ENCRYPTIONS = {
    # Owner password only: the file opens without one, as most locked official forms do.
    "aes256-owner": pikepdf.Encryption(owner="ejer", user="", R=6),
    "aes128-owner": pikepdf.Encryption(owner="ejer", user="", R=4),
    "rc4-owner": pikepdf.Encryption(owner="ejer", user="", R=3, aes=False, metadata=False),
    "aes256-user": pikepdf.Encryption(owner="ejer", user="bruger", R=6),
}


def _cut(encryption: pikepdf.Encryption | None) -> bytes:
    """The form (encrypted if asked), its first half only."""
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(_form())) as pdf:
        if encryption is None:
            pdf.save(out)
        else:
            pdf.save(out, encryption=encryption)
    data = out.getvalue()
    return data[: len(data) // 2]


@pytest.mark.parametrize("name", sorted(_ENCRYPTIONS))
def test_an_encrypted_form_cut_short_is_damaged_not_read_as_noise(name: str) -> None:
    data = _cut(_ENCRYPTIONS[name])
    assert b"/Encrypt" not in data  # the trailer went with the second half
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(data, "afkortet.pdf")
    (problem,) = info.value.problems
    assert (problem.reason_en, problem.reason_da) == reasons.DAMAGED_STRUCTURE


def test_the_same_form_unencrypted_and_cut_short_is_still_read() -> None:
    read = read_pdf(_cut(None), "afkortet.pdf")
    values = {value.key: value.value for value in read.values}
    assert values["Borger.CPR"] == "0101901234"  # as the form was filled (test_readers_pdf._form)
    assert read.meta["repaired"] is True


def test_a_cut_form_whose_appearances_have_a_few_broken_bytes_is_still_read() -> None:
    # qpdf's fuzz file 6322553212960768: a /DA with a few bytes broken is damage, not ciphertext; the
    # field is read as pikepdf reads it.
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(_form())) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and "/DA" in obj:
                obj.DA = pikepdf.String(b"/Helv 0 Tf 0 g \xe8\xe8")
        pdf.save(out)
    data = out.getvalue()
    read = read_pdf(data[: len(data) // 2], "afkortet.pdf")
    assert {value.key: value.value for value in read.values}["Borger.CPR"] == "0101901234"


def _without_appearances(data: bytes, texts: dict[str, pikepdf.String] | None = None) -> bytes:
    """The form without any /DA (a form of boxes needs none; pdfium's test forms have none), every
    field's name, value and tooltip replaced by `texts` when given."""
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                if "/DA" in obj:
                    del obj["/DA"]
                for key, text in (texts or {}).items():
                    if key in obj:
                        obj[key] = text
        pdf.save(out)
    return out.getvalue()


def _cut_half(data: bytes, encryption: pikepdf.Encryption | None) -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, **({"encryption": encryption} if encryption else {}))
    saved = out.getvalue()
    return saved[: len(saved) // 2]


@pytest.mark.parametrize("name", ["aes256-owner", "aes128-owner"])
def test_an_aes_form_without_appearances_cut_short_is_damaged_not_read_as_noise(name: str) -> None:
    # Told by its names, values and tooltips: each a 16-byte starting vector and whole 16-byte blocks of
    # noise under AES (corpus-53: 40 of 202 corpus forms, AES-256 and cut in half, read as ciphertext).
    data = _cut_half(_without_appearances(_form()), _ENCRYPTIONS[name])
    assert b"/Encrypt" not in data and b"/DA" not in data
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(data, "afkortet.pdf")
    (problem,) = info.value.problems
    assert (problem.reason_en, problem.reason_da) == reasons.DAMAGED_STRUCTURE


def test_a_form_without_appearances_unencrypted_and_cut_short_is_still_read() -> None:
    read = read_pdf(_cut_half(_without_appearances(_form()), None), "afkortet.pdf")
    assert {value.key: value.value for value in read.values}["Borger.CPR"] == "0101901234"


def test_utf16_texts_of_the_aes_shape_are_text_not_noise() -> None:
    # 15 characters in UTF-16 with its byte order mark are 32 bytes, half of them zero: the length AES
    # gives and noise by the bytes, but text. The form is cut short, unencrypted, and still read.
    text = pikepdf.String(b"\xfe\xff" + "Ansøgers navn 1".encode("utf-16-be"))
    assert len(bytes(text)) == 32
    data = _without_appearances(_form(), {"/T": text, "/TU": text, "/V": text})
    read = read_pdf(_cut_half(data, None), "afkortet.pdf")
    assert read.values and {value.key for value in read.values} == {"Ansøgers navn 1"}
    assert read.meta["repaired"] is True
