"""An office file that lost the member naming its kind is one document, not a zip of documents (decision
0061, stop 60): a workbook without its [Content_Types].xml and workbook part (exceljs's
`spec/integration/data/missing-bits.xlsx` holds only `xl/_rels/workbook.xml.rels` and
`xl/worksheets/sheet1.xml`) is a damaged workbook; an OpenDocument file without its `mimetype` member
(PhpSpreadsheet's `tests/data/Reader/Ods/nomimetype.ods`) is told by its manifest.

Before, the upload unpacked such a file and read each of its parts as an XML document of its own: the
sender was told of XML files they never sent. Each workbook here is made by openpyxl in the test, and its
parts taken out; each OpenDocument file is written out here.
"""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from hub.adapters.readers import extract
from hub.adapters.readers.packages import NOT_READ
from hub.adapters.readers.sniff import sniff_format
from hub.errors import UnreadableDocument
from hub.services.upload_zips import Incoming, Limits, is_archive, unpack

_LIMITS = Limits(max_files=10, max_unpacked_bytes=1 << 20)


def _workbook_without(*lost: str, windows: bool = False) -> bytes:
    """A workbook (Ark1!A1 "Timer") with the named parts left out; `windows`: its folders written
    with backslashes and its names in another case, as some zip tools on Windows write them."""
    book = openpyxl.Workbook()
    book.active.title = "Ark1"
    book.active["A1"] = "Timer"
    whole = io.BytesIO()
    book.save(whole)
    out = io.BytesIO()
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            if name not in lost:
                written = name.replace("/", "\\").upper() if windows else name
                target.writestr(written, source.read(name))
    return out.getvalue()


@pytest.mark.parametrize(
    "lost",
    [
        ("[Content_Types].xml", "xl/workbook.xml"),
        ("[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"),
        ("[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"),
    ],
)
@pytest.mark.parametrize("windows", [False, True])
def test_a_workbook_without_its_content_types_is_one_damaged_workbook(
    lost: tuple[str, ...], windows: bool
) -> None:
    data = _workbook_without(*lost, windows=windows)
    sent = [Incoming("timeseddel.xlsx", data)]
    assert not is_archive(data)
    assert unpack(sent, _LIMITS) == sent
    assert sniff_format(data, "timeseddel.xlsx") == "xlsx"
    with pytest.raises(UnreadableDocument) as info:
        extract(data, "timeseddel.xlsx")
    problem = info.value.problems[0]
    assert problem.file == "timeseddel.xlsx"
    assert problem.reason_en.startswith("damaged Excel workbook (.xlsx): [Content_Types].xml: ")
    assert problem.reason_da.startswith("beskadiget Excel-projektmappe (.xlsx): [Content_Types].xml: ")


def test_a_zip_of_documents_in_a_folder_named_xl_is_still_unpacked() -> None:
    """Only a workbook's own part names make a zip a workbook: a folder called "xl" of forms is not."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/uge36.csv", "Dato;Timer\n")
        archive.writestr("xl/uge37.xml", "<skema/>")
    names = [doc.name for doc in unpack([Incoming("skemaer.zip", out.getvalue())], _LIMITS)]
    assert names == ["skemaer.zip/xl/uge36.csv", "skemaer.zip/xl/uge37.xml"]


_MANIFEST = (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    "{root}"
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


@pytest.mark.parametrize(
    ("root", "kind"),
    [
        (
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>',
            "ods",
        ),
        (
            "<manifest:file-entry manifest:media-type='application/vnd.oasis.opendocument.spreadsheet' "
            "manifest:full-path='/'/>",
            "ods",
        ),
        (
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.text"/>',
            "document",
        ),
    ],
)
def test_an_opendocument_file_without_its_mimetype_is_one_document_named_for_what_it_is(
    root: str, kind: str
) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("styles.xml", "<office:document-styles/>")
        archive.writestr("META-INF/manifest.xml", _MANIFEST.format(root=root))
    data = out.getvalue()
    sent = [Incoming("timer.ods", data)]
    assert unpack(sent, _LIMITS) == sent
    with pytest.raises(UnreadableDocument) as info:
        sniff_format(data, "timer.ods")
    assert (info.value.problems[0].reason_en, info.value.problems[0].reason_da) == NOT_READ[kind]
