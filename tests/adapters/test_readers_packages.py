"""Office files the hub does not read are named for what they are, with what to do; the workbooks it
reads are found by their own parts; text with a stray control character is text (decision 0061).

Every input is built here: an OLE compound file by the stream names its directory holds, a zip by the
parts and content types an Excel, LibreOffice or Word file has.
"""

from __future__ import annotations

import gzip
import io
import zipfile

import openpyxl
import pytest

from hub.adapters.readers import extract
from hub.adapters.readers.sniff import sniff_format
from hub.adapters.readers.tabular import read_xlsx
from hub.errors import UnreadableDocument
from hub.services.upload_zips import Incoming, Limits, unpack

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
_TYPES = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{}</Types>'
_XLSB = "application/vnd.ms-excel.sheet.binary.macroEnabled.main"
_ADDIN = "application/vnd.ms-excel.addin.macroEnabled.main+xml"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _ole(*streams: str) -> bytes:
    """An OLE compound file whose directory names these streams (UTF-16LE, each ended by a NUL)."""
    return _OLE2 + b"".join((name + "\0").encode("utf-16-le").ljust(128, b"\0") for name in streams)


def _zip(members: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _package(main_type: str, part: str) -> bytes:
    """An Open XML package whose main part `part` has the content type `main_type`."""
    types = _TYPES.format(f'<Override PartName="/{part}" ContentType="{main_type}"/>')
    return _zip({"[Content_Types].xml": types, part: b"\x00\x01binary"})


def _workbook(folder: str) -> bytes:
    """A workbook saved by openpyxl, its parts moved from xl/ to `folder` ("" for the package's root)
    as some producers place them, the workbook's sheets named relative to it."""
    book = openpyxl.Workbook()
    book.active.title = "Ark1"
    book.active["B2"] = "Timer"
    saved = io.BytesIO()
    book.save(saved)
    prefix = f"{folder}/" if folder else ""
    with zipfile.ZipFile(saved) as archive:
        members = {
            name.replace("xl/", prefix, 1): archive.read(name).replace(b"/xl/", f"/{prefix}".encode())
            for name in archive.namelist()
        }
    rels = f"{prefix}_rels/workbook.xml.rels"
    members[rels] = members[rels].replace(f'Target="/{prefix}'.encode(), b'Target="')
    return _zip(members)


@pytest.mark.parametrize(
    ("data", "english", "danish"),
    [
        (_ole("Root Entry", "EncryptionInfo", "EncryptedPackage"), "protected by a password", "adgangskode"),
        (_ole("Root Entry", "Workbook"), "old Excel format (.xls)", "gamle Excel-format (.xls)"),
        (_ole("Root Entry", "Book"), "old Excel format (.xls)", "gamle Excel-format (.xls)"),
        (_ole("Root Entry", "WORKBOOK"), "old Excel format (.xls)", "gamle Excel-format (.xls)"),
        (_ole("Root Entry", "WordDocument"), "Word document (.doc)", "Word-dokument (.doc)"),
        (b"\x09\x04\x06\x00\x00\x00\x10\x00" + b"\x31\x00\x14\x00" * 40, "old Excel format (.xls)", "(.xls)"),
        (b"\x09\x00\x04\x00\x07\x00\x10\x00" + b"\x0c\x00\x02\x00" * 40, "old Excel format (.xls)", "(.xls)"),
        (_package(_XLSB, "xl/workbook.bin"), "Excel binary workbook (.xlsb)", "(.xlsb)"),
        (
            gzip.compress(b"Dato;Timer\n03.08.2026;3,5\n", mtime=0),
            "compressed file (.gz)",
            "komprimeret fil (.gz)",
        ),
        (_package(_ADDIN, "xl/workbook.xml"), "Excel add-in (.xlam)", "Excel-tilføjelsesprogram"),
        (_package(_DOCX, "word/document.xml"), "office document", "kontordokument"),
        (
            _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<a/>"}),
            "OpenDocument spreadsheet (.ods)",
            "OpenDocument-regneark (.ods)",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else "",  # bytes make no stable id (xdist compares)
)
def test_a_file_the_hub_does_not_read_is_named_for_what_it_is(data: bytes, english: str, danish: str) -> None:
    """Read as an upload reads it (`extract`: sniffed, then read): never "broken", never "not a
    workbook", but what the file is and, for a workbook, to save it as .xlsx."""
    with pytest.raises(UnreadableDocument) as info:
        extract(data, "skema.xlsx")
    (problem,) = info.value.problems
    assert problem.file == "skema.xlsx"
    assert english in problem.reason_en and danish in problem.reason_da
    said = problem.reason_en + problem.reason_da
    assert "broken" not in said and "beskadiget" not in said
    if "(.xls" in english or ".ods" in english or "password" in english:  # a workbook: what to save it as
        assert ".xlsx" in problem.reason_en and ".xlsx" in problem.reason_da


@pytest.mark.parametrize("folder", ["wb", ""])
def test_a_workbook_is_found_by_its_content_types_wherever_its_parts_are(folder: str) -> None:
    """The workbook part is where [Content_Types].xml says (openpyxl reads it there), not only at
    xl/workbook.xml, and its sheets where its relationships say, also from the package's root:
    sniffed as a workbook, read, and not unpacked as a zip of documents."""
    data = _workbook(folder)
    assert "xl/workbook.xml" not in zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert sniff_format(data, "a.zip") == "xlsx"
    assert [(v.key, v.value) for v in read_xlsx(data, "a.xlsx").values] == [("Ark1!B2", "Timer")]
    assert unpack([Incoming("a.xlsx", data)], Limits(max_files=10, max_unpacked_bytes=1 << 20)) == [
        Incoming("a.xlsx", data)
    ]


@pytest.mark.parametrize(
    "data",
    [
        _package(_XLSB, "xl/workbook.bin"),
        _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<a/>"}),
        _package(_DOCX, "word/document.xml"),
    ],
)
def test_an_office_file_in_an_upload_is_one_document_not_a_zip_to_unpack(data: bytes) -> None:
    """Unpacked, its parts would each be read as a document of its own (content.xml as an XML form)."""
    sent = [Incoming("skema", data)]
    assert unpack(sent, Limits(max_files=10, max_unpacked_bytes=1 << 20)) == sent


def test_a_package_made_on_windows_is_one_document_named_for_what_is_wrong() -> None:
    """ "[content_types].xml" and backslashes in its names: not unpacked into its parts; its content types
    and workbook found as Excel finds them (stop 60), and refused naming the part it lacks."""
    types = _TYPES.format(f'<Override PartName="/xl/workbook.xml" ContentType="{_XLSX}"/>')
    data = _zip({"[content_types].xml": types, "xl\\workbook.xml": "<workbook/>"})
    sent = [Incoming("skema.xlsx", data)]
    assert unpack(sent, Limits(max_files=10, max_unpacked_bytes=1 << 20)) == sent
    with pytest.raises(UnreadableDocument) as info:
        extract(data, "skema.xlsx")
    assert "xl/_rels/workbook.xml.rels: this part is missing" in info.value.problems[0].reason_en


def test_a_plain_zip_is_still_unpacked() -> None:
    data = _zip({"a.csv": "Dato;Timer\n", "b.csv": "Dato;Timer\n"})
    names = [doc.name for doc in unpack([Incoming("z.zip", data)], Limits(10, 1 << 20))]
    assert names == ["z.zip/a.csv", "z.zip/b.csv"]


def test_an_xlsb_whose_package_has_a_workbook_xml_too_is_named_by_its_content_type() -> None:
    """The reader finds no workbook content type: it says what the package is, in its own words."""
    types = _TYPES.format(f'<Default Extension="bin" ContentType="{_XLSB}"/>')
    data = _zip({"[Content_Types].xml": types, "xl/workbook.xml": "<workbook/>", "xl/workbook.bin": "x"})
    with pytest.raises(UnreadableDocument) as info:
        read_xlsx(data, "b.xlsx")
    assert "Excel binary workbook (.xlsb)" in info.value.problems[0].reason_en


@pytest.mark.parametrize(
    ("data", "cells"),
    [
        # a cell's CHAR(7) in a CSV export: one control character in a line of text
        (b"Navn;Note\r\nAnna;bip\x07\r\nBo;ok\r\n", {"A1": "Navn", "B2": "bip\x07", "B3": "ok"}),
        (b"Navn;Timer\r\nAnna;3\r\n\x1a", {"A1": "Navn", "B2": "3"}),  # a DOS end-of-file mark
    ],
)
def test_text_with_a_stray_control_character_is_read_as_text(data: bytes, cells: dict[str, str]) -> None:
    extraction = extract(data, "t.csv")
    found = {v.key: v.value for v in extraction.values}
    assert extraction.format == "csv" and cells.items() <= found.items()


def test_text_full_of_control_characters_is_still_binary() -> None:
    with pytest.raises(UnreadableDocument, match="binary"):
        sniff_format(b"a\x01b\x02c\x03d\x04" * 100, "x.csv")


def test_bytes_windows_1252_leaves_undefined_do_not_make_text_binary() -> None:
    """An XML document in Windows-1251 ("Џ" is byte 0x8F, undefined in Windows-1252) is read by its
    declaration; a Shift-JIS text ("、" begins with byte 0x81) is refused by the CSV reader, naming
    the encodings it is not in."""
    xml = '<?xml version="1.0" encoding="windows-1251"?><a>Џиљ</a>'.encode("cp1251")
    assert b"\x8f" in xml
    assert [v.value for v in extract(xml, "a.xml").values] == ["Џиљ"]
    text = "名前;時間、分\n山田;3\n".encode("shift_jis")
    assert b"\x81" in text
    with pytest.raises(UnreadableDocument) as info:
        extract(text, "j.csv")
    assert "UTF-8" in info.value.problems[0].reason_en and "binary" not in info.value.problems[0].reason_en


@pytest.mark.parametrize(
    ("data", "english", "danish"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image is not a form", "et PNG-billede er ikke"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image is not a form", "et PNG-billede er ikke et skema"),  # all text
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image", "et JPEG-billede"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image", "et GIF-billede"),  # printable but for the size
        (b"GIF87a;;;", "a GIF image", "et GIF-billede"),
        (b"II*\x00\x08\x00\x00\x00", "a TIFF image", "et TIFF-billede"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "a HEIC photo", "et HEIC-foto"),  # an iPhone's photo
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image", "et WebP-billede"),
        (b"Rar!\x1a\x07\x01\x00", "a RAR archive is not accepted", "et RAR-arkiv accepteres ikke"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04", "a 7-Zip archive is not accepted", "et 7-Zip-arkiv accepteres ikke"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_picture_or_an_archive_is_named_and_told_what_to_send(
    data: bytes, english: str, danish: str
) -> None:
    """A photo or a scan of a paper form is what is most often sent by mistake: short ones decode as
    text (cp1252 takes nearly any byte), so they were taken for a CSV and refused later as no form."""
    with pytest.raises(UnreadableDocument) as info:
        extract(data, "skema.png")
    (problem,) = info.value.problems
    assert problem.file == "skema.png"
    assert english in problem.reason_en and danish in problem.reason_da


@pytest.mark.parametrize("text", [b"GIF;Timer\n1;2\n", b"BM;Timer\n1;2\n", b"RIFF;WEBP\n", b"ftypheic;x\n"])
def test_a_text_that_begins_like_a_signature_is_still_a_text(text: bytes) -> None:
    assert sniff_format(text) == "csv"
