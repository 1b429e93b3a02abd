"""Running Scribus for a fixture generator (`make_fixtures_onboarding_sixteenth`): headless under a virtual X
server (`xvfb-run scribus -g -ns -py SCRIPT`), a Python scripter script a run. Needs `scribus` (1.5.8 was
used) and `xvfb-run` on the PATH (Debian: `apt-get install -y --no-install-recommends scribus xvfb xauth`);
CI does not run the generators that use it, and reads the files they made."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def scribus(work: Path, script: str) -> None:
    """Run `script` (Python for Scribus's scripter, which imports `scribus`) in Scribus without its window,
    with `work` as its home (so that a user's settings are left alone); 5 minutes at most."""
    if shutil.which("scribus") is None or shutil.which("xvfb-run") is None:
        raise SystemExit("this script needs scribus and xvfb-run on the PATH; CI reads the kept files")
    path = work / f"run{len(list(work.glob('run*.py')))}.py"
    path.write_text(script, encoding="utf-8")
    env = {"HOME": str(work), "PATH": "/usr/bin:/bin", "LANG": "da_DK.UTF-8"}
    command = ["xvfb-run", "-a", "scribus", "-g", "-ns", "-py", str(path)]
    subprocess.run(command, env=env, check=True, timeout=300, capture_output=True)
