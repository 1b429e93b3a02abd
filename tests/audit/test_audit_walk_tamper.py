"""An auditor's walk (stop 51): each way a bundle can be tampered with fails verify.py, exit 1, with a
Danish line and its English line naming the file that was changed, removed or swapped in, every such
line, not only the manifest's (before stop 51, "logpost 48 svarer ikke til sine data" named no file).

Gentofte's rule is `full` (config/municipalities/gentofte.toml), so its bundle carries the originals;
Lyngby-Taarbæk's bundle of the same quarter is the other bundle whose files are swapped in.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import demo_copy_fixture

from hub.cli import cli

demo = demo_copy_fixture("audit-walk-tamper", name="demo", users=False)
VERDICT = ("pakken er IKKE urørt", "the bundle is NOT intact")
NAMED = re.compile(r"\b[\w-]+(?:/[\w.-]+)*\.(?:jsonl|json|txt|pdf|csv|xml|md|sig|py)\b")


def _unpacked(demo: Flask, folder: Path, who: str) -> Path:
    out = folder / f"{who}.zip"
    made = FlaskCliRunner(demo).invoke(cli, ["bundle", who, "--period", "2026-Q3", "--out", str(out)])
    assert made.exit_code == 0, made.output
    with zipfile.ZipFile(out) as zipped:
        zipped.extractall(folder / who)
    return folder / who


@pytest.fixture(scope="module")
def bundles(demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """Gentofte's and Lyngby-Taarbæk's bundles of 2026-Q3, unpacked, and the published fingerprint."""
    folder = tmp_path_factory.mktemp("walk")
    key = FlaskCliRunner(demo).invoke(cli, ["audit", "key"]).stderr.split("fingerprint: ")[1].split()[0]
    return _unpacked(demo, folder, "gentofte"), _unpacked(demo, folder, "lyngby-taarbaek"), key


def _first_document(folder: Path) -> str:
    return sorted(p.relative_to(folder).as_posix() for p in (folder / "documents").iterdir())[0]


def _flip(folder: Path, name: str, at: bytes) -> None:
    """One byte changed: the first byte after `at` in `name`."""
    path = folder / name
    data = bytearray(path.read_bytes())
    data[data.index(at) + len(at)] ^= 0x01
    path.write_bytes(bytes(data))


def _byte_of_document(folder: Path, other: Path) -> str:
    name = _first_document(folder)
    _flip(folder, name, b"%PDF")
    return name


def _byte_of_record(folder: Path, other: Path) -> str:
    _flip(folder, "records/records.jsonl", b'"raw_value": "')
    return "records/records.jsonl"


def _byte_of_the_log(folder: Path, other: Path) -> str:
    _flip(folder, "log/entries.jsonl", b'"actor": "')  # the entry as shown, not its leaf data
    return "log/entries.jsonl"


def _document_removed(folder: Path, other: Path) -> str:
    name = _first_document(folder)
    (folder / name).unlink()
    return name


def _log_reordered(folder: Path, other: Path) -> str:
    path = folder / "log" / "entries.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join([lines[1], lines[0], *lines[2:]]))
    return "log/entries.jsonl"


def _swapped(name: str) -> Callable[[Path, Path], str]:
    def swap(folder: Path, other: Path) -> str:
        shutil.copyfile(other / name, folder / name)
        return name

    return swap


CASES = {
    "a byte of a document": _byte_of_document,
    "a byte of a record": _byte_of_record,
    "a byte of the log": _byte_of_the_log,
    "a document removed": _document_removed,
    "the log's entries reordered": _log_reordered,
    "another bundle's records": _swapped("records/records.jsonl"),
    "another bundle's log": _swapped("log/entries.jsonl"),
    "another bundle's checkpoint": _swapped("log/checkpoint.txt"),
}


@pytest.mark.parametrize("case", CASES)
def test_tampering_fails_naming_the_file_in_danish_and_english(
    bundles: tuple[Path, Path, str], tmp_path: Path, case: str
) -> None:
    original, other, key = bundles
    folder = tmp_path / "bundle"
    shutil.copytree(original, folder)
    name = CASES[case](folder, other)
    command = [sys.executable, "-I", str(folder / "verify.py"), str(folder), "--key", key]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stdout
    lines = done.stdout.splitlines()
    failed = [(da, en) for da, en in zip(lines, lines[1:], strict=False) if da.startswith("FEJL ")]
    said = [(da[5:], en.strip()) for da, en in failed if da[5:] != VERDICT[0]]
    # Every line names a file of the bundle, in both languages; one names the file tampered with.
    for danish, english in said:
        assert NAMED.search(danish) and NAMED.search(english), done.stdout
    assert any(name in danish and name in english for danish, english in said), done.stdout
    assert ("FEJL " + VERDICT[0], "     " + VERDICT[1]) in list(zip(lines, lines[1:], strict=False))
