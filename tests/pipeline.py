"""The adapter pipeline for tests: bytes of one municipality's document in, validated canonical record out."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from fresh_app import registry_once

from hub.adapters.language.golden import canonical_records
from hub.adapters.language.registry import Registry
from hub.adapters.pipeline import read_and_canonicalise

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def repository_registry() -> Registry:
    """Every municipality config of the repository, loaded once a content of its files (`registry_once`)."""
    return registry_once(ROOT / "config" / "municipalities")


def ingest(registry: Registry, slug: str, data: bytes, filename: str) -> dict[str, Any]:
    """Read, recognise, map and validate one document of one municipality (no database)."""
    sha256 = hashlib.sha256(data).hexdigest()
    return read_and_canonicalise(registry.get(slug), data, sha256, filename).record


def ingest_all(registry: Registry, slug: str, data: bytes, filename: str) -> Any:
    """As `ingest`, and a list of records for a document of many (one per item)."""
    return canonical_records(registry.get(slug), data, filename)
