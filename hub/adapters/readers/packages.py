"""What kind of office file a zip or an OLE compound file is, told from its own parts (decision 0061).

A workbook comes as a zip (XLSX, and also XLSB, ODS, a Word file) or, from older Excel or with a
password, as an OLE compound file. Only XLSX is read; the others get a reason that says what the file
is and what to do, rather than "broken" or "not a workbook", and a zip that is one document (an office
file) is never unpacked as a zip of documents.
"""

from __future__ import annotations

import re
import zipfile

# The workbook part's content types (ECMA-376; Microsoft's for macro-enabled files), as openpyxl names
# them in `openpyxl.xml.constants`: written out here because importing that module imports all of
# openpyxl (a fifth of a CPU-second), and sniffing a file must not (`tests/cli/test_lazy_commands.py`
# holds them equal to openpyxl's).
XLTM = "application/vnd.ms-excel.template.macroEnabled.main+xml"
XLTX = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"
XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
WORKBOOK_TYPES = (XLTM, XLTX, XLSM, XLSX)  # openpyxl's order of preference (`_find_workbook_part`)
XLSB = "application/vnd.ms-excel.sheet.binary.macroEnabled.main"
ADDIN = "application/vnd.ms-excel.addin.macroEnabled.main+xml"
_TYPES = "[Content_Types].xml"
_MAX_TYPES_BYTES = 1 << 20  # a real one is a few KB; a larger one is not looked into
_CONTENT_TYPE = re.compile(rb"""ContentType\s*=\s*["']([^"']*)["']""")
_ODF_SPREADSHEET = b"application/vnd.oasis.opendocument.spreadsheet"

# The OLE compound file's stream names, as its directory holds them (UTF-16LE, ended by a NUL).
_OLE_STREAMS = (
    ("encrypted", "EncryptedPackage"),  # an XLSX (or any OOXML file) protected by a password
    ("xls", "Workbook"),  # Excel 97-2003
    ("xls", "Book"),  # Excel 5/95
    ("doc", "WordDocument"),
)


_SAVE_EN = 'open it in Excel and save it as "Excel Workbook (.xlsx)"'
_SAVE_DA = 'åbn den i Excel, og gem den som "Excel-projektmappe (.xlsx)"'
# What each kind the hub does not read is, and what to do with it (English, Danish).
NOT_READ = {
    "xls": (
        f"old Excel format (.xls) is not accepted; {_SAVE_EN}",
        f"det gamle Excel-format (.xls) accepteres ikke; {_SAVE_DA}",
    ),
    "encrypted": (
        "the workbook is protected by a password (encrypted) and cannot be read; open it in Excel, "
        "remove the password (File > Info > Protect Workbook > Encrypt with Password) and save it as "
        '"Excel Workbook (.xlsx)"',
        "projektmappen er beskyttet med en adgangskode (krypteret) og kan ikke læses; åbn den i Excel, "
        "fjern adgangskoden (Filer > Oplysninger > Beskyt projektmappe > Krypter med adgangskode), "
        'og gem den som "Excel-projektmappe (.xlsx)"',
    ),
    "doc": (
        "a Word document (.doc) is not accepted; send the form as PDF, XLSX, CSV or XML",
        "et Word-dokument (.doc) accepteres ikke; send blanketten som PDF, XLSX, CSV eller XML",
    ),
    "ole": (
        "an old Office file (.xls/.doc) is not accepted; save the file as .xlsx or .csv",
        "en gammel Office-fil (.xls/.doc) accepteres ikke; gem filen som .xlsx eller .csv",
    ),
    "xlsb": (
        f"Excel binary workbook (.xlsb) is not accepted; {_SAVE_EN}",
        f"Excel-binær projektmappe (.xlsb) accepteres ikke; {_SAVE_DA}",
    ),
    "addin": (
        "an Excel add-in (.xlam) holds no sheets to read; send the workbook with the form itself",
        "et Excel-tilføjelsesprogram (.xlam) har ingen ark at læse; send projektmappen med selve blanketten",
    ),
    "ods": (
        "OpenDocument spreadsheet (.ods) is not accepted; open it (in LibreOffice or Excel) and save it "
        'as "Excel 2007-365 (.xlsx)" or "Excel Workbook (.xlsx)"',
        "OpenDocument-regneark (.ods) accepteres ikke; åbn det (i LibreOffice eller Excel), og gem det "
        'som "Excel 2007-365 (.xlsx)" eller "Excel-projektmappe (.xlsx)"',
    ),
    "document": (
        "an office document that is not an Excel workbook (Word, PowerPoint, OpenDocument) is not "
        "accepted; send the form as PDF, XLSX, CSV or XML",
        "et kontordokument, der ikke er en Excel-projektmappe (Word, PowerPoint, OpenDocument), "
        "accepteres ikke; send blanketten som PDF, XLSX, CSV eller XML",
    ),
    "zip": (
        "a zip archive that is not an Excel workbook (.xlsx) is not accepted",
        "et zip-arkiv, der ikke er en Excel-projektmappe (.xlsx), accepteres ikke",
    ),
}


