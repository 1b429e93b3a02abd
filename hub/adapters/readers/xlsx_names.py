"""A workbook's parts found by name as Excel finds them (decision 0061, stop 60): without regard to case
(ECMA-376 Part 2, 6.2.2.3: part names are equivalent when they differ in ASCII case only), and with a
backslash taken for the folder separator, as some writers on Windows store them.

Before, such a workbook was refused as missing a part it holds ("xl/workbook.xml: this part is missing
from the file"): ExcelDataReader's `Test_git_issue_301_IgnoreCase.xlsx` (`xl/WorkBook.xml`,
`xl/WorkSheets/SHEET1.xml`) and `Test_git_issue_385_backslash.xlsx`, PhpSpreadsheet's `issue.3730.xlsx`
and `Zip-Windows-Directory-Separator.xlsx` (`xl\\workbook.xml`), files their users sent them.
"""

from __future__ import annotations

import zipfile
from typing import Any

__all__ = ["find_as_excel_does", "folded"]


def folded(name: str) -> str:
    """A part name as compared: in lower case, every backslash a slash."""
    return name.replace("\\", "/").lower()


class _PartNames(dict[str, zipfile.ZipInfo]):
    """A zip's `NameToInfo`, where `ZipFile.getinfo` (and so `read` and `open`) looks a name up, and
    the reader asks whether a part is there: a name stored as asked for first, else by its folded form
    (the first member stored so, where two are)."""

    def __init__(self, stored: dict[str, zipfile.ZipInfo]) -> None:
        super().__init__(stored)
        self._folded: dict[str, zipfile.ZipInfo] = {}
        for name, info in stored.items():
            self._folded.setdefault(folded(name), info)

    def get(self, name: str, default: Any = None) -> Any:
        found = super().get(name)
        return found if found is not None else self._folded.get(folded(name), default)

    def __contains__(self, name: object) -> bool:
        return super().__contains__(name) or (isinstance(name, str) and folded(name) in self._folded)


def find_as_excel_does(archive: zipfile.ZipFile) -> zipfile.ZipFile:
    """The archive, opened for reading, with its parts found as Excel finds them. A name stored exactly
    as asked for costs nothing more: only a miss is folded."""
    archive.NameToInfo = _PartNames(archive.NameToInfo)
    return archive
