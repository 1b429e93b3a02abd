"""A form whose CSV comes in ISO-8859-1 (Latin-1) (stop 64, fixes-88; trial-86's Perl sheet was Latin-1,
read as cp1252, the only single-byte choice): `[forms.reader] encoding` now takes `latin-1` and
`iso-8859-1`. Latin-1 reads every byte but 0x80-0x9F as Windows-1252 does; those are control characters
in Latin-1 and signs in Windows-1252, so a file holding one is refused naming both readings."""

from __future__ import annotations

import pytest
from marshmallow import ValidationError

from hub.adapters.language.config_rules import CsvReaderSchema
from hub.adapters.readers.tabular import read_csv
from hub.errors import UnreadableDocument

# "Kjær" with æ as 0xE6, as Perl writes a `use utf8` string to a handle without a layer.
SHEET = b"Mentor;Anne Kj\xe6r\r\nNote;god dag\r\n"


@pytest.mark.parametrize("name", ["latin-1", "iso-8859-1"])
def test_a_form_may_name_latin1_by_either_name(name: str) -> None:
    assert CsvReaderSchema().load({"encoding": name}) == {"encoding": name}


def test_an_encoding_the_reader_does_not_offer_is_still_refused() -> None:
    with pytest.raises(ValidationError):
        CsvReaderSchema().load({"encoding": "latin-9"})


@pytest.mark.parametrize("name", ["latin-1", "iso-8859-1"])
def test_latin1_bytes_are_read_as_latin1(name: str) -> None:
    extraction = read_csv(SHEET, "m.csv", encoding=name, delimiter=";")
    assert {v.key: v.value for v in extraction.values if v.key.startswith("B")} == {
        "B1": "Anne Kjær",
        "B2": "god dag",
    }
    assert extraction.meta["encoding"] == "iso8859-1"


def test_a_c1_byte_where_latin1_is_named_is_refused_at_its_row_with_both_readings() -> None:
    """0x96 is Windows-1252's en dash and Latin-1's control SPA: the note says "god–dag" in one of them."""
    data = b"Mentor;Anne Kj\xe6r\r\nNote;god\x96dag\r\n"
    with pytest.raises(UnreadableDocument) as caught:
        read_csv(data, "m.csv", encoding="latin-1", delimiter=";")
    (problem,) = caught.value.problems
    assert problem.locator == "row 2"
    assert problem.reason_en == (
        "the form expects ISO-8859-1 (Latin-1), but the file holds the byte 0x96, a control character in"
        ' Latin-1 and "god–dag" in Windows-1252 (ANSI): save it again as UTF-8 (in Excel: "CSV UTF-8"),'
        " or the form's encoding is cp1252"
    )
    assert problem.reason_da.startswith(
        "blanketten forventer ISO-8859-1 (Latin-1), men filen indeholder byten 0x96, et styretegn i Latin-1"
        ' og "god–dag" i Windows-1252 (ANSI)'
    )


def test_the_same_bytes_where_cp1252_is_named_read_as_before() -> None:
    data = b"Mentor;Anne Kj\xe6r\r\nNote;god\x96dag\r\n"
    extraction = read_csv(data, "m.csv", encoding="cp1252", delimiter=";")
    assert {v.key: v.value for v in extraction.values}["B2"] == "god–dag"
