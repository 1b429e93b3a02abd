"""A workbook that lost its [Content_Types].xml and its workbook part is one damaged workbook, not a zip
of documents (decision 0061, stop 60: exceljs's `spec/integration/data/missing-bits.xlsx` holds only
`xl/_rels/workbook.xml.rels` and `xl/worksheets/sheet1.xml`).

Before, the upload unpacked such a file and read each of its parts as an XML document of its own: the
sender of a damaged workbook was told of two XML files they never sent. Each workbook here is made by
openpyxl in the test, and its parts taken out.
"""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from hub.adapters.readers import extract
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
