"""R's missing value read as an empty cell in a CSV R wrote (`readers/csv_r.py`; decision 0060, "Stop 62:
trial-79"). Each file here is written by hand as R 4.2's `write.csv2` writes a data frame: `;`, decimal
commas, the header and every text quoted, the row names a first column headed `""`, `NA` unquoted."""

from __future__ import annotations

from hub.adapters.readers.tabular import read_csv

HEADER = b'"";"CPR";"Timer";"Godkendt_af";"Godkendt_dato"\n'


def _cells(data: bytes) -> dict[str, str | None]:
    return {v.key: v.value for v in read_csv(data, "mentortimer.csv").values}


def test_an_unquoted_na_is_no_value() -> None:
    """Before: the signer of hours nobody had approved read as "NA", and the day signed as "NA"."""
    rows = b'"1";"110589-4417";1,5;"Henrik \xc3\x98stergaard";2026-09-30\n"2";"280371-1052";1;NA;NA\n'
    cells = _cells(HEADER + rows)
    assert cells["D2"] == "Henrik Østergaard" and cells["E2"] == "2026-09-30"
    assert "D3" not in cells and "E3" not in cells and cells["C3"] == "1"


def test_a_quoted_na_is_the_text_na() -> None:
    """R quotes a text "NA"; only the unquoted cell is its missing value."""
    cells = _cells(HEADER + b'"1";"110589-4417";NA;"NA";NA\n')
    assert cells["D2"] == "NA" and "C2" not in cells and "E2" not in cells


def test_a_quoted_cell_keeps_its_separators_quotes_and_line_breaks() -> None:
    rows = b'"1";"110589-4417";NA;"Opl\xc3\xa6ring; ""sikkerhed""\r\nog lager";NA\r\n\r\n"2";"x";2;"y";NA\r\n'
    cells = _cells(HEADER.replace(b"\n", b"\r\n") + rows)
    assert cells["D2"] == 'Oplæring; "sikkerhed"\r\nog lager' and "C2" not in cells
    assert cells["A4"] == "2" and "E4" not in cells


def test_a_file_whose_header_is_not_all_quoted_keeps_na_as_text() -> None:
    """A person's or Excel's CSV (or R's with quote = FALSE): an NA there cannot be told from text."""
    assert _cells(b'CPR;"Note"\n110589-4417;NA\n')["B2"] == "NA"
    assert _cells(b"CPR;Note\n110589-4417;NA\n")["B2"] == "NA"


def test_a_stray_quote_after_an_na_is_read_as_any_csv() -> None:
    """A quote inside an unquoted cell past the first `NA` (a row typed in after R wrote the file, or the
    file cut short: 66/csv/truncate/14, Holstebro's) raised `ValueError` out of the reader; no file R
    wrote holds one, so the file is read as any CSV, its `NA` the text."""
    rows = b'"1";"110589-4417";1;NA;NA\n"2";"280371-1052";2 "t";"Ida";2026-09-30\n'
    cells = _cells(HEADER + rows)
    assert cells["D2"] == "NA" and cells["C3"] == '2 "t"' and cells["D3"] == "Ida"
