"""Tell a document's format from its bytes, never from its name.

A file name or an upload's content type is a claim made by the sender; the first bytes are what the
readers will actually have to parse, so they decide. Everything unknown is refused here, before any
parser sees it.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from hub.adapters.readers.packages import NOT_READ, is_old_excel, ole_kind, zip_kind
from hub.adapters.readers.pdf_header import header_at
from hub.adapters.readers.signatures import RTF, WEB_PAGE, is_rtf, is_web_page, not_a_form, text_not_a_form
from hub.adapters.readers.text_columns import has_columns
from hub.adapters.readers.wide_text import utf16_order, wide_encoding, wide_reason
from hub.errors import FieldProblem, UnreadableDocument

FORMATS = ("pdf", "xml", "xlsx", "csv")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_GZIP = b"\x1f\x8b\x08"  # gzip's magic number and its one compression method, deflate
# Control characters, which a text document holds one or two of at most; cp1252 decodes nearly any
# byte, so these are what tell binary garbage from text.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")  # all below 32 but \t \n \f \r, and DEL


def unreadable(filename: str, reason_en: str, reason_da: str) -> UnreadableDocument:
    """Build the rejection for a document that cannot be read at all."""
    return UnreadableDocument([FieldProblem(reason_en=reason_en, reason_da=reason_da, file=filename)])


def sniff_format(data: bytes, filename: str = "") -> str:
    """Return "pdf", "xml", "xlsx" or "csv" from the content; raise UnreadableDocument otherwise."""
    if not data or not data.strip():
        raise unreadable(filename, "the file is empty", "filen er tom")
    if _pdf_header(data) or _pdf_without_header(data):
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data, filename)
    if data.startswith(_OLE2):
        raise unreadable(filename, *NOT_READ[ole_kind(data)])
    if is_old_excel(data):
        raise unreadable(filename, *NOT_READ["xls"])
    if data.startswith(_GZIP):
        raise unreadable(
            filename,
            "a compressed file (.gz) is not accepted; unpack it and send the file inside",
            "en komprimeret fil (.gz) accepteres ikke; pak den ud, og send filen, den indeholder",
        )
    picture = not_a_form(data)
    if picture is not None:
        raise unreadable(filename, *picture)
    wide = wide_encoding(data[:_HEAD])
    # UTF-16 without a byte order mark is read where its bytes leave no doubt (`wide_text.utf16_order`).
    order = utf16_order(data) if wide == "UTF-16" else None
    if wide is not None and order is None:  # its zero bytes would make it "binary"
        raise unreadable(filename, *wide_reason(wide))
    head = _decode_head(data[:_HEAD]) if order is None else data[:_HEAD].decode(order, errors="ignore")
    if head is None:
        raise _binary(filename)
    if is_web_page(head):
        raise unreadable(filename, *WEB_PAGE)
    if _XML_START.match(head):
        return "xml"
    # A text may hold a stray control character (a cell's CHAR(7), a DOS end-of-file mark): binary
    # content is full of them.
    controls = len(_CONTROLS.findall(head))
    if controls > _STRAY_CONTROLS and controls * _TEXT_CONTROLS > len(head):
        raise _binary(filename)
    if is_rtf(head):
        raise unreadable(filename, *RTF)
    if not has_columns(head, whole=len(data) <= _HEAD):
        # Told what it is where that is known (PostScript, an e-mail): only a text that is no CSV anyway.
        raise unreadable(filename, *(text_not_a_form(head) or _WITHOUT_COLUMNS))
    return "csv"


_WITHOUT_COLUMNS = (
    "not a form the hub reads (PDF, XML, CSV or XLSX): the file is text without columns, and a CSV file's "
    "fields are separated by semicolons, commas or tabs",
    "ikke et skema, hubben læser (PDF, XML, CSV eller XLSX): filen er tekst uden kolonner, og i en CSV-fil "
    "er felterne adskilt med semikolon, komma eller tabulator",
)


_HEAD = 4096  # bytes looked at to tell text from binary, and a table from other text
# An XML document's first markup is a declaration or processing instruction (`<?`), a comment or DOCTYPE
# (`<!`), or an element, whose name starts with a letter, `_` or `:` (XML 1.0, productions 1-5). A text
# of `<<` and `[` (PdfPig's `stackoverflow_error.pdf`, a PDF's dictionary marks with nothing of a PDF
# around them) is no XML, and "the XML is not well-formed" told its sender of a format they never sent.
_XML_START = re.compile(r"\s*<(?:[?!:]|[^\W\d])")
_STRAY_CONTROLS = 2  # a text may hold this many control characters, or more where it is long:
_TEXT_CONTROLS = 100  # at most one character in this many


def _pdf_header(data: bytes) -> bool:
    """A PDF's first line is its header, `%PDF-` and the version, which viewers find anywhere in the
    first 1024 bytes: a mailer or a wrapper may put binary junk before it (a MacBinary header) or whole
    lines (a printer's PJL commands). Lines of text and then `%PDF-` inside a line are a text quoting
    the header (a script that greps for it), not a PDF."""
    at = header_at(data)
    if at <= 0:
        return at == 0
    before = data[:at]
    if before.rstrip(b" \t").endswith((b"\n", b"\r")) or not (b"\n" in before or b"\r" in before):
        return True  # the header starts a line, or follows junk of no lines
    try:
        text = before.decode("utf-8")
    except UnicodeDecodeError:
        return True  # bytes no text editor writes: junk
    return _CONTROLS.search(text) is not None


# Real files lose their `%PDF-` line (a mail gateway, a careless converter) and still open in every viewer:
# an indirect object near the start and the end-of-file marker or xref pointer at the end say "PDF". A
# truncated one has no end, but a dictionary object (`1 0 obj <<`) at the start of a line is no text a
# spreadsheet holds; nor is a header that lost only its version (`%PDF` and a line break). Lenient
# viewers (SumatraPDF) open `1 0obj`, with no space before `obj`, and so do crafted files (corkami's).
_PDF_OBJECT = re.compile(rb"(?:^|[\r\n])\s*\d+\s+\d+\s*obj\b")
_PDF_DICTIONARY = re.compile(rb"(?:^|[\r\n])\s*\d+\s+\d+\s*obj\s*<<")


def _pdf_without_header(data: bytes) -> bool:
    head, tail = data[:1024], data[-1024:]
    if head.lstrip().startswith(b"%PDF"):
        return True
    if _PDF_DICTIONARY.search(head) is not None:
        return True
    return (b"%%EOF" in tail or b"startxref" in tail) and _PDF_OBJECT.search(head) is not None


# A zip's local file header is 30 bytes, then the member's name: a workbook's members are `xl/…` and
# `[Content_Types].xml`.
_WORKBOOK_PART = re.compile(rb"PK\x03\x04[\s\S]{26}(?:xl/|\[Content_Types\]\.xml)")


def _looks_like_a_workbook(data: bytes, filename: str) -> bool:
    """A zip that cannot be opened, named as a workbook or with a workbook's parts among its first
    local headers (which a truncated file keeps: the directory at its end is what is lost)."""
    return filename.lower().endswith((".xlsx", ".xlsm")) or _WORKBOOK_PART.search(data[:65536]) is not None


def _sniff_zip(data: bytes, filename: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            kind = zip_kind(archive)
    # What a zip whose members do not unpack raises: an unknown compression, a member with a password.
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, zlib.error, RuntimeError) as exc:
        if _looks_like_a_workbook(data, filename):  # cut off in a download or a mail: say what it was
            raise unreadable(
                filename,
                "damaged Excel workbook (.xlsx): the file is cut off or broken; save it again in Excel",
                "beskadiget Excel-projektmappe (.xlsx): filen er afkortet eller ødelagt; "
                "gem den igen i Excel",
            ) from exc
        raise unreadable(filename, "broken zip file", "beskadiget zip-fil") from exc
    if kind == "xlsx":
        return "xlsx"
    raise unreadable(filename, *NOT_READ[kind])


def _decode_head(head: bytes) -> str | None:
    """Decode the first bytes for a look, honouring a BOM; None when they are not text."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="ignore")
    if head.startswith(b"<\x00") or head.startswith(b"\x00<"):
        # UTF-16 XML without a BOM: still XML, and the XML parser knows how to read it.
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="ignore")
    if b"\x00" in head:
        return None
    try:
        # The head may end inside a multibyte character; that alone does not make it binary.
        return head.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return head[: exc.start].decode("utf-8")
    # The five bytes Windows-1252 leaves undefined are no sign of binary content (Shift-JIS, an XML
    # document in ISO-8859-5): control characters are (`sniff_format`), and whose text it is, the
    # reader tells.
    return head.decode("cp1252", errors="replace")


def _binary(filename: str) -> UnreadableDocument:
    return unreadable(
        filename,
        "not a PDF, XML, XLSX or CSV file (unknown or binary content)",
        "ikke en PDF-, XML-, XLSX- eller CSV-fil (ukendt eller binært indhold)",
    )
