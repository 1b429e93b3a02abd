"""Write the golden XML, CSV and XLSX inputs of the data municipalities: `python -m tools.make_fixtures_data`.

The values, written by hand as each system prints them, are in tools/fixtures/<municipality>.py; see
tools/fixtures/__init__.py.
"""

from __future__ import annotations

from pathlib import Path

from tools.fixtures import render, write

EXTENSIONS = {"hoeje-taastrup": "xml", "lyngby-taarbaek": "xml", "herlev": "csv", "furesoe": "xlsx",
              "soenderborg": "csv"}  # fmt: skip


def render_all() -> dict[Path, bytes]:
    """Render every golden input: its path under tests/golden and its bytes (nothing is written)."""
    return render(EXTENSIONS)


if __name__ == "__main__":
    write(render_all())
