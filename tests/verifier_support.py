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
import json
import subprocess
import sys
import zipfile
from pathlib import Path

from flask import Flask
from flask.testing import FlaskCliRunner

from hub.cli import cli


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


def logged_before_stop_52(records: list[int], submission: int = 7, sha256: str = "a" * 64) -> list[str]:
    """Log entry lines as the hub wrote them before stop 52 (ingest_new.py, normalise.py): the submission
    received with its document's SHA-256, and version 1 of each record stored from it, without the
    data's hash (`data_sha256`)."""
    received = {
        "action": "submission.received",
        "subject": f"submission:{submission}",
        "detail": {"sha256": sha256},
    }
    stored = [
        {
            "action": "record.submitted",
            "subject": f"record:{n}",
            "detail": {"version": 1, "submission": submission},
        }
        for n in records
    ]
    return [json.dumps(entry) for entry in (received, *stored)]


def verified_alone(bundle: Path, key: str) -> subprocess.CompletedProcess[str]:
    """The bundle's verify.py run as its auditor runs it: a process of its own, the standard library only
    (`-I`), with the published fingerprint (`--key`)."""
    script = unpacked(bundle, bundle.parent / f"unpacked-{bundle.stem}")
    command = [sys.executable, "-I", str(script), str(bundle), "--key", key]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def published_key(app: Flask) -> str:
    """The hub's published fingerprint, as `hub audit key` prints it."""
    return FlaskCliRunner(app).invoke(cli, ["audit", "key"]).stderr.split("fingerprint: ")[1].split()[0]


def made_bundle(app: Flask, folder: Path, who: str, period: str) -> Path:
    """The auditor's bundle of `who` for `period`, made by `hub bundle` into `folder`."""
    out = folder / f"{who}-{period}.zip"
    made = FlaskCliRunner(app).invoke(cli, ["bundle", who, "--period", period, "--out", str(out)])
    assert made.exit_code == 0, made.output
    return out
