"""PostScript, RTF, a PDF encoded as base64 and an e-mail saved whole are told as what they are (corpus-61,
decision 0025 stop 53): each was "text without columns, and a CSV file's fields are separated by
semicolons ...", which sends a sender who printed the form to a file, or saved the e-mail in place of its
attachment, looking for columns. A text that is a CSV stays one, whatever its first line says."""

from __future__ import annotations

import base64

import pytest
from test_readers_pdf import _form

from hub.adapters.readers.sniff import sniff_format
from hub.errors import UnreadableDocument

POSTSCRIPT = ("a PostScript file (what printing to a file makes), not a PDF", "en PostScript-fil")
RTF = ("a word processor's document (RTF) is not accepted", "et tekstbehandlingsdokument (RTF)")
E_MAIL = ("an e-mail message, or a part of one, not the form attached to it", "en e-mail eller en del af en")
DSC = b"%!PS-Adobe-3.0\n%%Creator: PScript5.dll Version 5.2.2\n%%Pages: 2\n%%EndComments\n"
SHOW = b"/Helvetica findfont 12 scalefont setfont 72 720 moveto (Praktikaftale) show showpage\n" * 60

WORD_RTF = (
    b"{\\rtf1\\adeflang1025\\ansi\\ansicpg1252\\uc1\\adeff31507\\deff0\\stshfdbch31505\r\n"
    + b"{\\f0\\fbidi \\froman\\fcharset0\\fprq2 Times New Roman;}{\\f1\\fswiss Arial;}{\\f2 Calibri;}\r\n"
    * 20
    + b"{\\colortbl;\\red0\\green0\\blue0;\\red0\\green0\\blue255;\\red0\\green255\\blue255;}\r\n" * 20
)


def _mail(body: bytes) -> bytes:
    attached = base64.encodebytes(_form())
    return (
        b"Received: from mail.hvidovre.dk\r\nFrom: Jobcenter <jc@hvidovre.dk>\r\nSubject: Praktikaftale\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed;\r\n\tboundary="XX"\r\n\r\n--XX\r\n'
        b"Content-Type: text/plain\r\n\r\n" + body + b"\r\n--XX\r\nContent-Type: application/pdf; "
        b"name=praktikaftale.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + attached + b"--XX--\r\n"
    )


@pytest.mark.parametrize(
    ("data", "told"),
    [
        (DSC + SHOW, POSTSCRIPT),  # a Windows printer driver's "print to file"
        (b"\x1b%-12345X@PJL JOB\r\n@PJL ENTER LANGUAGE = POSTSCRIPT\r\n" + DSC + SHOW, POSTSCRIPT),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\r\nPraktikaftale\\par\r\n}", RTF),  # WordPad
        (WORD_RTF, RTF),  # Word's, its tables lines of semicolons
        (base64.encodebytes(_form()), E_MAIL),  # the attachment's part, saved undecoded
        (_mail(b"Hej, her er aftalen."), E_MAIL),
        (_mail(b"Med venlig hilsen, Jobcenter Hvidovre. " * 200), E_MAIL),  # the PDF past the first 4 KB
    ],
    ids=[
        "postscript",
        "postscript after PJL",
        "rtf",
        "rtf from word",
        "base64",
        "e-mail",
        "e-mail with a long text",
    ],
)
def test_a_text_made_in_place_of_the_pdf_is_told_as_what_it_is(data: bytes, told: tuple[str, str]) -> None:
    with pytest.raises(UnreadableDocument) as info:
        sniff_format(data, "praktikaftale.pdf")
    (problem,) = info.value.problems
    assert problem.reason_en.startswith(told[0]) and problem.reason_da.startswith(told[1])
    assert problem.file == "praktikaftale.pdf"


@pytest.mark.parametrize(
    "data",
    [
        b"%!PS;Navn;CPR\r\n1;Mette Holm;0101901234\r\n2;Jens Hansen;0202901234\r\n",
        b"MIME-Version: 1.0;x\r\n\r\nNavn;CPR\r\nMette Holm;0101901234\r\nJens Hansen;0202901234\r\n",
        b"Navn,Vedhaeftet\r\nMette Holm,JVBERi0xLjQKJcfs\r\nJens Hansen,JVBERi0xLjQKJcfs\r\n",
    ],
    ids=["first cell %!PS", "a header line above", "base64 in a cell"],
)
def test_a_csv_stays_a_csv(data: bytes) -> None:
    assert sniff_format(data, "tidsregistrering.csv") == "csv"
