"""An audit bundle as `verify.py` reads it: its files from the zip, or from a folder it was unpacked into,
and the error that says, in Danish and English, what could not be read. Standard library only: written
into `verify.py` (`bundle_files`)."""

from __future__ import annotations

import hashlib
import os
import zipfile
import zlib
from collections import Counter


class Unreadable(Exception):
    """The bundle, or a file the check needs, cannot be read; the reason in Danish and English."""

    def __init__(self, danish: str, english: str, name: str = "") -> None:
        super().__init__(english)
        self.danish = danish
        self.english = english
        # The bundle's file that could not be read, if it is one: said once (`Bundle.said`).
        self.name = name


class Bundle:
    """The files of a bundle, from its zip or from a folder it was unpacked into."""

    def __init__(self, path: str) -> None:
        self.root = path
        self.zip: zipfile.ZipFile | None = None
        # The files already said to be missing or damaged (`check_files`): a later check that cannot
        # read one says nothing more of it. A damaged log was said twice, by the files' check and the
        # log's (walk-110).
        self.said: set[str] = set()
        if os.path.isdir(path):
            return
        if not os.path.isfile(path):
            raise Unreadable(f"{path} findes ikke", f"{path} does not exist")
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError):
            raise Unreadable(
                f"{path} er ikke en zip-fil, eller den er beskadiget eller ikke hentet helt",
                f"{path} is not a zip file, or it is damaged or was not downloaded whole",
            ) from None

    def read(self, name: str) -> bytes:
        """One file's bytes."""
        try:
            if self.zip is not None:
                return self.zip.read(name)
            with open(os.path.join(self.root, name), "rb") as handle:
                return handle.read()
        except (KeyError, OSError):
            raise Unreadable(f"{name} mangler i pakken", f"{name} is missing from the bundle", name) from None
        except (zipfile.BadZipFile, zlib.error):
            raise Unreadable(
                f"{name} er beskadiget i zip-filen", f"{name} is damaged in the zip file", name
            ) from None

    def digest(self, name: str) -> tuple[str, int]:
        """A file's SHA-256 and size, read in chunks."""
        sha, size = hashlib.sha256(), 0
        handle = self.zip.open(name) if self.zip is not None else open(os.path.join(self.root, name), "rb")
        with handle:
            while chunk := handle.read(1 << 16):
                sha.update(chunk)
                size += len(chunk)
        return sha.hexdigest(), size

    def repeated(self) -> list[str]:
        """The names the zip holds more than once. Python reads the last of them, other unzip tools may
        show or unpack the first: a forged copy put before the hub's would be what the auditor reads,
        while the hub's, which this checks, matches the manifest."""
        if self.zip is None:
            return []
        return sorted(name for name, count in Counter(self.zip.namelist()).items() if count > 1)

    def names(self) -> set[str]:
        """Every file in the bundle."""
        if self.zip is not None:
            return {n for n in self.zip.namelist() if not n.endswith("/")}
        found = set()
        for folder, _, files in os.walk(self.root):
            for name in files:
                found.add(os.path.relpath(os.path.join(folder, name), self.root).replace(os.sep, "/"))
        return found
