"""A CSV's encoding (decision 0048): bytes that prove UTF-8 are read as UTF-8 whatever the form names,
bytes the form's encoding cannot read are refused naming the encoding they are in, and a kept reading is
known to be today's (or not) without the bytes."""

from __future__ import annotations

import pytest

from hub.adapters.readers import csv_text
from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.readers.tabular import read_csv
from hub.errors import UnreadableDocument

TEXT = "Navn;Åsa Ødegård-Ærenlund\nYdelse;Kontanthjælp\nArbejdssted;Falck Søborg\n"
NAMES = {"B1": "Åsa Ødegård-Ærenlund", "B2": "Kontanthjælp", "B3": "Falck Søborg"}


def _cells(extraction: Extraction) -> dict[str, str | None]:
    return {v.key: v.value for v in extraction.values if v.key.startswith("B")}


@pytest.mark.parametrize(
    ("data", "asked", "found"),
    [
        # Excel's "CSV UTF-8": a BOM proves UTF-8, whatever the form's encoding.
        (csv_text.BOM + TEXT.encode("utf-8"), "cp1252", "utf-8-sig"),
        (csv_text.BOM + TEXT.encode("utf-8"), "utf-8", "utf-8-sig"),
        (csv_text.BOM + TEXT.encode("utf-8"), "auto", "utf-8-sig"),
        # Valid UTF-8 with multi-byte sequences where a single-byte code page is named: UTF-8.
        (TEXT.encode("utf-8"), "cp1252", "utf-8"),
        # The form's own encoding, where the bytes are in it.
        (TEXT.encode("cp1252"), "cp1252", "cp1252"),
        (TEXT.encode("cp1252"), "auto", "cp1252"),
        (TEXT.encode("utf-8"), "utf-8-sig", "utf-8-sig"),
    ],
    ids=["bom-cp1252", "bom-utf8", "bom-auto", "utf8-cp1252", "cp1252-cp1252", "cp1252-auto", "utf8-utf8sig"],
)
def test_bytes_that_prove_utf8_are_read_as_utf8(data: bytes, asked: str, found: str) -> None:
    extraction = read_csv(data, "p.csv", encoding=asked, delimiter=";")
    assert _cells(extraction) == NAMES
    assert extraction.meta["encoding"] == found


def test_ascii_alone_is_read_in_the_forms_encoding() -> None:
    extraction = read_csv(b"Navn;Ahmad Rahimi\n", "p.csv", encoding="cp1252")
    assert extraction.meta["encoding"] == "cp1252"
    assert _cells(extraction) == {"B1": "Ahmad Rahimi"}


def test_danish_cp1252_is_never_taken_for_utf8() -> None:
    # Every Danish letter, each before every other and before the ASCII letters: no pair of them is a
    # valid UTF-8 sequence, so a cp1252 file of Danish text is read as cp1252.
    letters = "æøåÆØÅéü"
    text = "".join(a + b for a in letters for b in letters + "aeiou .;") + "\n"
    assert read_csv(text.encode("cp1252"), "p.csv", encoding="cp1252").meta["encoding"] == "cp1252"


@pytest.mark.parametrize("asked", ["utf-8", "utf-8-sig"])
def test_cp1252_bytes_where_utf8_is_expected_are_refused_naming_both(asked: str) -> None:
    data = ("Titel\nCPR-nr.;221100-4237\n" + TEXT).encode("cp1252")
    with pytest.raises(UnreadableDocument) as info:
        read_csv(data, "p.csv", encoding=asked)
    (problem,) = info.value.problems
    assert problem.file == "p.csv"
    assert (problem.locator, problem.locator_da) == ("row 3", "række 3")  # the first "Å"
    assert problem.reason_en == (
        "the file is saved as Windows-1252 (ANSI), but its form expects UTF-8: "
        'save it again as UTF-8 (in Excel: "CSV UTF-8")'
    )
    assert problem.reason_da == (
        "filen er gemt som Windows-1252 (ANSI), men blanketten forventer UTF-8: "
        'gem den igen som UTF-8 (i Excel: "CSV UTF-8")'
    )


def test_bytes_in_no_encoding_known_are_refused_saying_so() -> None:
    with pytest.raises(UnreadableDocument) as info:
        read_csv(b"a;b\n\x81\x8d;c\n", "p.csv", encoding="cp1252")
    (problem,) = info.value.problems
    assert problem.reason_da == "teksten kan ikke læses som Windows-1252 (ANSI), heller ikke som UTF-8"
    assert problem.locator == "row 2"


def _kept(encoding: str, delimiter: str, *values: str) -> Extraction:
    cells = tuple(SourceValue(f"B{n}", v, {"row": n, "col": 2}) for n, v in enumerate(values, 1))
    return Extraction("csv", cells, {"encoding": encoding, "delimiter": delimiter})


