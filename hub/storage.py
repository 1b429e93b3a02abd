"""Documents as immutable blobs on disk, addressed by the SHA-256 of their bytes."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from hub.errors import HubError


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of some bytes, as 64 hex digits."""
    return hashlib.sha256(data).hexdigest()


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
        digest = sha256_hex(data)
        target = self.path(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write beside the target and rename: a crash never leaves a half-written blob under a real name.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

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
