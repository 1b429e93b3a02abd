"""The programs a PDF says made it, as a refusal may name them: its /Creator (what the document was
written in: "Microsoft Word", "wkhtmltopdf 0.12.6") and /Producer (what wrote the PDF: "Qt 4.8.7").

A PDF without form fields was nearly always made by a program that writes none (a web page or a word
processor's document printed to PDF); "no form fields" alone told the sender nothing to change, where
the program's name tells them which copy they sent (decision 0025, "Stop 62: fixes-75").

Read from the document information dictionary, else from the XMP metadata (`xmp:CreatorTool`,
`pdf:Producer`), which PDF 2.0 keeps instead. What the file says is the sender's text: a CPR number in
it is masked wholly, and a name that is no readable text (control characters, a damaged string) or is
empty is left out, so that a refusal says nothing rather than noise.
"""

from __future__ import annotations

import pikepdf
from lxml import etree

from hub.adapters.readers.pdf_text import text
from hub.adapters.readers.safexml import hardened_parser
from hub.pseudonyms import MASKED_WHOLLY, mask_cpr_like
from hub.quoting import readable

MAX_NAME = 60  # characters of one program's name: "Microsoft® Word for Microsoft 365" fits
# XMP kept unpacked (as XMP's own specification asks, so that other tools find it) and at most this big
# is read; a packed stream is not unpacked for a name in a refusal (it may be a bomb).
MAX_XMP_BYTES = 256 * 1024
_XMP = "http://ns.adobe.com/xap/1.0/"
_PDF = "http://ns.adobe.com/pdf/1.3/"
_KEYS = {"/Creator": (_XMP, "CreatorTool"), "/Producer": (_PDF, "Producer")}
# What a library writes when its caller named no program (ReportLab's /Creator is "anonymous"): no
# program's name, and "made with 'anonymous'" would send the sender looking for one.
_NO_NAME = frozenset({"anonymous", "unknown", "unspecified", "(unspecified)", "none", "null", "untitled"})


def makers(pdf: pikepdf.Pdf) -> list[str]:
    """The names of the programs that made `pdf`, creator first, each readable and at most `MAX_NAME`
    characters; one when both say the same, none when the file says nothing readable."""
    info = pdf.trailer.get("/Info")
    xmp: etree._Element | None | bool = False  # False: not read yet; None: none to read
    names: list[str] = []
    for key, (namespace, local) in _KEYS.items():
        said = text(info.get(key)) if isinstance(info, pikepdf.Dictionary) else None
        if not (said or "").strip():
            if xmp is False:
                xmp = _xmp(pdf)
            said = _xmp_value(xmp, namespace, local) if xmp is not None else None
        name = _shown(said)
        if name is not None and name not in names:
            names.append(name)
    return names


def _shown(said: str | None) -> str | None:
    """A program's name as a refusal may say it: CPR-like numbers masked, cut to `MAX_NAME`; None when
    it is empty or no readable text."""
    if said is None or not said.strip() or said.strip().casefold() in _NO_NAME:
        return None
    return readable(mask_cpr_like(" ".join(said.split()), MASKED_WHOLLY), MAX_NAME)


def _xmp(pdf: pikepdf.Pdf) -> etree._Element | None:
    """The catalogue's XMP metadata, parsed with the hub's hardened parser; None when there is none, it
    is packed or larger than `MAX_XMP_BYTES`, or it is no well-formed XML."""
    try:
        stream = pdf.Root.get("/Metadata")
        if not isinstance(stream, pikepdf.Stream) or "/Filter" in stream:
            return None
        raw = stream.read_raw_bytes()
        if len(raw) > MAX_XMP_BYTES:
            return None
        return etree.fromstring(raw, hardened_parser())
    except (pikepdf.PdfError, etree.XMLSyntaxError, ValueError, TypeError):
        return None  # a damaged stream or XML names no program: the refusal says none


def _xmp_value(root: etree._Element, namespace: str, local: str) -> str | None:
    """An XMP property's text, written as an element (`<pdf:Producer>X</...>`) or as an attribute of
    an `rdf:Description` (`pdf:Producer="X"`), whichever comes first."""
    tag = f"{{{namespace}}}{local}"
    for element in root.iter(etree.Element):  # elements only: no comment or instruction
        if (value := element.get(tag)) is not None:
            return str(value)
        if element.tag == tag:
            return "".join(element.itertext())
    return None
