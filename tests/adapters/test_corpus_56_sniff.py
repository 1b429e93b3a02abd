"""A text that opens with `<` but with nothing XML can start with (`<<`, `< `, `<1`) is no XML: PdfPig's
`stackoverflow_error.pdf`, lines of `<<` and `[`, was told "the XML is not well-formed", a format its
sender never sent (decision 0025, stop 51). XML starts with `<?`, `<!` or an element's name (XML 1.0)."""

from __future__ import annotations

import pytest

from hub.adapters.readers.sniff import sniff_format
from hub.errors import UnreadableDocument

TEXT_WITHOUT_COLUMNS = "not a form the hub reads (PDF, XML, CSV or XLSX): the file is text without columns"


@pytest.mark.parametrize(
    "data",
    [
        b"<<" * 60 + b"[" * 60 + b"\r\n" + b"<<" * 60 + b"[" * 60 + b"\r\n",  # PdfPig's, shortened
        b"< ikke et tag\nmere tekst\n",
        b"<1 time>\n<2 timer>\n",
    ],
)
def test_a_text_that_cannot_start_xml_is_not_read_as_xml(data: bytes) -> None:
    with pytest.raises(UnreadableDocument) as info:
        sniff_format(data, "skema.pdf")
    assert info.value.problems[0].reason_en.startswith(TEXT_WITHOUT_COLUMNS)


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><a/>',
        b"<!-- en note --><a/>",
        b"<!DOCTYPE a><a/>",
        b"  \n<skema><navn>Mette</navn></skema>",
        "<Ønske>ja</Ønske>".encode(),
        b"<_a/>",
        b"<ns:a xmlns:ns='x'/>",
    ],
)
def test_what_starts_xml_is_still_xml(data: bytes) -> None:
    assert sniff_format(data, "skema.xml") == "xml"


def test_a_pdf_fragment_that_starts_with_a_dictionary_is_still_a_pdf() -> None:
    # A file that lost its first line and a half: its other objects and its end say PDF.
    data = b"<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages >>\nendobj\n"
    data += b"startxref\n9\n%%EOF\n"
    assert sniff_format(data, "skema.pdf") == "pdf"
