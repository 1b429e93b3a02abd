"""Golden files: a municipality's sample forms beside the canonical JSON written by hand from them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hub.adapters.language.config_model import IndexCache, MunicipalityConfig
from hub.adapters.mapping.form import map_items
from hub.adapters.mapping.items import unmatched_stops
from hub.adapters.pipeline import READ_OPTIONS, canonicalise, recognise, validate_record
from hub.adapters.readers import extract
from hub.errors import Rejection
from hub.storage import sha256_hex


@dataclass(frozen=True)
class GoldenResult:
    """One golden file's outcome: None problems and equal records mean it passed."""

    source: Path
    expected: Any
    actual: Any
    problem: str | None = None

    @property
    def passed(self) -> bool:
        """Whether the adapter produced exactly the expected record."""
        return self.problem is None and self.expected == self.actual


def golden_pairs(directory: Path) -> list[tuple[Path, Path]]:
    """(input, expected JSON) pairs of one municipality's golden folder."""
    pairs: list[tuple[Path, Path]] = []
    for expected in sorted(directory.glob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        inputs = [p for p in directory.glob(f"{stem}.*") if p != expected]
        pairs.extend((source, expected) for source in inputs[:1])
    return pairs


def run_golden(config: MunicipalityConfig, directory: Path) -> list[GoldenResult]:
    """Put every golden input of a folder through the adapter and compare with its expected JSON."""
    results = []
    for source, expected_path in golden_pairs(directory):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        data = source.read_bytes()
        try:
            actual = read_golden(config, data, source.name)
        except Rejection as exc:
            results.append(GoldenResult(source, expected, None, exc.message))
            continue
        results.append(GoldenResult(source, expected, actual))
    return results


def read_golden(config: MunicipalityConfig, data: bytes, filename: str) -> Any:
    """A document's validated record, or for a document of many items the list of its items' records;
    `Rejection` with the problems of the document or of its first rejected item."""
    sha256 = sha256_hex(data)
    cache: IndexCache = {}
    form, extraction = recognise(config, extract(data, filename, READ_OPTIONS), filename, data, cache)
    if form.items is None:
        recognised = (form, extraction, cache)
        return canonicalise(config, extraction, sha256, filename, data, recognised=recognised).record
    records = []
    for item in map_items(extraction, form, sha256, filename, config.code, cache):
        if item.mapped is None:
            raise Rejection(list(item.problems))
        records.append(validate_record(item.mapped, filename))
    return records


def stop_warnings(config: MunicipalityConfig, directory: Path) -> list[tuple[str, str]]:
    """One line per golden input on which a stop rule of its form matches no row (the table would run
    to the end of the sheet); a file the adapter cannot read is `hub adapters test`'s to report."""
    found = []
    for source, _ in golden_pairs(directory):
        data = source.read_bytes()
        cache: IndexCache = {}
        try:
            reading = extract(data, source.name, READ_OPTIONS)
            form, extraction = recognise(config, reading, source.name, data, cache)
        except Rejection:
            continue
        for en, da in unmatched_stops(form.index(extraction, cache), form):
            found.append((f"{form.id}: {en} in {source.name}", f"{form.id}: {da} i {source.name}"))
    return found
