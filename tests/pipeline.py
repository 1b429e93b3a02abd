"""The adapter pipeline for tests: bytes of one municipality's document in, validated canonical record out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hub.adapters.language.golden import read_golden
from hub.adapters.language.registry import Registry, load_registry

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def repository_registry() -> Registry:
    """Every municipality config of the repository."""
    return load_registry(ROOT / "config" / "municipalities")


def ingest(registry: Registry, slug: str, data: bytes, filename: str) -> Any:
    """Read, recognise, map and validate one document of one municipality (no database): its record, or
    the list of its items' records for a document of many."""
    return read_golden(registry.get(slug), data, filename)
