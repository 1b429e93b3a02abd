"""Write the golden PDFs of Gladsaxe, Ballerup, Gentofte and Randers: `python -m tools.make_fixtures_pdf`.

The values, typed by hand, are in tools/fixtures/<municipality>.py; see tools/fixtures/__init__.py.
"""

from __future__ import annotations

from pathlib import Path

from tools.fixtures import render, write

EXTENSIONS = {"gladsaxe": "pdf", "ballerup": "pdf", "gentofte": "pdf", "randers": "pdf"}


def render_all() -> dict[Path, bytes]:
    """Render every golden form: its path under tests/golden and its bytes (nothing is written)."""
    return render(EXTENSIONS)


if __name__ == "__main__":
    write(render_all())
