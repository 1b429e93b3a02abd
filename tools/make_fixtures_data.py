"""Write the golden XML, CSV and XLSX inputs of the data municipalities: `python -m tools.make_fixtures_data`.

The values, written by hand as each system prints them, are in tools/fixtures/<municipality>.py; see
tools/fixtures/__init__.py.
"""

from __future__ import annotations

from pathlib import Path

from tools.fixtures import albertslund, render, roedovre, write

EXTENSIONS = {"hoeje-taastrup": "xml", "lyngby-taarbaek": "xml", "herlev": "csv", "furesoe": "xlsx",
              "soenderborg": "csv"}  # fmt: skip


def render_all() -> dict[Path, bytes]:
    """Render every golden input: its path under tests/golden and its bytes (nothing is written)."""
    # The round-2 dialects have no simulator: their modules lay out their files themselves.
    return render(EXTENSIONS) | albertslund.render_files() | roedovre.render_files()


if __name__ == "__main__":
    write(render_all())
