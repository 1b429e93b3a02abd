"""A PDF string holding UTF-8 bytes, read as PDFDocEncoding (its own encoding, which the string names by
having no byte order mark), is refused as encoded twice with the guess that undoes PDFDocEncoding, not
Windows-1252 (decision 0060, "Stop 72: fixes-127"). The two differ in 0x80-0x9F, where UTF-8's second
byte of the capitals "Å" (0x85), "Æ" (0x86) and "Ø" (0x98) falls: trial-124's CAM::PDF wrote "Åkjær"'s
UTF-8 into a field, read as "Ã–kjÃ¦r", which Windows-1252 reads back as "Ökjær".

A PDF string of UTF-8 bytes is now read as UTF-8 (decision 0060, "Stop 74: fixes-137":
`test_pdf_strings_as_written`), so a PDF's record is checked as any other's: the guess by an encoding
named is the check's, kept here for the text given it.
"""

from __future__ import annotations

import pytest
from marshmallow import ValidationError
from test_encoded_twice import _Named  # a schema of one name, `Text`

from hub.schemas.twice_encoded import text_read_as

EN = (
    "looks encoded twice: '{0}' should probably read '{1}' (text saved as UTF-8 was read as {2}"
    " and saved again): correct it where it was written and send the file again"
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
