"""What is a CSV, what is a PDF, and what is neither: text without columns, and a text quoting `%PDF-`.

Inputs are written from the formats' own rules: Excel's CSV exports (cp1252 or UTF-8 with a BOM, `;` or
`,`, every row padded to the sheet's width), a sheet saved as tab-separated or Unicode text, a case
system's export with a title line, and PDFs behind the junk mailers and printers put before a header.
The texts that are no CSV are those qpdf's fuzz and test files hold, and a script that greps for `%PDF-`.
"""

from __future__ import annotations

import pytest

from hub.adapters.language.config_rules import CsvReaderSchema
from hub.adapters.readers.csv_sniff import DELIMITERS
from hub.adapters.readers.sniff import sniff_format
from hub.adapters.readers.text_columns import SEPARATORS
from hub.errors import UnreadableDocument

_LONG_ROWS = "".join(f"{n:06d}-1234;Mentor {n};{n % 37},5\r\n" for n in range(400))  # 12 KB, past the head


@pytest.mark.parametrize(
    "data",
    [
        # Excel, "CSV (semikolonsepareret)": cp1252, and every row as wide as the sheet
        "Timeseddel;;;\r\nNavn;Dato;Timer;Bemærkning\r\nSøren;03-08-2026;3,5;\r\n".encode("cp1252"),
        # Excel, "CSV UTF-8": a BOM, commas
        "\ufeffNavn,By\r\nÅse,Århus\r\n".encode(),
        # a case system's export: a title line, an empty line, then rows of one width (Herlev's, Fanø's)
        "Praktikophør - Jobcenter Herlev\r\n\r\nCPR-nr.;221100-4237\r\nÅrsag;Fleksjob\r\n".encode("cp1252"),
        # a title above a header and one row: half the rows are the table
        b"Timeseddel\r\nMentor support\r\nCPR;Timer\r\n2211004237;3\r\n",
        # Excel, "Tekst (tabulatorsepareret)", and "Unicode-tekst" (UTF-16 with a BOM)
        b"Navn\tTimer\r\nAse\t3\r\n",
        "Navn\tTimer\r\nÅse\t3\r\n".encode("utf-16"),
        # Excel's first line naming the separator, and a `|` file a form may name
        b"sep=|\r\nNavn|Timer\r\nAse|3\r\n",
        b"Navn|Timer\r\nAse|3\r\n",
        # a remark over two lines in quotes is one row of the table
        b'CPR;Bem\xe6rkning\r\n2211004237;"Ansat\r\nfra 1. april"\r\n',
        # longer than the part looked at, the last row cut in the middle
        ("CPR;Navn;Timer\r\n" + _LONG_ROWS).encode(),
        # one field of pages in quotes: the reader says it is left open, not the sniffer
        b'"' + b"x" * 300_000 + b'";1\n',
    ],
)
def test_a_table_saved_as_text_is_a_csv(data: bytes) -> None:
    assert sniff_format(data, "timer.csv") == "csv"


_SCRIPT = b"""#!/bin/sh
lines=$(expr 0 + $(diff "$1" "$2" | grep -E '^[<>]' | \\
        grep -E -v '/ID' | grep -E -v '%PDF-' | wc -l))
if [ "$lines" = "0" ]; then
   echo okay
else
   diff -a -U 0 "$1" "$2"
fi
"""


@pytest.mark.parametrize(
    "data",
    [
        b"potato salad\n",
        b"oops\n",
        b"  xref 2147483647 1 1 5 fstartxref 2\ntrailer<</Size 0>>",  # a fuzzed PDF's lines, no header
        b"trailer<</Root<<[-2147483648 7 R 8 4 R]>>>>",
        # a program's log: one line with a comma among lines without
        b"WARNING: bad32.pdf (object 4 0, offset 307): expected 4 0 obj\n/QTest is implicit\n"
        b"/QTest is indirect and has type null (2)\n/QTest is null\nunparse: 4 0 R\ntest 0 done\n",
        # a script quoting a PDF's header inside a line: no PDF, and its one `;` line makes no table
        _SCRIPT,
        b"#!/bin/sh\n# find the PDFs\ngrep -l '%PDF-1.4' *\n",
    ],
)
def test_text_without_columns_is_neither_csv_nor_pdf(data: bytes) -> None:
    with pytest.raises(UnreadableDocument) as caught:
        sniff_format(data, "bilag.pdf")
    (problem,) = caught.value.problems
    assert problem.file == "bilag.pdf"
    assert problem.reason_en.startswith("not a form the hub reads (PDF, XML, CSV or XLSX): the file is text ")
    assert problem.reason_da.startswith("ikke et skema, hubben læser (PDF, XML, CSV eller XLSX): filen er ")


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf%PDF-1.7\n1 0 obj\n",  # a BOM an editor put first
        b"\r\n\r\n%PDF-1.4\n",  # empty lines a mail gateway left
        b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + b"\x00" * 64 + b"%PDF-1.6\n",  # AppleDouble
        b"\x1b%-12345X@PJL JOB\r\n@PJL ENTER LANGUAGE=PDF\r\n%PDF-1.4\n",  # a printer job around it
        b"Content-Type: application/pdf\r\n\r\n%PDF-1.7\n",  # a saved HTTP answer: whole lines before
        b"\xe2\xe3\xcf\xd3 junk\n\xff\xfe%PDF-1.5\n",  # junk no editor writes, with a line break in it
    ],
)
def test_a_pdf_behind_junk_or_whole_lines_is_a_pdf(data: bytes) -> None:
    assert sniff_format(data, "skema.pdf") == "pdf"


def test_every_separator_a_reader_uses_or_a_form_names_makes_columns() -> None:
    """The sniffer knows the CSV reader's delimiters and those a form's [forms.reader] may name."""
    named = CsvReaderSchema().fields["delimiter"].validate.choices  # type: ignore[union-attr]
    assert set(DELIMITERS) <= set(SEPARATORS) and set(named) <= set(SEPARATORS)
