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

pytestmark = pytest.mark.usefixtures("stop_readers")

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