def zip_kind(archive: zipfile.ZipFile) -> str:
    """ "xlsx" (a workbook the reader reads, macro-enabled or a template too), "xlsb", "addin" (an
    Excel add-in), "ods" (OpenDocument spreadsheet), "document" (another office file: Word,
    PowerPoint, OpenDocument text), or "zip" (a zip of files, no office file)."""
    names = set(archive.namelist())
    if "xl/workbook.xml" in names:
        return "xlsx"  # as a workbook's own parts say, without unpacking anything (`types_kind` else)
    if "mimetype" in names:  # an OpenDocument file names its kind in its first member
        return "ods" if archive.read("mimetype")[:100].strip() == _ODF_SPREADSHEET else "document"
    if _MANIFEST in names:  # and in its manifest, which a file without that member still has
        return _manifest_kind(archive)
    # Found as Office finds it: a package made on Windows can name it "[content_types].xml", its
    # folders with backslashes. Said to be a workbook, it is then refused naming what is wrong, rather
    # than unpacked as a zip of documents.
    info = next((i for i in archive.infolist() if i.filename.lower() == _TYPES.lower()), None)
    if info is None:
        # A workbook that lost its [Content_Types].xml and workbook part (exceljs's `missing-bits.xlsx`:
        # its sheet and relationships only) is one damaged workbook: unpacked, each part was read as an
        # XML document of its own. No zip a person makes holds these paths.
        return "xlsx" if any(_is_workbook_part(name) for name in names) else "zip"
    if info.file_size > _MAX_TYPES_BYTES:
        return "document"
    found = {t.decode("ascii", "replace").strip() for t in _CONTENT_TYPE.findall(archive.read(info))}
    return types_kind(found)


_MANIFEST = "META-INF/manifest.xml"
# The manifest's entry for the document itself (its path "/"), attributes in either order.
_ROOT_ENTRY = re.compile(rb"<[^>]*full-path\s*=\s*[\"']/[\"'][^>]*>")


def _manifest_kind(archive: zipfile.ZipFile) -> str:
    # PhpSpreadsheet's `nomimetype.ods` (LibreOffice's, its `mimetype` member lost) was unpacked, and its
    # content.xml, styles.xml and settings.xml each read as an XML document.
    info = archive.getinfo(_MANIFEST)
    if info.file_size > _MAX_TYPES_BYTES:
        return "document"
    root = _ROOT_ENTRY.search(archive.read(info))
    return (
        "ods" if root is not None and _ODF_SPREADSHEET + b'"' in root[0].replace(b"'", b'"') else "document"
    )


# Parts only a workbook package has (ECMA-376 Part 1, 12.3), beside the workbook part itself.
_WORKBOOK_PARTS = re.compile(
    r"xl/(?:worksheets/[^/]+\.xml|_rels/workbook\.xml\.rels|sharedstrings\.xml|styles\.xml)"
)


def _is_workbook_part(name: str) -> bool:
    # As Office reads names: without regard to case, a folder's separator written either way.
    return _WORKBOOK_PARTS.fullmatch(name.replace("\\", "/").lower()) is not None


def types_kind(types: set[str]) -> str:
    """The kind of an Open XML package from the content types its [Content_Types].xml names."""
    if types.intersection(WORKBOOK_TYPES):
        return "xlsx"
    if XLSB in types:
        return "xlsb"
    if ADDIN in types:
        return "addin"
    # Word, PowerPoint, or a package of no kind named here: no zip a person makes has content types
    return "document"


def ole_kind(data: bytes) -> str:
    """An OLE compound file's kind by the streams it holds: "encrypted" (a password-protected XLSX or
    XLSB: Office keeps the encrypted package in such a file), "xls", "doc", or "ole"."""
    # Stream names are matched without regard to case, as the format has it ("WORKBOOK" from some
    # report writers): `bytes.lower` changes ASCII letters only, which is what UTF-16LE names are here.
    folded = data.lower()
    for kind, stream in _OLE_STREAMS:
        if (stream.lower() + "\0").encode("utf-16-le") in folded:
            return kind
    return "ole"


# An Excel 2.x-4.x file is no compound file but the workbook's records: the first is a BOF record (0x0009,
# 0x0209 or 0x0409) of 4 to 8 bytes, whose second word is the kind of sheet (worksheet, chart, macro
# sheet or a 4.0 workbook).
_BIFF = re.compile(
    rb"\x09[\x00\x02\x04][\x04\x06\x08]\x00..(?:\x10|\x20|\x40)\x00|\x09\x04\x06\x00..\x00\x01", re.S
)


def is_old_excel(data: bytes) -> bool:
    """Whether the bytes are an Excel 2.x-4.x workbook or sheet (its records, no compound file)."""
    return _BIFF.match(data[:8]) is not None
