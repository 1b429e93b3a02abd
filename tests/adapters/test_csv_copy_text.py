"""A database's text export (PostgreSQL's COPY text format, MySQL's INTO OUTFILE) read as the database
meant it (`readers/csv_copy.py`; decision 0060, "Twenty-third trial"). Each file here is written by hand
as PostgreSQL 15 writes `COPY ... TO STDOUT WITH (HEADER true)`: tabs, no quotes, `\\N` for NULL,
backslash escapes."""

from __future__ import annotations

from hub.adapters.readers.tabular import read_csv

HEADER = b"cpr\tnavn\tbemaerkning\n"


def _cells(data: bytes) -> dict[str, str | None]:
    return {v.key: v.value for v in read_csv(data, "eksport.tsv").values}


def test_a_null_is_no_value_and_an_escaped_line_break_is_one() -> None:
    data = (
        HEADER
        + b"1104933318\tLasse M\xc3\xb8ller\tFastansat.\\n32 timer.\n2802871450\tNanna Kj\xc3\xa6r\t\\N\n"
    )
    cells = _cells(data)
    assert cells["C2"] == "Fastansat.\n32 timer." and "C3" not in cells
    assert cells["B3"] == "Nanna Kjær"


def test_every_escape_of_the_format_is_read() -> None:
    row = b"0510964021\t\\\\server\\\\mappe\tA\\tB\\rC\\101\\x42\\;\n"
    cells = _cells(HEADER + row + b"0101901234\t\\N\t\\N\n")
    assert cells["B2"] == "\\server\\mappe" and cells["C2"] == "A\tB\rCAB;"


def test_a_quote_is_a_character_of_the_value_and_the_end_of_data_line_ends_it() -> None:
    row = b'0510964021\t"Havnen" I/S\t\\N\n\\.\n'
    cells = _cells(HEADER + row)
    assert cells["B2"] == '"Havnen" I/S' and "C2" not in cells and "A3" not in cells


def test_a_windows_line_end_after_a_null_is_the_format_too() -> None:
    cells = _cells(HEADER.replace(b"\n", b"\r\n") + b"0510964021\tOmar\\nHaddad\t\\N\r\n")
    assert cells["B2"] == "Omar\nHaddad" and "C2" not in cells


def test_a_tab_separated_file_without_a_null_keeps_its_backslashes() -> None:
    """A person's tab-separated file (Excel's "Unicode text") may hold a backslash: without a NULL cell
    it cannot be told from the databases' format and is read as written; with one, it is that format."""
    rows = b"0510964021\tC:\\nye filer\tnote\n"
    assert _cells(HEADER + rows)["B2"] == "C:\\nye filer"
    assert _cells(HEADER + rows + b"0101901234\t\\N\tx\n")["B2"] == "C:\nye filer"
