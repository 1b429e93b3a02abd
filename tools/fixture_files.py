"""Writing a generator's fixtures (`make_fixtures_*`, `make_claim_templates`): each generator's
`render_all()` gives paths and bytes, which the tests compare with the files kept; this writes them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
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


def need_r_package(package: str, apt: str) -> None:
    """Stop the generator, saying what to install, where `Rscript` or R's `package` is missing."""
    if shutil.which("Rscript") is None:
        sys.exit("Rscript is missing: see this script's docstring")
    probe = subprocess.run(["Rscript", "-e", f"library({package})"], capture_output=True, timeout=300)
    if probe.returncode != 0:
        sys.exit(f"R's {package} is missing (apt install {apt}): see this script's docstring")


def r_script_output(script: Path, name: str) -> bytes:
    """The bytes an R `script` writes to the file named on its command line (`name` in a fresh folder)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / name
        subprocess.run(["Rscript", str(script), str(out)], check=True, timeout=300, capture_output=True)
        return out.read_bytes()


def program_output(command: list[str], name: str, *arguments: str, env: dict[str, str]) -> bytes:
    """The bytes a producer's `command` writes to the file named after it (`name` in a fresh folder),
    before any other `arguments` (a probe's variant), run with `env` alone so that its bytes do not
    depend on the caller's locale or zone."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / name
        run = [*command, str(out), *arguments]
        subprocess.run(run, check=True, capture_output=True, env=env, timeout=300)
        return out.read_bytes()
