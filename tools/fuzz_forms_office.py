"""Mutators for `tools.fuzz_forms` (see `tools.fuzz_forms_text` for what a mutator is) that give a form
"saved again by another program" (stop 53): the hub's workbooks and CSV files opened in LibreOffice Calc
and saved again, as a caseworker without Excel or a case system converting files headless does.

- xlsx/libreoffice: the workbook saved again as .xlsx (Calc writes its own styles, its own shared
  string table, inline strings where it likes, dates as serial numbers);
- xlsx/libreoffice_csv: the workbook saved as CSV (Calc's defaults: commas, Windows' code page, each
  cell as the sheet shows it, the first sheet alone); the file is then sent as `<name>.csv`;
- csv/libreoffice: the CSV opened and saved again as CSV, with Calc's defaults (read separated by
  commas in Calc's own character set, numbers recognised, written back so), or as a caseworker does,
  who picks the file's separator and character set in the import dialog.

Calc runs in a Danish locale (the caseworker's), with a profile of its own for this process (another
LibreOffice on the machine keeps its own). Each is the seed's form: it must be read as it, or refused by
the bar (`SAME_OR_REFUSED`). Where `soffice` is not installed these mutators raise `Skipped` and the
tool says so; the family is left out, never counted as applied.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import os
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from tools.fuzz_forms_csv import _rows
from tools.fuzz_forms_text import Mutator
from tools.fuzz_forms_xlsx import _parts, _zip

LOCALE = "da_DK.UTF-8"  # Calc takes its locale from the environment: a Danish caseworker's dates, decimals
CONVERT_SECONDS = 180  # a first start of LibreOffice on a slow machine builds its profile
# Calc's CSV filter options (its import dialog's fields, in order): separator, text quote, character set,
# first line, column formats, language (1030: Danish). Character sets by LibreOffice's numbers: 76 UTF-8,
# 1 Windows-1252.
_CHARSET = {"utf-8": "76", "utf-8-sig": "76", "cp1252": "1"}


class Skipped(Exception):
    """A mutator family that cannot run on this machine (no LibreOffice): the tool says so and goes on."""


@functools.cache
def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise Skipped("soffice not installed: the 'saved again by LibreOffice' mutators are skipped")
    return found


@functools.cache
def _profile() -> Path:
    """A LibreOffice profile of this process's own: two instances on one profile wait on each other. It
    is removed when the process ends (a profile is some megabytes, one a run)."""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-forms-lo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@functools.lru_cache(maxsize=256)
def convert(data: bytes, suffix: str, target: str, infilter: str = "") -> bytes:
    """`data` (a file ending `suffix`) converted by headless LibreOffice to `target` (`xlsx`, or `csv`
    with its export options after a colon); the same bytes and options are converted once a run."""
    with tempfile.TemporaryDirectory(prefix="fuzz-forms-lo-") as folder:
        name = "form-" + hashlib.sha256(data).hexdigest()[:12]
        source = Path(folder) / f"{name}{suffix}"
        source.write_bytes(data)
        command = [_soffice(), f"-env:UserInstallation={_profile().as_uri()}", "--headless", "--norestore"]
        if infilter:
            command.append(f"--infilter={infilter}")
        command += ["--convert-to", target, "--outdir", str(Path(folder) / "out"), str(source)]
        env = {**os.environ, "LC_ALL": LOCALE, "LANG": LOCALE}
        subprocess.run(command, env=env, capture_output=True, timeout=CONVERT_SECONDS, check=False)
        made = Path(folder) / "out" / f"{name}.{target.split(':')[0]}"
        if not made.exists():
            raise RuntimeError(f"LibreOffice did not convert {source.name} to {target}")
        return made.read_bytes()


def xlsx_libreoffice(data: bytes, rng: random.Random) -> bytes | None:
    """The workbook opened in Calc and saved again as Excel 2007-365 (.xlsx)."""
    del rng  # one way to save it
    return convert(data, ".xlsx", "xlsx")


def xlsx_libreoffice_csv(data: bytes, rng: random.Random) -> bytes | None:
    """The workbook opened in Calc and saved as CSV with Calc's defaults (its first sheet)."""
    del rng
    return convert(data, ".xlsx", "csv")


def csv_libreoffice(data: bytes, rng: random.Random) -> bytes | None:
    """The CSV opened in Calc and saved again as CSV: with Calc's defaults (no import options: commas,
    Calc's character set), or with the file's own separator and character set picked in the import
    dialog and kept on saving; numbers recognised, in Danish."""
    if rng.random() < 0.5:
        return convert(data, ".csv", "csv")
    _, delimiter, encoding = _rows(data)
    options = f"{ord(delimiter)},34,{_CHARSET[encoding]},1,,1030"
    return convert(data, ".csv", f"csv:Text - txt - csv (StarCalc):{options}", f"CSV:{options}")


# --- Excel for Mac's 1904 date system ------------------------------------------------------------------

