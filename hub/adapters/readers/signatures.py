"""Files that are certainly not forms, told by their first bytes: pictures (a photo or a scan of a
paper form is what a caseworker most often sends by mistake), archives other than zip, and web pages.

Only signatures no text begins with are listed: a CSV can begin with any printable text, so a short
or printable signature (BMP's `BM`) would refuse a real form. The sniffer asks here before it decides
that a file is text."""

from __future__ import annotations

import re

# (signature, offset, what it is in English, in Danish)
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image", "et PNG-billede"),
    (b"\xff\xd8\xff", 0, "a JPEG image", "et JPEG-billede"),
    (b"GIF87a", 0, "a GIF image", "et GIF-billede"),
    (b"GIF89a", 0, "a GIF image", "et GIF-billede"),
    (b"II*\x00", 0, "a TIFF image", "et TIFF-billede"),
    (b"MM\x00*", 0, "a TIFF image", "et TIFF-billede"),
    (b"ftypheic", 4, "a HEIC photo", "et HEIC-foto"),
    (b"ftypheix", 4, "a HEIC photo", "et HEIC-foto"),
    (b"ftypmif1", 4, "a HEIC photo", "et HEIC-foto"),
    (b"Rar!\x1a\x07", 0, "a RAR archive", "et RAR-arkiv"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive", "et 7-Zip-arkiv"),
)
_WEBP = (b"RIFF", b"WEBP")  # RIFF, four bytes of length, then the kind


def not_a_form(data: bytes) -> tuple[str, str] | None:
    """The reason, in English and Danish, when `data` is a picture or an archive the hub does not
    unpack; None when it is neither."""
    kind = _kind(data)
    if kind is None:
        return None
    english, danish = kind
    if "archive" in english:
        return (
            f"{english} is not accepted; send the forms themselves, or a zip of them",
            f"{danish} accepteres ikke; send selve skemaerne, eller en zip med dem",
        )
    return (
        f"{english} is not a form the hub can read (a photo or a scan cannot be read); send the form "
        "itself as PDF, XML, XLSX or CSV",
        f"{danish} er ikke et skema, hubben kan læse (et foto eller en scanning kan ikke læses); send "
        "selve skemaet som PDF, XML, XLSX eller CSV",
    )


def _kind(data: bytes) -> tuple[str, str] | None:
    for signature, offset, english, danish in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            return english, danish
    if data[:4] == _WEBP[0] and data[8:12] == _WEBP[1]:
        return "a WebP image", "et WebP-billede"
    return None


# A web page (HTML) begins with its DOCTYPE or its <html> element, after an XML declaration (XHTML), a
# byte order mark, blank lines or comments (a browser's "saved from url" mark). A file named .pdf that
# is one (a login or error page fetched where the form was to be downloaded, pdf2json's `i274_err.pdf`)
# was told "DTDs are not accepted", or where it had no DOCTYPE "the XML is not well-formed", a format
# its sender never sent (corpus-57). No form the hub reads is XML with an <html> root.
_WEB_PAGE = re.compile(
    r"\s*(?:<\?xml\b.*?\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)(?=[\s>])",
    re.IGNORECASE | re.DOTALL,
)
WEB_PAGE = (
    "a web page (HTML), not a form the hub reads (PDF, XML, CSV or XLSX): it was perhaps saved from a "
    "browser, or downloaded where a login or an error page answered in place of the form; open the form "
    "itself, save or download it as PDF, XML, CSV or XLSX, and send that",
    "en webside (HTML), ikke et skema, hubben læser (PDF, XML, CSV eller XLSX): den er måske gemt fra en "
    "browser eller hentet, hvor et login eller en fejlside svarede i stedet for skemaet; åbn selve "
    "skemaet, gem eller hent det som PDF, XML, CSV eller XLSX, og send det",
)


def is_web_page(head: str) -> bool:
    """Whether a text's first characters (decoded, its byte order mark removed) begin a web page."""
    return _WEB_PAGE.match(head) is not None


# Texts a sender's program made in place of the PDF, which were told "text without columns" (corpus-61):
# PostScript, what "print to file" writes (Adobe's DSC header `%!PS`, after a printer driver's PJL lines);
# a PDF encoded as text (base64: "%PDF-" is "JVBERi0"), as an e-mail carries an attachment; and an e-mail
# saved whole, its header lines first with "MIME-Version" among them (RFC 2045 4), the form attached inside.
_POSTSCRIPT = re.compile(r"(?:\x1b%-12345X)?(?:@PJL[^\n]*\n)*%!PS")
_BASE64_PDF = re.compile(r"(?m)^JVBERi0[A-Za-z0-9+/]{8}")
_HEADER_LINE = r"[!-9;-~]+:[^\n]*\n(?:[ \t][^\n]*\n)*"  # a field's name, its value, folded lines
_E_MAIL = re.compile(rf"(?i)(?:{_HEADER_LINE})*?MIME-Version:[^\n]*\n(?:{_HEADER_LINE})*\r?\n")
_POSTSCRIPT_FILE = (
    "a PostScript file (what printing to a file makes), not a PDF: print or save the form as PDF (in the "
    "print dialogue, choose a PDF printer or 'Save as PDF'), and send that",
    "en PostScript-fil (det, udskrivning til en fil giver), ikke en PDF: udskriv eller gem skemaet som PDF "
    "(vælg en PDF-printer eller 'Gem som PDF' i udskriftsvinduet), og send den",
)
_MAIL = (
    "an e-mail message, or a part of one, not the form attached to it: open the e-mail, save the attached "
    "form itself as a file, and send that",
    "en e-mail eller en del af en, ikke skemaet, der er vedhæftet den: åbn e-mailen, gem selve det "
    "vedhæftede skema som en fil, og send det",
)


RTF = (
    "a word processor's document (RTF) is not accepted; send the form as PDF, XLSX, CSV or XML",
    "et tekstbehandlingsdokument (RTF) accepteres ikke; send blanketten som PDF, XLSX, CSV eller XML",
)


def is_rtf(head: str) -> bool:
    """Whether a text is a document in RTF, what WordPad and Word save as "Rich Text": `{\\rtf` first.
    Asked before columns are looked for: its font and colour tables are lines full of semicolons."""
    return head.startswith("{\\rtf")


def text_not_a_form(head: str) -> tuple[str, str] | None:
    """The reason, in English and Danish, when a text's first characters (decoded, its byte order mark
    removed) are PostScript, a PDF encoded as base64 or an e-mail message; None when they are none."""
    if _POSTSCRIPT.match(head):
        return _POSTSCRIPT_FILE
    if _BASE64_PDF.search(head) or _E_MAIL.match(head.replace("\r\n", "\n")):
        return _MAIL
    return None
