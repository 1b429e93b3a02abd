"""Files the hub writes for people (exports, claims, bundles): all there, or not there at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hub.errors import HubError
from hub.os_reasons import os_reason


@contextlib.contextmanager
def atomic_output(path: Path | str, mode: str = "wb") -> Iterator[Any]:
    """Write to a temporary file beside `path` and rename it into place only when the block succeeds,
    so that a failure (or a kill) never leaves a half-written file under the name asked for."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(handle, mode, encoding=encoding) as out:
            yield out
            try:
                out.flush()
                os.fsync(out.fileno())
            except OSError as exc:  # a full disk shows here, if not before
                raise _cannot_write(target, exc) from None
        try:
            os.replace(temporary, target)
        except OSError as exc:
            raise _cannot_write(target, exc) from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _cannot_write(target: Path, exc: OSError) -> HubError:
    """The person's line for a file that cannot be written: which file, and the system's reason, in
    Danish in the Danish line."""
    english, danish = os_reason(exc)
    return HubError(f"{target}: cannot write: {english}", f"{target}: kan ikke skrives: {danish}")
