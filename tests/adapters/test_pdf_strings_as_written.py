"""A PDF string with no byte order mark is read as its producer wrote it, string by string: its bytes as
UTF-8 where they are UTF-8, else as PDFDocEncoding, the standard's (decision 0060, "Stop 74: fixes-137").
Producers write UTF-8 there (CAM::PDF, hyperref's `pdfencoding=pdfdoc`) beside PDFDocEncoding in the
same file, so the guess is each string's, not the document's.

Each value's bytes are written here by hand: "ø" is C3 B8 in UTF-8 and F8 in PDFDocEncoding, "Å" C3 85
and C5; 0x18 is PDFDocEncoding's breve.
"""

from __future__ import annotations

import io

import pikepdf
import pytest
from pipeline import GOLDEN, ingest, repository_registry

from hub.adapters.readers.pdf_text import text
from hub.errors import Rejection


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"S\xc3\xb8rensen", "Sørensen"),  # UTF-8
        (b"S\xf8rensen", "Sørensen"),  # PDFDocEncoding
        # UTF-8 whose second byte PDFDocEncoding reads as a sign (0x85, an en dash)
        (b"Morten \xc3\x85kj\xc3\xa6r", "Morten Åkjær"),
        # guards: as pikepdf reads them
        (b"\xc3\xa6 \xe6", "Ã¦ æ"),  # not UTF-8 as a whole: PDFDocEncoding
        (b"\xfe\xff\x00S\x00\xf8", "Sø"),  # UTF-16 by its mark
        (b"\xef\xbb\xbfS\xc3\xb8ren", "Søren"),  # UTF-8 by its mark
        (b"a\x18b", "a\u02d8b"),  # PDFDocEncoding's breve below 0x80, no UTF-8 text's
        (b"Jens Hansen", "Jens Hansen"),
    ],
)
def test_a_string_is_read_by_its_own_bytes(raw: bytes, expected: str) -> None:
    assert text(pikepdf.String(raw)) == expected


def _placement(values: dict[str, bytes]) -> bytes:
    pdf = pikepdf.open(GOLDEN / "gentofte" / "placement.pdf")
    for field in pdf.Root.AcroForm.Fields:
        if str(field.get("/T")) in values:
            field.V = pikepdf.String(values[str(field.T)])
    pdf.Root.AcroForm.NeedAppearances = True
    saved = io.BytesIO()
    pdf.save(saved)
    return saved.getvalue()


def test_one_field_of_utf8_and_another_of_pdfdocencoding_in_one_form_each_read_as_written() -> None:
    utf8 = b"Morten S\xc3\xb8rensen \xc3\x85kj\xc3\xa6r"
    data = _placement({"borger_navn": b"Freja S\xf8rensen", "mentor": utf8})
    record = ingest(repository_registry(), "gentofte", data, "aftale.pdf")
    assert record["citizen"]["name"] == "Freja Sørensen"
    assert record["mentor"]["name"] == "Morten Sørensen Åkjær"


def test_a_utf16_string_encoded_twice_by_windows_1252_is_guessed_by_it() -> None:
    # "Århus" saved as UTF-8, read as Windows-1252 ("Ã…rhus": 0x85 is its "…") and written as UTF-16:
    # undoing PDFDocEncoding first (0x83 is its "…") guessed "Ãrhus" (decision 0060, "Stop 72: fixes-127").
    data = _placement({"mentor": b"\xfe\xff" + "Morten Ã…rhus".encode("utf-16-be")})
    with pytest.raises(Rejection) as rejected:
        ingest(repository_registry(), "gentofte", data, "aftale.pdf")
    [problem] = rejected.value.problems
    assert problem.field == "mentor.name"
    assert "'Ã…rhus' should probably read 'Århus'" in problem.reason_en
