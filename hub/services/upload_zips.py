"""An upload's documents, its zips unpacked: in memory and with limits, before anything is stored.

A member whose path leaves the archive (`../`, an absolute path), a symlink, a zip inside the zip, too
many members or more bytes than the limit refuse the whole upload, naming the member. More documents than
the limit (files and members together) refuse it too (`too_many_files`).

Apart from `uploads` because it touches no database and no user: the upload page and API, `hub ingest`
(`hub/cli/batch_files.py`) and the corpus tools unpack with the same code and limits.
"""

from __future__ import annotations

import io
import posixpath
import stat
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from hub.adapters.readers.limit_words import megabytes
from hub.adapters.readers.packages import zip_kind
from hub.errors import FieldProblem, Rejection
from hub.quantities import number_text

__all__ = ["ArchiveRefused", "CHUNK", "Incoming", "Limits", "TooManyFiles", "is_archive", "unpack"]

CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """How much one upload may hold (settings `UPLOAD_MAX_FILES`, `UPLOAD_MAX_UNPACKED_BYTES`)."""

    max_files: int
    max_unpacked_bytes: int

    @classmethod
    def from_config(cls, config: Any) -> Limits:
        """The limits from the app's settings."""
        return cls(int(config["UPLOAD_MAX_FILES"]), int(config["UPLOAD_MAX_UNPACKED_BYTES"]))


@dataclass(frozen=True)
class Incoming:
    """One document as it arrived: its name (a zip member's path inside the zip) and its bytes."""

    name: str
    data: bytes


class ArchiveRefused(Rejection):
    """A zip (or the upload as a whole) is unsafe or too big; nothing of it is stored."""

    code = "archive_refused"


class TooManyFiles(ArchiveRefused):
    """More documents in one upload (files, and the members of its zips) than `HUB_UPLOAD_MAX_FILES`: not
    an archive's fault, so a code of its own; nothing of it is stored."""

    code = "too_many_files"


def is_archive(data: bytes) -> bool:
    """Whether the bytes are a zip of documents. A zip that is an office file (an Excel workbook, and
    also an .xlsb, .ods or Word file, which the sniffer refuses saying what it is) is one document:
    unpacked, its parts would each be read, or refused, as documents of their own."""
    if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return zip_kind(archive) == "zip"
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, zlib.error, RuntimeError):
        return False  # a broken zip is left to the sniffer, which names it as one document


def _refuse(zip_name: str, member: str, en: str, da: str) -> ArchiveRefused:
    where = f"{zip_name}: {member}" if member else zip_name
    return ArchiveRefused([FieldProblem(en, da, file=where)])


def _unsafe_path(name: str) -> bool:
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return True
    return ".." in name.replace("\\", "/").split("/")


def _skipped(name: str) -> bool:
    # Folders, and what macOS and Windows add to a zip of a folder: never documents.
    base = posixpath.basename(name.rstrip("/"))
    return name.endswith("/") or name.startswith("__MACOSX/") or base.startswith(".") or base == "Thumbs.db"


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, zip_name: str, budget: int, limit: int
) -> bytes:
    """Read one member, counting bytes as they unpack (the sizes in a zip's directory can lie), within
    the `budget` of bytes the upload's `limit` leaves."""
    mb_en, mb_da = megabytes(limit, "en"), megabytes(limit, "da")
    out = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                out += chunk
                if len(out) > budget:
                    raise _refuse(
                        zip_name,
                        info.filename,
                        f"the zip unpacks to more than the upload limit of {mb_en} MB: send its documents in "
                        "several uploads (or several zips)",
                        f"zip-filen fylder mere end grænsen for en upload på {mb_da} MB, når den pakkes ud: "
                        "send dens dokumenter i flere uploads (eller flere zip-filer)",
                    )
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, OSError) as exc:
        raise _refuse(
            zip_name,
            info.filename,
            "the member cannot be unpacked (broken, encrypted or an unknown compression)",
            "filen kan ikke pakkes ud (beskadiget, krypteret eller ukendt komprimering)",
        ) from exc
    return bytes(out)


def unpack(files: list[Incoming], limits: Limits) -> list[Incoming]:
    """Every document of an upload, zips unpacked; raises `ArchiveRefused` naming what is wrong."""
    out: list[Incoming] = []
    budget = limits.max_unpacked_bytes
    for item in files:
        if not is_archive(item.data):
            out.append(item)
            continue
        with zipfile.ZipFile(io.BytesIO(item.data)) as archive:
            for info in archive.infolist():
                name = info.filename
                if _unsafe_path(name):
                    raise _refuse(
                        item.name, name, "the path leads outside the zip", "stien peger ud af zip-filen"
                    )
                if stat.S_ISLNK(info.external_attr >> 16):
                    raise _refuse(
                        item.name,
                        name,
                        "a symbolic link is not a document",
                        "et symbolsk link er ikke et dokument",
                    )
                if _skipped(name):
                    continue
                data = _read_member(archive, info, item.name, budget, limits.max_unpacked_bytes)
                budget -= len(data)
                if is_archive(data):
                    raise _refuse(
                        item.name,
                        name,
                        "a zip inside a zip is not accepted; put the documents in one zip",
                        "en zip-fil i en zip-fil accepteres ikke; læg dokumenterne i én zip-fil",
                    )
                out.append(Incoming(f"{item.name}/{name}", data))
                if len(out) > limits.max_files:
                    raise _too_many(item.name, limits)
    if len(out) > limits.max_files:
        raise _too_many("", limits)
    return out


def _too_many(zip_name: str, limits: Limits) -> TooManyFiles:
    """Say the limit and what to do; name the zip whose members passed it, if it was one."""
    # The limit grouped as each reader groups a count ("1.000" in Danish, "1,000": decision 0062).
    en, da = number_text(limits.max_files, "en"), number_text(limits.max_files, "da")
    problem = FieldProblem(
        f"more than {en} documents in one upload; the limit is {en}: send them in several uploads of "
        f"at most {en} each",
        f"mere end {da} dokumenter i én upload; grænsen er {da}: send dem i flere uploads med højst "
        f"{da} i hver",
        file=zip_name,
    )
    return TooManyFiles([problem])
