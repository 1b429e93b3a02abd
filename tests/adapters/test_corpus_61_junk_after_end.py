"""Text or bytes appended after a PDF's end are no lost save (corpus-61, decision 0025 stop 53).

A file is "damaged PDF: the file ends before its last save" when its end is lost (no `startxref` or `%%EOF`
in its last 1024 bytes) and an earlier save is whole: what a cut leaves after that save is the next save's
objects. pdftk-java's `issue90.pdf` is one whole save followed by 2.6 KB of text, as a mail gateway or a
download appends: it was refused with those words, and a form so sent would have been refused although
every value is in it. The files are built here from the reportlab test form.
"""

from __future__ import annotations

import io

import pikepdf
import pytest
from test_readers_pdf import _form
from test_readers_pdf_hostile import _rejected, _values
from test_readers_pdf_revisions import _saved, _updated, _without

from hub.adapters.readers import pdf_reasons as reasons

# What a mail gateway appends to a message's attachment, longer than the 1024 bytes a reader looks in.
NOTICE = (
    b"\r\n--\r\nDenne e-mail og eventuelle vedhaeftede filer er fortrolige og kun til modtageren. "
    b"Har du modtaget den ved en fejl, bedes du slette den og give afsenderen besked.\r\n"
) * 12
WRITTEN = {"Borger.CPR": "0101901234", "cb_kh": "Yes", "cb_sd": "Off", "ansat": "jobcenter"}


def _appended(data: bytes, junk: bytes) -> bytes:
    sent = data + junk
    assert (
        b"%%EOF" not in sent[-1024:] and b"startxref" not in sent[-1024:]
    )  # its end is not where looked for
    return sent


@pytest.mark.parametrize(
    "junk", [NOTICE, bytes(range(128, 256)) * 12], ids=["a mail gateway's notice", "binary bytes"]
)
def test_a_form_with_text_after_its_end_is_read_with_its_values(junk: bytes) -> None:
    whole = _saved(pikepdf.open(io.BytesIO(_form())))
    read = _values(_appended(whole, junk), "praktikaftale.pdf")
    assert {key: read[key] for key in WRITTEN} == WRITTEN


@pytest.mark.parametrize("revision", [4, 6], ids=["AES-128", "AES-256"])
def test_an_encrypted_form_with_object_streams_and_text_after_its_end_is_read(revision: int) -> None:
    # qpdf's rebuild of such a file cannot decrypt it (its table is a stream): it was "damaged".
    buf = io.BytesIO()
    encryption = pikepdf.Encryption(owner="ejer", user="", R=revision, aes=True)
    pikepdf.open(io.BytesIO(_form())).save(
        buf, object_stream_mode=pikepdf.ObjectStreamMode.generate, encryption=encryption
    )
    read = _values(_appended(buf.getvalue(), NOTICE), "praktikaftale.pdf")
    assert {key: read[key] for key in WRITTEN} == WRITTEN


def test_a_form_saved_twice_whose_last_end_points_wrong_with_text_after_it_is_read() -> None:
    # A writer's slip in the last offset (OpenPDF's `pades_infinite_loop.pdf`, saved twice, points past the
    # file's end): qpdf mends it, and the text after the end changes nothing of that.
    whole = _saved(pikepdf.open(io.BytesIO(_form())))
    with pikepdf.open(io.BytesIO(whole)) as pdf:
        note = next(field for field in pdf.Root.AcroForm.Fields if str(field.T) == "Borger.CPR")
        twice = _updated(whole, {note.objgen[0]: _without(note)})  # saved again, the value as it was
    at = twice.rindex(b"startxref") + len(b"startxref\n")
    offset = twice[at:].split(b"\n")[0]
    slipped = twice[:at] + twice[at:].replace(offset, b"%d" % (len(twice) + 5000), 1)
    read = _values(_appended(slipped, NOTICE), "praktikaftale.pdf")
    assert {key: read[key] for key in WRITTEN} == WRITTEN


def test_a_letter_with_text_after_its_end_has_no_form_fields() -> None:
    # Not "damaged": qpdf rebuilds the file (it looks for its end in the last 1 KB only), all of it there.
    with pikepdf.open(io.BytesIO(_form())) as pdf:
        for page in pdf.pages:
            page.obj.Annots = pikepdf.Array()
        del pdf.Root["/AcroForm"]
        letter = _saved(pdf)
    problem = _rejected(_appended(letter, NOTICE), "brev.pdf")
    # ReportLab made the form (invariant mode: its /Producer says "(opensource)", its /Creator "anonymous")
    assert (problem.reason_en, problem.reason_da) == reasons.no_fields(
        ["ReportLab PDF Library - (opensource)"]
    )


def test_a_file_cut_in_an_update_after_its_earlier_end_is_still_a_lost_save() -> None:
    # The bytes after the earlier end are the update's objects: PDF, not junk.
    whole = _saved(pikepdf.open(io.BytesIO(_form())))
    with pikepdf.open(io.BytesIO(whole)) as pdf:
        note = next(field for field in pdf.Root.AcroForm.Fields if str(field.T) == "Borger.CPR")
        body = _without(note, "/V") + b"\n%" + b" " * 2000
        number = note.objgen[0]
    cut = whole + b"%d 0 obj\n%s\n" % (number, body)  # cut before its `endobj`, table and end
    problem = _rejected(cut, "praktikaftale.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.LOST_SAVE
