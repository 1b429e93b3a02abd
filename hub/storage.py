"""Documents as immutable blobs on disk, addressed by the SHA-256 of their bytes."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.engine import make_url

from hub.errors import ConfigError, HubError
from hub.os_reasons import os_reason
from hub.private_files import private_dir

# fsyncs at once in `put_many`: enough to fill a journal commit, few enough for a small machine.
SYNC_THREADS = 8


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of some bytes, as 64 hex digits."""
    return hashlib.sha256(data).hexdigest()


def writable_folder(setting: str, path: Path) -> None:
    """Make the folder if it is missing (the owner's only: originals hold CPR numbers) and check that
    the hub can write in it; `ConfigError` naming the setting and the path when it cannot, at start,
    rather than an "unexpected FileNotFoundError" at the first upload."""
    try:
        private_dir(path)
        if not os.access(path, os.W_OK | os.X_OK):
            raise PermissionError(13, os.strerror(13))
    except OSError as exc:
        reason, reason_da = os_reason(exc)
        raise ConfigError(
            f"{setting} is '{path}': the folder cannot be made or written to ({reason})",
            f"{setting} er '{path}': mappen kan ikke oprettes eller skrives i ({reason_da})",
        ) from exc


def sqlite_folder(setting: str, url: str) -> None:
    """`ConfigError` when an SQLite database's file is in a folder that does not exist: SQLite would not
    make it, and the first statement would fail as "no such table" (said as a database not migrated)."""
    parsed = make_url(url)
    name = parsed.database or ""
    # In memory, or a `file:` URI (its own rules): no folder of ours to look at.
    if parsed.get_backend_name() != "sqlite" or name in ("", ":memory:") or name.startswith("file:"):
        return
    folder = Path(name).parent
    if not folder.is_dir():
        raise ConfigError(
            f"{setting} is '{url}': the SQLite file's folder does not exist ({folder});"
            " make it, or name another",
            f"{setting} er '{url}': SQLite-filens mappe findes ikke ({folder});"
            " opret den, eller angiv en anden",
        )


class StoreUnwritable(OSError):
    """The blob store refused a write (its disk full, a quota reached, mounted read-only, gone): no fault
    of the documents', and nothing of them kept. Said as a server that is away is said, with the system's
    reason in English and Danish, rather than an "unexpected OSError" (`hub ingest`: each file "not
    stored"; the API and the upload page: 503 `storage_unavailable`; the operator's log: the folder)."""

    def __init__(self, root: Path, exc: OSError) -> None:
        # An OSError still, of the system's errno, for any caller that handles one.
        super().__init__(exc.errno, exc.strerror)
        self.root = root
        self.reason, self.reason_da = os_reason(exc)


class BlobStore:
    """Write-once storage: a blob's name is its hash, so the same bytes are stored once."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def path(self, digest: str) -> Path:
        """Where the blob with this hash lives (two levels of fan-out keep folders small)."""
        if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
            raise ValueError(f"not a SHA-256 hex digest: {digest!r}")
        return self.root / digest[:2] / digest[2:4] / digest

    def put(self, data: bytes) -> str:
        """Store the bytes (atomically, once) and return their hash."""
        return self.put_many([data])[0]

    def put_many(self, blobs: Sequence[bytes]) -> list[str]:
        """Store many blobs as `put` does, each on disk before it gets its name; their hashes in order.

        The fsyncs run side by side: the file system commits them together (one journal commit for
        many files on ext4), several times faster than one after another."""
        digests = [sha256_hex(data) for data in blobs]
        new: dict[str, bytes] = {}
        for digest, data in zip(digests, blobs, strict=True):
            if digest not in new and not self.path(digest).exists():
                new[digest] = data
        written: list[tuple[str, str]] = []
        files: list[BinaryIO] = []
        try:
            for digest, data in new.items():
                target = self.path(digest)
                target.parent.mkdir(parents=True, exist_ok=True)
                # Write beside the target and rename: a crash never leaves a half-written blob under a
                # real name.
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
                written.append((digest, tmp))
                files.append(os.fdopen(fd, "wb"))
                files[-1].write(data)
                files[-1].flush()
            if len(files) == 1:
                os.fsync(files[0].fileno())
            elif files:
                with ThreadPoolExecutor(min(SYNC_THREADS, len(files))) as pool:
                    list(pool.map(lambda fh: os.fsync(fh.fileno()), files))
            for fh in files:
                fh.close()
            for digest, tmp in written:
                # Read-only, and the owner's only: an original holds CPR numbers, and no other user of
                # the machine reads it (a data-protection review found them 0444).
                os.chmod(tmp, 0o400)
                os.replace(tmp, self.path(digest))
        except BaseException as exc:
            for fh in files:
                # A write that filled the disk fails its close as well (what was buffered): the first
                # error is the one to tell, and every file must still be closed and removed.
                with contextlib.suppress(OSError):
                    fh.close()
            for _, tmp in written:
                Path(tmp).unlink(missing_ok=True)  # those renamed already are gone from here
            if isinstance(exc, OSError):
                raise StoreUnwritable(self.root, exc) from exc
            raise
        return digests

    def get(self, digest: str) -> bytes:
        """Read a blob back, checking that its bytes still match its name."""
        data = self.path(digest).read_bytes()
        if sha256_hex(data) != digest:
            raise HubError(
                f"stored document {digest} is corrupt", f"det gemte dokument {digest} er beskadiget"
            )
        return data

    def exists(self, digest: str) -> bool:
        """Whether a blob with this hash is stored."""
        return self.path(digest).exists()
