"""The auditor's bundle as a zip written file by file, each file hashed as it streams through.

Nothing is held whole: a document is copied from the blob store in chunks, a JSON Lines file is
written record by record. The manifest (path, size, SHA-256 of every file) is built from what actually
went into the zip, so it can only list what is there, and what was left out on purpose, marked so
(`list_only`: an original a municipality's auditor may not see in full; decision 0055).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from hub.periods import DENMARK

CHUNK = 1 << 16


@dataclass(frozen=True)
class Entry:
    """One file of the bundle as the manifest lists it."""

    path: str
    size: int
    sha256: str
    # Set for a file listed but not carried: why, and what the auditor needs to find and check it.
    not_included: dict[str, Any] | None = None

    def listed(self) -> dict[str, Any]:
        """The entry as the manifest writes it."""
        shown: dict[str, Any] = {"path": self.path, "size": self.size, "sha256": self.sha256}
        if self.not_included is not None:
            shown |= {"included": False, **self.not_included}
        return shown


class BundleZip:
    """A zip being written: add files from bytes or chunks; each is hashed on its way in."""

    def __init__(self, out: IO[bytes], moment: datetime) -> None:
        self.zip = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True)
        # Every file carries the bundle's own time (same input, same zip), as Danish wall-clock time: a zip's
        # times have no zone and every unzip shows them as local, so a bundle made at 12.19 by its README
        # and verify.py listed its files at 11.19 (UTC).
        local = moment.astimezone(DENMARK) if moment.tzinfo is not None else moment
        self.stamp = local.timetuple()[:6]
        self.entries: list[Entry] = []

    def add(self, path: str, chunks: Iterable[bytes | bytearray]) -> Entry:
        """Write one file from an iterable of byte chunks."""
        info = zipfile.ZipInfo(path, date_time=self.stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        digest, size = hashlib.sha256(), 0
        with self.zip.open(info, "w", force_zip64=True) as handle:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                handle.write(chunk)
        entry = Entry(path, size, digest.hexdigest())
        self.entries.append(entry)
        return entry

    def add_bytes(self, path: str, data: bytes | bytearray) -> Entry:
        """Write one file held in memory (small: a README, the manifest's signature)."""
        return self.add(path, [data])

    def add_lines(self, path: str, items: Iterable[Any]) -> Entry:
        """Write JSON Lines, one item a line, as the items come."""
        return self.add(
            path, (json.dumps(item, ensure_ascii=False, sort_keys=True).encode() + b"\n" for item in items)
        )

    def list_only(self, path: str, size: int, sha256: str, about: dict[str, Any]) -> Entry:
        """List a file the bundle does not carry, with its size and SHA-256 as the hub holds it, so that
        a copy got elsewhere can be checked against the signed manifest; `about` says why and more."""
        entry = Entry(path, size, sha256, dict(about))
        self.entries.append(entry)
        return entry

    def manifest(self, header: dict[str, Any]) -> bytearray:
        """The manifest of every file written so far, as canonical JSON bytes (what gets signed): the
        bytes `json.dumps(header | {"files": [...]}, sort_keys=True, indent=1)` gives, made one entry
        at a time. The whole dump went through json's pure-Python encoder (it has no C path with
        `indent`) and held every entry as a dict and every piece as a string: about 10 MB at 10,000
        files for a manifest of 3.8 MB. It is returned as the bytearray it was built in: `bytes(out)`
        held the same 3.8 MB twice for a moment, and everything it goes to (the zip, the hash, the
        signature) takes a bytearray as it takes bytes."""
        if not self.entries:
            return bytearray(_canonical(header | {"files": []}) + b"\n")
        # The top-level key is the one line that reads exactly ` "files": []` (strings cannot hold a
        # line break, and nested keys are indented deeper); the list is written in its place.
        before, after = _canonical(header | {"files": []}).split(b'\n "files": []', 1)
        out = bytearray(before + b'\n "files": [\n  ')
        for index, entry in enumerate(self.entries):
            if index:
                out += b",\n  "
            # An entry is one level deeper inside the list than on its own: each line two spaces more.
            out += _canonical(entry.listed()).replace(b"\n", b"\n  ")
        out += b"\n ]" + after + b"\n"
        return out

    def close(self) -> None:
        """Write the zip's directory."""
        self.zip.close()


def _canonical(item: Any) -> bytes:
    return json.dumps(item, ensure_ascii=False, sort_keys=True, indent=1).encode()


def file_chunks(handle: IO[bytes]) -> Iterable[bytes]:
    """Read a file in chunks."""
    while chunk := handle.read(CHUNK):
        yield chunk
