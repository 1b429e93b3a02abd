"""A CSV written by PHP's `fputcsv` with its default backslash escape (decision 0060, "Stop 67:
trial-104"): a quote after a backslash is written as it is, not doubled, so read by RFC 4180's rule the
cell ran on into the next and the row's later cells moved one column left. Each file is written by hand as
PHP 8.2's `fputcsv($out, $row)` writes it (checked against php-cli: `"gemt i ""P:\\Mentor\\""` for the
value `gemt i "P:\\Mentor\\"`)."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract

HEADER = 'CPR,Dato,Minutter,Emne,"Godkendt af",Godkendt\n'
ROW = '081188-1634,11/03/2027,45,{topic},"Anne-Mette Juul",2027-03-31T16:45:30+02:00\n'


def _cells(text: str) -> dict[str, str]:
    extraction = extract(text.encode("utf-8"), "mentortimer.csv", READ_OPTIONS)
    return {str(v.key): str(v.value) for v in extraction.values}


def test_a_value_ending_in_a_backslash_before_its_quote_keeps_the_row_in_its_columns() -> None:
    """fputcsv writes `Tjekliste gemt i "P:\\Mentor\\Friis\\"` as `"Tjekliste gemt i ""P:\\Mentor\\Friis\\""`.
    Before: the topic ran on over the signer (`D3` ending `,Anne-Mette Juul"`), the moment signed read
    under "Godkendt af" (`E3`), and `F3` empty."""
    text = HEADER + ROW.format(topic='"Opstart og rundvisning"')
    text += ROW.format(topic='"Tjekliste gemt i ""P:\\Mentor\\Friis\\""')
    cells = _cells(text)
    assert cells["D3"] == 'Tjekliste gemt i "P:\\Mentor\\Friis\\"'
    assert (cells["E3"], cells["F3"]) == ("Anne-Mette Juul", "2027-03-31T16:45:30+02:00")
    assert cells["D2"] == "Opstart og rundvisning" and cells["F2"] == "2027-03-31T16:45:30+02:00"


def test_a_backslashed_quote_inside_a_value_is_the_values() -> None:
    """`sagde \\"nej tak\\" til kantinen` is written `"sagde \\"nej tak\\" til kantinen"` (neither quote
    doubled): read by RFC 4180's rule the quote after `\\` closed the cell."""
    text = HEADER + ROW.format(topic='"sagde \\"nej tak\\" til kantinen"') + ROW.format(topic="Mødetider")
    cells = _cells(text)
    assert cells["D2"] == 'sagde \\"nej tak\\" til kantinen'
    assert cells["E2"] == "Anne-Mette Juul" and cells["F3"] == "2027-03-31T16:45:30+02:00"


def test_a_backslash_before_a_quote_in_a_file_whose_rows_agree_is_read_as_rfc_4180_reads_it() -> None:
    """A file of another program, its quotes doubled: `"C:\\Mentor\\"` is a cell ending in a backslash,
    and its rows are as wide as each other: read as before."""
    text = HEADER + ROW.format(topic='"Gemt i C:\\Mentor\\"') + ROW.format(topic='"Sagt ""ja"""')
    cells = _cells(text)
    assert cells["D2"] == "Gemt i C:\\Mentor\\" and cells["D3"] == 'Sagt "ja"'
    assert cells["F2"] == cells["F3"] == "2027-03-31T16:45:30+02:00"
