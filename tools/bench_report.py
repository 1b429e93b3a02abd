"""The table `tools.bench` prints, and the machine line under it."""

from __future__ import annotations

import math
import os
import platform
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

import lxml.etree
import openpyxl
import pypdf

NATIONAL_RATE = 280.0  # mixed forms/s with two workers: 1,000,000 forms in under an hour (issue 9)
NATIONAL_FORMS = 1_000_000


@dataclass(frozen=True)
class Row:
    """One line of the table; `target` None means the row is information, not a goal."""

    measure: str
    ours: float
    floor: float = math.nan
    target: float | None = None

    @property
    def ratio(self) -> float:
        """ours / floor."""
        return self.ours / self.floor if self.floor and not math.isnan(self.floor) else math.nan

    @property
    def verdict(self) -> str:
        """PASS / MISS against the target, or "info" (no target, or nothing measured)."""
        if self.target is None or math.isnan(self.ratio):
            return "info"
        return "PASS" if self.ratio >= self.target else "MISS"


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def load() -> str:
    """The host's one-minute load average ("0.12"), or "not measured" where the OS gives none. Above a
    few tenths at the start, something else shared the cores and the rates below are low."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except (AttributeError, OSError):
        return "not measured"


def machine() -> str:
    """Cores, Python and the parsers' versions."""
    try:
        import pikepdf  # noqa: PLC0415 - optional dev dependency

        pike = pikepdf.__version__
    except ImportError:
        pike = "not installed"
    return (
        f"machine: {cores()} cores ({platform.machine()}, {platform.system()}), "
        f"Python {platform.python_version()}, "
        f"pypdf {pypdf.__version__}, pikepdf {pike}, lxml {lxml.etree.__version__}, "
        f"openpyxl {openpyxl.__version__}, SQLite {sqlite3.sqlite_version}"
    )


def num(value: float | None, digits: int = 1) -> str:
    """A figure with thousands separators, or a dash when there is none."""
    return "—" if value is None or math.isnan(value) else f"{value:,.{digits}f}"


def grid(head: Sequence[str], cells: Sequence[Sequence[str]]) -> str:
    """A plain-text table: the first column left-aligned, the others right-aligned."""
    widths = [max(len(line[i]) for line in [head, *cells]) for i in range(len(head))]
    out = [" | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    out.append("-+-".join("-" * w for w in widths))
    for line in cells:
        out.append(
            " | ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(line, widths, strict=True))
            )
        )
    return "\n".join(out)


def table(rows: Sequence[Row], ours: str = "ours (forms/s)", floor: str = "floor (forms/s)") -> str:
    """The rows as a plain-text table; `ours` and `floor` name the two rate columns."""
    head = ("measure", ours, floor, "ratio", "target", "verdict")
    cells = [
        (
            r.measure,
            num(r.ours),
            num(r.floor),
            num(r.ratio, 2),
            "—" if r.target is None else f"≥ {r.target:g}",
            r.verdict,
        )
        for r in rows
    ]
    return grid(head, cells)
