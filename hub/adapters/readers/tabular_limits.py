"""What a spreadsheet (CSV or XLSX) may hold before it is refused unread: its bytes, its cells, and a
workbook's size unpacked, told from the zip's directory before anything is decompressed.

Apart from `tabular`'s two readers, which both count against these limits: a limit is what the
sender is told the file is too large for, not how either format is read.
"""

from __future__ import annotations

import io
import zipfile

from hub.adapters.readers.sniff import unreadable
from hub.adapters.readers.xlsx_names import find_as_excel_does
from hub.adapters.readers.xlsx_problems import DAMAGED
from hub.quantities import number_text

MAX_BYTES = 10 * 1024 * 1024
MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_CELLS = 100_000


def check_size(data: bytes, filename: str) -> None:
    """Refuse a spreadsheet larger than `MAX_BYTES`, before it is read."""
    if len(data) > MAX_BYTES:
        mb = MAX_BYTES // (1024 * 1024)
        raise unreadable(filename, f"the file is larger than {mb} MB", f"filen er større end {mb} MB")


def check_cells(cells: int, filename: str) -> None:
    """Refuse a spreadsheet once `cells` (counted so far) passes `MAX_CELLS`."""
    if cells > MAX_CELLS:
        en, da = (
            f"more than {number_text(MAX_CELLS, 'en')} cells",
            f"mere end {number_text(MAX_CELLS, 'da')} celler",
        )
        raise unreadable(filename, en, da)


def open_zip(data: bytes, filename: str) -> zipfile.ZipFile:
    """Open the workbook's zip; refuse a zip bomb by the sizes its directory declares, before anything
    is decompressed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        en, da = f"{DAMAGED[0]}: it is not a zip file", f"{DAMAGED[1]}: den er ikke en zip-fil"
        raise unreadable(filename, en, da) from exc
    # zipfile stops reading a member at its declared size, so a directory that lies cannot get past this.
    if total > MAX_UNCOMPRESSED:
        archive.close()
        mb = MAX_UNCOMPRESSED // (1024 * 1024)
        raise unreadable(
            filename,
            f"the workbook unpacks to more than {mb} MB",
            f"projektmappen fylder mere end {mb} MB udpakket",
        )
    return find_as_excel_does(archive)  # its parts found whatever their case or folder separator
