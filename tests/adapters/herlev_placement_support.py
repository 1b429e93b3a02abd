"""Herlev's golden placement (csv, its case system's export) with one labelled value typed otherwise,
written again by Python's csv writer as the case system writes it (`;`, CRLF, Windows-1252)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

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
