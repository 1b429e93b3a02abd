"""A `hub` the suite starts in a process of its own runs the tree under test, whatever PYTHONPATH the
suite was started with: the virtualenv's editable install names the checkout it was installed from, so a
child left to find `hub` by itself ran that checkout's code while the test read this one's (a worktree's
change then passed or failed by another tree's code). Each case starts the child the way the suite does
(`operator_env`, `burst_worker`'s and the workers' environment, `Running`) with no PYTHONPATH of its own,
and asks it where its `hub` is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import hub_process
import pytest
from conftest import ROOT
from fault_support import worker_env
from flask import Flask
from hub_process import PATIENCE, Running, operator_env, tree_env

WHERE = "import hub, sys; print('hub at', hub.__file__, flush=True); sys.exit(0)"
HERE = str(ROOT / "hub" / "__init__.py")


def _where(env: dict[str, str], cwd: Path) -> str:
    """The file of `hub` a child Python with `env` imports, from `cwd` (not this checkout: `-c` puts the
    working folder on the path)."""
    done = subprocess.run(
        [sys.executable, "-c", WHERE], env=env, cwd=cwd, capture_output=True, text=True, timeout=PATIENCE
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.removeprefix("hub at ").strip()


@pytest.fixture
def no_pythonpath(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite as started without PYTHONPATH (`python -m pytest` from the checkout, say)."""
    monkeypatch.delenv("PYTHONPATH", raising=False)


@pytest.mark.usefixtures("no_pythonpath")
def test_an_operators_hub_runs_this_checkout(tmp_path: Path) -> None:
    assert _where(operator_env(tmp_path / "var"), tmp_path) == HERE


@pytest.mark.usefixtures("no_pythonpath")
def test_a_worker_of_the_fault_tests_runs_this_checkout(app: Flask, tmp_path: Path) -> None:
    assert _where(worker_env(app, 3), tmp_path) == HERE


@pytest.mark.usefixtures("no_pythonpath")
def test_a_running_hub_runs_this_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hub_process, "HUB", sys.executable)  # a Python that says where its `hub` is
    # -P: not the working folder (this checkout) first on the path, as `hub`, a script elsewhere, has not.
    with Running(["-P", "-c", WHERE], dict(os.environ)) as child:
        child.said("hub at ")
        assert child.ended() == 0
    assert child.lines[0].removeprefix("hub at ").strip() == HERE


def test_folders_a_test_puts_first_stay_first_and_the_suites_own_path_is_kept() -> None:
    env = tree_env({"PYTHONPATH": os.pathsep.join(("/a", "/b"))}, "/first")
    assert env["PYTHONPATH"].split(os.pathsep) == ["/first", str(ROOT), "/a", "/b"]
