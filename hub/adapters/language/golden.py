"""Golden files: a municipality's sample forms beside the canonical JSON written by hand from them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.pipeline import read_and_canonicalise
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
            actual = read_and_canonicalise(config, data, sha256_hex(data), source.name).record
        except Rejection as exc:
            results.append(GoldenResult(source, expected, None, exc.message))
            continue
        results.append(GoldenResult(source, expected, actual))
    return results
