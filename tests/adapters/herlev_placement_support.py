"""Herlev's golden placement (csv, its case system's export) with one labelled value typed otherwise,
written again by Python's csv writer as the case system writes it (`;`, CRLF, Windows-1252), and read as
an upload reads it, through Herlev's own config."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hub.adapters import pipeline
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.pipeline import Canonical

ROOT = Path(__file__).resolve().parents[2]


def placement_with(label: str, value: str) -> bytes:
    """The placement's bytes with the row labelled `label` holding `value`."""
    text = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes().decode("cp1252")
    rows = [
        row if row[:1] != [label] else [label, value] for row in csv.reader(io.StringIO(text), delimiter=";")
    ]
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("cp1252")


def read_placement_with(label: str, value: str) -> Canonical:
    """The placement with `value` under `label`, read and mapped by Herlev's config (raises `Rejection`)."""
    config = load_config_file(ROOT / "config" / "municipalities" / "herlev.toml")
    return pipeline.read_and_canonicalise(config, placement_with(label, value), "0" * 64, "aftale.csv")
