"""Whether the document store (`HUB_BLOB_DIR`) can take an upload: `GET /readyz`'s `storage` check.

A full or read-only disk under the blob folder makes every upload fail (503 `storage_unavailable`), so a
process on it is not ready, whatever the database and the queue say. The check is two system calls on
the folder (`statvfs`, `access`), no write: a probe asked every few seconds by every load balancer must
not churn the disk it looks at. Free space is counted as an unprivileged writer sees it (`f_bavail`),
and "full" begins below `BLOB_MIN_FREE_BYTES`, before the last upload fails rather than after.

On a hung network mount those calls never return: they are waited for at most the probe's timeout, as
the database and the queue are, one look at a time per folder (`hub.bounded_call`), and a look that does
not answer in time is not ready (`timeout`).

Like the other checks it gives no path (the answer is public): the log line names the folder.
"""

from __future__ import annotations

import logging
import os
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from hub import bounded_call
from hub.logsetup import Both
from hub.os_reasons import os_reason
from hub.quantities import number_text

log = logging.getLogger(__name__)


def _look(root: Path) -> tuple[os.statvfs_result, bool]:
    return os.statvfs(root), os.access(root, os.W_OK)


def storage(root: Path, min_free: int, timeout_s: float) -> dict[str, Any]:
    """The blob folder's free bytes and whether it can be written, waited for at most `timeout_s`;
    `ok` only when both hold."""
    since = time.perf_counter()
    try:
        stats, writable = bounded_call.call(("storage", root), lambda: _look(root), timeout_s)
    except TimeoutError:
        limit = Decimal(str(timeout_s))
        en = f"did not answer within {number_text(limit, 'en')} s"
        da = f"svarede ikke inden for {number_text(limit, 'da')} s"
        return _wrong(root, since, "timeout", en, da)
    except OSError as exc:
        en, da = os_reason(exc)
        return _wrong(root, since, type(exc).__name__, f"cannot be looked at ({en})", f"kan ikke ses ({da})")
    free = stats.f_bavail * stats.f_frsize
    figures = {"free_bytes": free, "min_free_bytes": min_free, "writable": writable}
    if stats.f_flag & os.ST_RDONLY:
        figures["writable"] = False
        en, da = "is on a read-only file system", "ligger på et skrivebeskyttet filsystem"
        return _wrong(root, since, "read_only", en, da, figures)
    if not writable:
        en, da = "cannot be written by the hub's user", "kan ikke skrives af hubbens bruger"
        return _wrong(root, since, "not_writable", en, da, figures)
    if free < min_free:
        return _wrong(
            root,
            since,
            "low_space",
            f"has {_mb(free, 'en')} MB free, less than HUB_BLOB_MIN_FREE_BYTES ({_mb(min_free, 'en')} MB)",
            f"har {_mb(free, 'da')} MB fri, mindre end HUB_BLOB_MIN_FREE_BYTES ({_mb(min_free, 'da')} MB)",
            figures,
        )
    ms = round((time.perf_counter() - since) * 1000, 1)
    return {"ok": True, "ms": ms, **figures, "error": None, "reason": None, "reason_da": None}


def _mb(size: int, lang: str) -> str:
    return number_text(size // (1024 * 1024), lang)


def _wrong(
    root: Path, since: float, error: str, en: str, da: str, figures: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The failed check: what is wrong in a word (`error`) and in both languages, the folder only in the
    log (the operator's, not the probe's public answer)."""
    reason, reason_da = f"the document store {en}", f"dokumentlageret {da}"
    log.warning(Both(f"readiness: {reason} (%s)", f"parathed: {reason_da} (%s)", root))
    figures = figures or {"free_bytes": None, "min_free_bytes": None, "writable": None}
    ms = round((time.perf_counter() - since) * 1000, 1)
    return {"ok": False, "ms": ms, **figures, "error": error, "reason": reason, "reason_da": reason_da}
