"""Writing a generator's fixtures (`make_fixtures_*`, `make_claim_templates`): each generator's
`render_all()` gives paths and bytes, which the tests compare with the files kept; this writes them."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_all(files: dict[Path, bytes]) -> None:
    """Write each file whose bytes differ from the one kept (its folder made when missing) and say which:
    a run that changes nothing leaves every file, and its modification time, alone."""
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