_XF = re.compile(rb"<xf\b[^>]*>")
_NUMFMT = re.compile(rb"<numFmt\b[^>]*>")  # its attributes in either order (DuckDB writes formatCode first)
_NUMFMT_ID = re.compile(rb'\bnumFmtId="(\d+)"')
_FORMAT_CODE = re.compile(rb'\bformatCode="([^"]*)"')
# The parts of a workbook that follow `workbookPr` in its schema's order, where one is put if it has none
# (excel-builder-vanilla writes `<sheets>` first): `fileVersion` and `fileSharing` come before it.
_AFTER_WORKBOOK_PR = re.compile(rb"<(?:\w+:)?(?:workbookProtection|bookViews|sheets)\b")
_DATE_CELL = re.compile(
    rb'(<c\b(?=[^>]*\bs="(\d+)")(?![^>]*\bt="(?!n")[^"]*")[^>]*>(?:<f\b.*?</f>|<f\b[^>]*/>)?<v>)([^<]+)(</v>)',
    re.DOTALL,
)
_BUILTIN_DATES = frozenset({*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)})
MAC_DAYS = 1462  # 1904-01-01 less 1900-01-01 as Excel counts: a date's serial is this much smaller


def _date_styles(styles: bytes) -> set[bytes]:
    """The indices (as `s="…"` says them) of the cell styles whose number format shows a date."""
    formats = {}
    for tag in _NUMFMT.findall(styles):
        numbered, coded = _NUMFMT_ID.search(tag), _FORMAT_CODE.search(tag)
        if numbered and coded:
            formats[int(numbered[1])] = re.sub(
                rb'"[^"]*"|\\.|\[[^\]]*\]', b"", coded[1].replace(b"&quot;", b'"')
            )
    xfs = _XF.findall(styles.split(b"<cellXfs", 1)[1]) if b"<cellXfs" in styles else []
    dated = set()
    for index, xf in enumerate(xfs):
        found = re.search(rb'numFmtId="(\d+)"', xf)
        number = int(found[1]) if found else 0
        code = formats.get(number, b"")
        if number in _BUILTIN_DATES or re.search(rb"[dy]", code.lower()):
            dated.add(str(index).encode())
    return dated


def xlsx_mac1904(data: bytes, rng: random.Random) -> bytes | None:
    """The workbook as Excel for Mac 2011 and older templates save it: the 1904 date system
    (`<workbookPr date1904="1"/>`, put in where the workbook has none), every date cell's serial 1,462 days
    smaller. The same dates: it must be read as its seed (a reader counting from 1900 reads each four
    years and a day late)."""
    del rng
    parts = _parts(data)
    dated = _date_styles(parts.get("xl/styles.xml", b""))
    book = parts.get("xl/workbook.xml", b"")
    if not dated or (b"<workbookPr" not in book and not _AFTER_WORKBOOK_PR.search(book)):
        return None
    changed = False

    def shifted(m: re.Match[bytes]) -> bytes:
        nonlocal changed
        if m[2] not in dated or float(m[3]) < MAC_DAYS:
            return m[0]
        changed = True
        serial = float(m[3]) - MAC_DAYS
        return m[1] + (str(int(serial)) if serial.is_integer() else repr(serial)).encode() + m[4]

    for name in [n for n in parts if n.startswith("xl/worksheets/") and n.endswith(".xml")]:
        parts[name] = _DATE_CELL.sub(shifted, parts[name])
    if not changed:
        return None
    if b"<workbookPr" not in book:  # one put where the schema has it, with the prefix of the part after
        after = _AFTER_WORKBOOK_PR.search(book)
        assert after is not None
        prefix = re.match(rb"<(\w+:)?", after[0])[1] or b""  # type: ignore[index]
        book = book[: after.start()] + b"<" + prefix + b"workbookPr/>" + book[after.start() :]
    # Any date1904 the tag holds goes, wherever it stands: LibreOffice writes `date1904="false"` last
    # (Svendborg's), which kept beside the new one made the part not well-formed.
    parts["xl/workbook.xml"] = re.sub(
        rb"<workbookPr\b[^>]*?(/?>)",
        lambda m: re.sub(rb'\s+date1904="[^"]*"', b"", m[0]).replace(
            b"<workbookPr", b'<workbookPr date1904="1"', 1
        ),
        book,
        count=1,
    )
    return _zip(parts)


XLSX: dict[str, Mutator] = {
    "libreoffice": xlsx_libreoffice,
    "libreoffice_csv": xlsx_libreoffice_csv,
    "mac1904": xlsx_mac1904,
}
CSV: dict[str, Mutator] = {"libreoffice": csv_libreoffice}
# Each is the seed's form saved again: read as it, or refused by the bar.
SAME_OR_REFUSED = {"xlsx/libreoffice", "xlsx/libreoffice_csv", "csv/libreoffice"}
LIBREOFFICE = (
    SAME_OR_REFUSED  # the mutators that start LibreOffice (seconds each): a bounded test leaves them
)
SAME = {"xlsx/mac1904"}  # the seed's dates in another count: read as it, or FAILED
# A mutant of these is sent under the seed's name with another suffix (the format it was saved as).
SUFFIX = {"xlsx/libreoffice_csv": ".csv"}
