"""A PDF refused for having no form fields names the programs it says made it (its /Creator and
/Producer, else XMP's `xmp:CreatorTool` and `pdf:Producer`), so the sender knows which copy they sent
(decision 0025, "Stop 62: fixes-75"); a CPR number in a name is masked, and a name that is no readable
text, or none at all, is not said. Every file is built here with pikepdf: one blank page."""

from __future__ import annotations

import io

import pikepdf
import pytest

from hub.adapters.readers.pdf import read_pdf
from hub.errors import UnreadableDocument

_ADVICE_EN = (
    ", which wrote none into it: send the form itself, filled in and saved as a PDF form, not a copy "
    "printed or converted to PDF"
)
_ADVICE_DA = (
    ", der ikke har skrevet nogen i den: send selve blanketten, udfyldt og gemt som PDF-formular, ikke "
    "en kopi udskrevet eller konverteret til PDF"
)


def _page(info: dict[str, str] | None = None, xmp: bytes | None = None) -> bytes:
    """A one-page PDF without a form, with this document information and this XMP packet."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    for key, value in (info or {}).items():
        pdf.docinfo[key] = value
    if xmp is not None:
        pdf.Root.Metadata = pdf.make_stream(xmp, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _reason(data: bytes) -> tuple[str, str]:
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(data, "timeseddel.pdf")
    (problem,) = info.value.problems
    return problem.reason_en, problem.reason_da


def test_the_creator_and_the_producer_are_named() -> None:
    page = _page({"/Creator": "wkhtmltopdf 0.12.6", "/Producer": "Qt 4.8.7"})
    assert _reason(page) == (
        "the PDF has no form fields: it was made with 'wkhtmltopdf 0.12.6' and 'Qt 4.8.7'" + _ADVICE_EN,
        "PDF'en har ingen formularfelter: den er lavet med 'wkhtmltopdf 0.12.6' og 'Qt 4.8.7'" + _ADVICE_DA,
    )


def test_one_program_that_is_both_is_named_once() -> None:
    page = _page({"/Creator": "Microsoft Word", "/Producer": "Microsoft Word"})
    assert _reason(page) == (
        "the PDF has no form fields: it was made with 'Microsoft Word'" + _ADVICE_EN,
        "PDF'en har ingen formularfelter: den er lavet med 'Microsoft Word'" + _ADVICE_DA,
    )


_XMP_ELEMENTS = b"""<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>Skia/PDF m120</pdf:Producer>
</rdf:Description><rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmp:CreatorTool="Mozilla/5.0 Chrome/120"/></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


def test_xmp_names_them_when_the_document_information_does_not() -> None:
    assert _reason(_page(xmp=_XMP_ELEMENTS)) == (
        "the PDF has no form fields: it was made with 'Mozilla/5.0 Chrome/120' and 'Skia/PDF m120'"
        + _ADVICE_EN,
        "PDF'en har ingen formularfelter: den er lavet med 'Mozilla/5.0 Chrome/120' og 'Skia/PDF m120'"
        + _ADVICE_DA,
    )


def test_a_cpr_number_in_a_name_is_masked_and_a_long_name_cut() -> None:
    page = _page({"/Creator": "Scan 010190-1234 Anna", "/Producer": "P" * 70})
    en, da = _reason(page)
    assert "010190" not in en + da and "1234" not in en + da
    assert en.startswith(
        f"the PDF has no form fields: it was made with 'Scan XXXXXX-XXXX Anna' and '{'P' * 59}…'"
    )
    assert da.startswith(
        f"PDF'en har ingen formularfelter: den er lavet med 'Scan XXXXXX-XXXX Anna' og '{'P' * 59}…'"
    )


def test_no_name_or_an_unreadable_one_says_nothing() -> None:
    plain = ("the PDF has no form fields", "PDF'en har ingen formularfelter")
    assert _reason(_page()) == plain
    assert _reason(_page({"/Creator": "\x01\x02\x07", "/Producer": "  "})) == plain
    assert _reason(_page({"/Creator": "anonymous"})) == plain  # ReportLab's when its caller named none
    assert _reason(_page(xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><broken")) == plain
