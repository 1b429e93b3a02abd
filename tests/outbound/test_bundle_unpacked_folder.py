"""An auditor unpacks the bundle and looks at it in Finder or Explorer, which leave files of their own
(`.DS_Store`, `Thumbs.db`, `__MACOSX/`); `verify.py` on that folder still finds it intact, and says
what it skipped. Any other file added is still a bundle that is NOT intact."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import demo_copy_fixture

from hub.cli import cli

# `hub bundle` logs `bundle.created`: this module's own copy of the session's demo.
lived_demo = demo_copy_fixture("bundle-unpacked", name="lived_demo", users=False)


@pytest.fixture(scope="module")
def unpacked(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Gladsaxe's September 2026 bundle unpacked into a folder, and the published key's fingerprint."""
    out = tmp_path_factory.mktemp("bundle") / "gladsaxe-2026-09.zip"
    runner = FlaskCliRunner(lived_demo)
    made = runner.invoke(cli, ["bundle", "gladsaxe", "--period", "2026-09", "--out", str(out)])
    assert made.exit_code == 0, made.output
    key = runner.invoke(cli, ["audit", "key"]).stderr.split("fingerprint: ", 1)[1].split()[0]
    folder = out.parent / "unpacked"
    with zipfile.ZipFile(out) as zipped:
        zipped.extractall(folder)
    return folder, key


def _verify(folder: Path, key: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(folder / "verify.py"), str(folder), "--key", key]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


def test_files_the_operating_system_made_are_skipped_and_said(unpacked: tuple[Path, str]) -> None:
    folder, key = unpacked
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / "claim" / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "__MACOSX" / "claim").mkdir(parents=True)
    (folder / "__MACOSX" / "claim" / "._hentede-krav.txt").write_bytes(b"\x00\x05\x16\x07")
    done = _verify(folder, key)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 files the operating system made are not the bundle's and are skipped" in done.stdout
    assert "3 filer fra styresystemet er ikke pakkens og springes over" in done.stdout
    assert "the bundle is intact" in done.stdout and "Traceback" not in done.stderr


def test_any_other_file_added_is_still_caught(unpacked: tuple[Path, str]) -> None:
    folder, key = unpacked
    (folder / "claim" / "extra-claim.csv").write_text("1;2;3\n")
    try:
        done = _verify(folder, key)
    finally:
        (folder / "claim" / "extra-claim.csv").unlink()
    assert done.returncode == 1
    assert "claim/extra-claim.csv is not in the manifest" in done.stdout
    assert "the bundle is NOT intact" in done.stdout


def test_one_file_the_operating_system_made_is_said_as_one(
    unpacked: tuple[Path, str], tmp_path: Path
) -> None:
    folder, key = unpacked
    # A copy with only a .DS_Store (the first test leaves three files of its own in the folder).
    copy = tmp_path / "unpacked"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(".DS_Store", "Thumbs.db", "__MACOSX"))
    (copy / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    done = _verify(copy, key)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 fil fra styresystemet er ikke pakkens og springes over (.DS_Store)" in done.stdout
    assert "1 file the operating system made is not the bundle's and is skipped (.DS_Store)" in done.stdout


def test_the_readmes_openssl_check_leaves_a_file_that_is_skipped_and_said(
    unpacked: tuple[Path, str], tmp_path: Path
) -> None:
    """The README says: `base64 -d manifest.sig > manifest.bin`, then openssl with `-in manifest.json
    -sigfile manifest.bin`, in the unpacked folder where those names are. verify.py on that folder then
    still finds the bundle intact; it says what it skipped. A manifest.bin of other bytes is added."""
    folder, key = unpacked
    copy = tmp_path / "unpacked"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(".DS_Store", "Thumbs.db", "__MACOSX"))
    decoded = subprocess.run(
        ["base64", "-d", str(copy / "manifest.sig")], capture_output=True, check=True, timeout=30
    ).stdout
    assert len(decoded) == 64  # an Ed25519 signature
    (copy / "manifest.bin").write_bytes(decoded)
    done = _verify(copy, key)
    assert done.returncode == 0, done.stdout + done.stderr
    said = done.stdout
    assert "manifest.bin er manifest.sig afkodet til README'ens openssl-kontrol og springes over" in said
    assert "manifest.bin is manifest.sig decoded for the README's openssl check, and is skipped" in said
    assert "the bundle is intact" in done.stdout
    (copy / "manifest.bin").write_bytes(bytes(64))
    other = _verify(copy, key)
    assert other.returncode == 1
    assert "manifest.bin is not in the manifest" in other.stdout and "NOT intact" in other.stdout


def test_the_downloaded_zip_unpacked_where_it_lies_is_skipped_and_said(
    unpacked: tuple[Path, str], tmp_path: Path
) -> None:
    """An auditor who unzips the download in the folder it lies in, and runs verify.py on the folder:
    the zip is the bundle itself (the same signed manifest), not a file added. Another zip is added."""
    folder, key = unpacked
    copy = tmp_path / "unpacked"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(".DS_Store", "Thumbs.db", "__MACOSX"))
    shutil.copy(folder.parent / "gladsaxe-2026-09.zip", copy / "revisionspakke-159-2026-09.zip")
    done = _verify(copy, key)
    assert done.returncode == 0, done.stdout + done.stderr
    said = done.stdout
    assert (
        "revisionspakke-159-2026-09.zip er pakken selv som zip-fil (samme manifest) og springes over" in said
    )
    assert "revisionspakke-159-2026-09.zip is the bundle itself as a zip file (the same manifest)" in said
    assert "the bundle is intact" in said
    with zipfile.ZipFile(copy / "other.zip", "w") as other:
        other.writestr("manifest.json", "{}")
    added = _verify(copy, key)
    assert added.returncode == 1
    assert "other.zip is not in the manifest" in added.stdout and "NOT intact" in added.stdout
