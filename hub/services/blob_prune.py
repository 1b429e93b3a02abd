"""Blobs no document row and no claim download names: removed once they are old enough that no upload
can still be writing one.

An upload writes its files' blobs first and its rows after (`ingest.submit_many`), so that a row never
names bytes that are not on disk. An upload whose transaction then failed (the database went away, the
process was killed) leaves blobs that nothing names: a caseworker's form, personal data, on disk with no
row, no audit entry and no way to find it. Workers remove such blobs once a day (`healing.heal`), and
`hub blobs prune` does it on demand; an interrupted write's temporary file goes the same way.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.logsetup import Both
from hub.models import Document
from hub.services import claim_downloads
from hub.storage import BlobStore
from hub.words import STORED_FILES, counted

log = logging.getLogger(__name__)
MIN_AGE_SECONDS = 3600  # far longer than any upload takes between writing its blobs and its rows
CHUNK = 500


def _old_files(root: Path, cutoff: float) -> Iterator[Path]:
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder) / name
            try:
                if path.stat().st_mtime < cutoff:
                    yield path
            except FileNotFoundError:
                continue  # removed meanwhile (another worker pruning)


def prune(session: Session, store: BlobStore, min_age: float = MIN_AGE_SECONDS) -> int:
    """Remove the blobs older than `min_age` seconds that no document names and that are no downloaded
    claim's file the audit log names (`claim_downloads`); how many were removed."""
    if not store.root.is_dir():
        return 0
    removed = 0
    candidates: list[Path] = []
    for path in _old_files(store.root, time.time() - min_age):
        if path.name.startswith(".incoming-"):
            path.unlink(missing_ok=True)  # a write that never got its name
            removed += 1
        elif len(path.name) == 64:
            candidates.append(path)
    claims = claim_downloads.kept(session) if candidates else set()
    for start in range(0, len(candidates), CHUNK):
        chunk = candidates[start : start + CHUNK]
        names = [path.name for path in chunk]
        named = claims | set(session.scalars(select(Document.sha256).where(Document.sha256.in_(names))))
        for path in chunk:
            if path.name not in named:
                path.unlink(missing_ok=True)
                removed += 1
    session.rollback()  # only read
    if removed:
        removed_en, removed_da = counted(removed, *STORED_FILES)  # "1 stored file", not "blob(s)"
        log.info(
            Both(
                f"removed {removed_en} no document names", f"fjernede {removed_da}, som intet dokument nævner"
            )
        )
    return removed
