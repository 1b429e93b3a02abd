"""The verify.py an audit bundle carries, run on a bundle in this process, as `python3 verify.py ARGS`
would run it: the bundle's own file, loaded afresh each run, its report and exit status as a finished
process's.

A new interpreter for each check cost 0.3-0.6 s on a busy core, and proves nothing a test of a verdict
needs. What only a process of its own shows is still run as one: the verifier with `cryptography`, with
the standard library alone (`-S`/`-I`), with neither it nor `openssl` (tests/outbound/test_bundle.py),
with `--since` (test_bundle_since.py), and the command as the auditor's page prints it.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import subprocess
import sys
import zipfile
from pathlib import Path


def unpacked(bundle: Path, folder: Path) -> Path:
    """The bundle's verify.py, extracted into `folder`."""
    with zipfile.ZipFile(bundle) as zipped:
        return Path(zipped.extract("verify.py", folder))


def run_verifier(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python3 script ARGS` in this process: its exit status (argparse's 2 included), standard output
    and standard error."""
    spec = importlib.util.spec_from_file_location(f"verify_{abs(hash(script))}", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    out, err = io.StringIO(), io.StringIO()
    argv = [str(script), *args]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            spec.loader.exec_module(module)
            code = module.main(argv)
        except SystemExit as exc:  # as the interpreter reads `sys.exit`'s argument
            code = 0 if exc.code is None else exc.code if isinstance(exc.code, int) else 1
            if not isinstance(exc.code, int | None):
                print(exc.code, file=err)
    return subprocess.CompletedProcess([sys.executable, *argv], code, out.getvalue(), err.getvalue())
