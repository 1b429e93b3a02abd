"""A PDF string holding UTF-8 bytes, read as PDFDocEncoding (its own encoding, which the string names by
having no byte order mark), is refused as encoded twice with the guess that undoes PDFDocEncoding, not
Windows-1252 (decision 0060, "Stop 72: fixes-127"). The two differ in 0x80-0x9F, where UTF-8's second
byte of the capitals "Å" (0x85), "Æ" (0x86) and "Ø" (0x98) falls: trial-124's CAM::PDF wrote "Åkjær"'s
UTF-8 into a field, read as "Ã–kjÃ¦r", which Windows-1252 reads back as "Ökjær"."""

from __future__ import annotations

import io

import pikepdf
import pytest
from marshmallow import ValidationError
from pipeline import GOLDEN, ingest, repository_registry
from test_encoded_twice import _Named  # a schema of one name, `Text`

from hub.errors import Rejection
from hub.schemas.twice_encoded import text_read_as

EN = (
    "looks encoded twice: '{0}' should probably read '{1}' (text saved as UTF-8 was read as {2}"
    " and saved again): correct it where it was written and send the file again"
)
DA = (
    "Ser ud til at være kodet to gange: '{0}' skulle nok være '{1}' (tekst gemt som UTF-8 blev læst som"
    " {2} og gemt igen): ret den, hvor den blev skrevet, og send filen igen."
)


# The misread words spelled by hand from PDFDocEncoding's table (PDF 1.7, annex D.2): 0x85 is "–" (en
# dash), 0x86 "ƒ", 0x98 "Ÿ"; "æ" (C3 A6) and "ø" (C3 B8) read "Ã¦" and "Ã¸" as in Latin-1. Windows-1252
# reads 0x85 as "…", 0x86 as "†", 0x98 as "˜": these three words read back to other text by it, or none.
@pytest.mark.parametrize(
    ("wrong", "right"),
    [("Ã–kjÃ¦r", "Åkjær"), ("ÃƒbelÃ¸", "Æbelø"), ("ÃŸster", "Øster")],
)
def test_a_capital_read_as_pdfdocencoding_is_guessed_by_it(wrong: str, right: str) -> None:
    with text_read_as("pdfdoc"), pytest.raises(ValidationError) as refused:
        _Named().load({"name": f"Ane {wrong}"})
    assert refused.value.messages == {"name": [EN.format(wrong, right, "PDFDocEncoding")]}


def test_outside_a_pdf_the_same_text_is_guessed_by_windows_1252() -> None:
    # "–" is Windows-1252's 0x96: C3 96 is "Ö". A CSV's text is no PDF string.
    with pytest.raises(ValidationError) as refused:
        _Named().load({"name": "Ã–kjÃ¦r"})
    assert refused.value.messages == {"name": [EN.format("Ã–kjÃ¦r", "Ökjær", "Windows-1252")]}


def test_a_pdf_field_holding_utf8_bytes_is_refused_with_the_name_meant() -> None:
    pdf = pikepdf.open(GOLDEN / "gentofte" / "placement.pdf")
    [field] = [f for f in pdf.Root.AcroForm.Fields if f.get("/T") == "mentor"]
    field.V = pikepdf.String("Morten Åkjær".encode())  # UTF-8 bytes, no byte order mark: as CAM::PDF writes
    pdf.Root.AcroForm.NeedAppearances = True
    saved = io.BytesIO()
    pdf.save(saved)
    with pytest.raises(Rejection) as rejected:
        ingest(repository_registry(), "gentofte", saved.getvalue(), "aftale.pdf")
    [problem] = rejected.value.problems
    assert (problem.field, problem.locator) == ("mentor.name", 'field "mentor" ("Mentor") on page 1')
    assert (problem.reason_en, problem.reason_da) == (
        EN.format("Ã–kjÃ¦r", "Åkjær", "PDFDocEncoding"),
        DA.format("Ã–kjÃ¦r", "Åkjær", "PDFDocEncoding"),
    )
