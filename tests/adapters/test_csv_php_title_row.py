"""A PHP app's CSV with a title line above its header (decision 0068, "Stop 67: review-107"): the app
writes `fputcsv($out, ['Mentortimer marts 2027'])` before its header, so the file's rows are not all as
wide even read as PHP reads them, and `csv_php` read only a file whose every row was as wide as the others.
The title's one cell made the whole file RFC 4180's, and a value ending `\\"` ran on to the end of the
file: refused "a quote opened in cell C4 is never closed", a fault the file does not have. Each file is
written by hand as PHP 8.2's `fputcsv` writes it (checked against php-cli)."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract

TITLE = '"Mentortimer marts 2027"\n'
HEADER = 'Dato,Minutter,Emne,"Godkendt af"\n'


def _cells(text: str) -> dict[str, str]:
    extraction = extract(text.encode("utf-8"), "mentortimer.csv", READ_OPTIONS)
    return {str(v.key): str(v.value) for v in extraction.values}


def test_a_title_above_the_header_still_reads_the_backslashed_quote_as_php_wrote_it() -> None:
    """`Tjekliste gemt i "P:\\Mentor\\Friis\\"` under a title line: the value in C4, the signer in D4,
    and the next visit in its own row 5."""
    text = TITLE + HEADER + "02/03/2027,60,Opstart,Anne\n"
    text += '11/03/2027,45,"Tjekliste gemt i ""P:\\Mentor\\Friis\\"",Anne\n'
    text += "25/03/2027,90,Plan,Anne\n"
    cells = _cells(text)
    assert cells["A1"] == "Mentortimer marts 2027"
    assert cells["C4"] == 'Tjekliste gemt i "P:\\Mentor\\Friis\\"' and cells["D4"] == "Anne"
    assert (cells["A5"], cells["B5"], cells["D5"]) == ("25/03/2027", "90", "Anne")