@pytest.mark.parametrize(
    ("kept", "encoding", "delimiter", "alike"),
    [
        (_kept("cp1252", ";", "Søborg"), "cp1252", ";", True),
        (_kept("cp1252", ";", "Søborg"), None, ";", True),  # "auto" reads non-UTF-8 bytes as cp1252
        (_kept("cp1252", ";", "Søborg"), "cp1252", ",", False),  # another separator
        (_kept("cp1252", ";", "Søborg"), "utf-8", ";", False),  # refused in UTF-8: read again to say so
        (_kept("utf-8", ";", "Søborg"), "cp1252", ";", True),  # UTF-8 is read as UTF-8 under cp1252
        (_kept("utf-8", ";", "Ahmad"), "utf-8-sig", None, True),
        (_kept("utf-8-sig", ",", "Søborg"), "cp1252", None, True),  # a BOM wins whatever is asked
        # Read before decision 0048: UTF-8 bytes read as cp1252 ("Ã¸" for "ø"), or a BOM kept as text.
        (_kept("cp1252", ";", "Falck SÃ¸borg", "Ahmad"), "cp1252", ";", False),
        (_kept("utf-8", ";", "\ufeffPraktikaftale"), "utf-8", ";", False),
    ],
)
def test_a_kept_reading_is_known_to_be_todays_without_the_bytes(
    kept: Extraction, encoding: str | None, delimiter: str | None, alike: bool
) -> None:
    assert csv_text.read_alike(kept, encoding, delimiter) is alike


def test_words_for_encodings() -> None:
    assert csv_text.words("windows-1252") == ("Windows-1252 (ANSI)", "Windows-1252 (ANSI)")
    assert csv_text.words("utf-8-sig")[0] == "UTF-8"
    assert csv_text.single_byte("cp1252") and csv_text.single_byte("latin-1")
    assert not csv_text.single_byte("utf-8") and not csv_text.single_byte("utf-16")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("asked", ["cp1252", "auto"])
def test_utf16_with_its_byte_order_mark_is_read_not_refused_as_binary(encoding: str, asked: str) -> None:
    """Excel's "Unicode-tekst" (and many .NET exports): UTF-16 with a BOM, tab-separated; half its bytes
    are NUL, which once made it "binary content"."""
    bom = "\ufeff".encode(encoding)
    data = bom + TEXT.replace(";", "\t").encode(encoding)
    extraction = read_csv(data, "eksport.csv", asked)
    assert _cells(extraction) == NAMES
    assert extraction.meta == {"encoding": "utf-16", "delimiter": "\t"}
    assert csv_text.read_alike(extraction, asked, None)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_by_its_zero_bytes(encoding: str) -> None:
    """SQL Server's `bcp -w`, a .NET export: no BOM, but a zero byte beside every character, on the
    same side all through (decision 0061, stop 61)."""
    extraction = read_csv(TEXT.encode(encoding), "eksport.csv", "cp1252")
    assert _cells(extraction) == NAMES
    assert extraction.meta == {"encoding": encoding, "delimiter": ";"}
    assert csv_text.read_alike(extraction, "cp1252", None)


def test_nul_bytes_without_a_utf16_byte_order_mark_are_still_binary() -> None:
    """A NUL character in what reads as UTF-16 leaves it in doubt: binary content, as before."""
    with pytest.raises(UnreadableDocument, match="binary"):
        read_csv((TEXT + "\x00" + TEXT).encode("utf-16-le"), "eksport.csv", "auto")


@pytest.mark.parametrize(("hint", "delimiter"), [("sep=;", ";"), ("sep=,", ","), ("SEP=\t", "\t")])
def test_excels_sep_line_gives_the_separator_and_is_no_content(hint: str, delimiter: str) -> None:
    """An export for Excel starts "sep=;": Excel shows the file without that line. It was read as a cell
    "sep=", which `hub adapters suggest` took for the form's title and its recognise rule."""
    data = f"{hint}\r\nNavn{delimiter}Åsa\r\nYdelse{delimiter}Kontanthjælp\r\n".encode("cp1252")
    extraction = read_csv(data, "eksport.csv", "cp1252")
    assert [(v.key, v.value) for v in extraction.values] == [
        ("A2", "Navn"),
        ("B2", "Åsa"),
        ("A3", "Ydelse"),
        ("B3", "Kontanthjælp"),
    ]
    assert extraction.meta["delimiter"] == delimiter


def test_a_first_line_that_only_starts_like_a_sep_line_is_content() -> None:
    extraction = read_csv(b"sep=;x\r\nNavn;Hans\r\n", "eksport.csv", "auto")
    assert extraction.values[0].value == "sep="
