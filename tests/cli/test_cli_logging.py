"""Log lines say when (UTC), how serious, from where and from which process; a command's own lines are
not drowned by the hub's internal warnings unless HUB_LOG_LEVEL asks for them, while `hub worker` logs
at the configured level (its log is what operators read)."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, make_app
from hub_process import PATIENCE, migrated

HERLEV = ROOT / "config" / "municipalities" / "herlev.toml"
P_NUMBER = (
    '  [[forms.fields]]\n  path = "site.p_number"\n  source = "label:P-nr."\n  transforms = ["digits"]\n\n'
)
# The warning every start logs for a municipality config with an unfinished form (`services.registry`).
LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z WARNING hub\.services\.registry \[\d+\] "
    r"herlev\.toml: forms\[0\]",
    re.MULTILINE,
)


def _hub(tmp_path: Path, *args: str, **settings: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m hub ARGS` with an unfinished Herlev config, whose start logs a warning."""
    configs = tmp_path / "municipalities"
    if not configs.exists():
        configs.mkdir()
        text = HERLEV.read_text(encoding="utf-8")
        (configs / "herlev.toml").write_text(text.replace(P_NUMBER, "", 1), encoding="utf-8")
        for folder in ("schemas", "templates"):
            (configs / folder).symlink_to(ROOT / "config" / "municipalities" / folder)
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUB_") or k.startswith("HUB_TEST_")}
    env.update(
        PYTHONPATH=str(ROOT),
        HUB_DATA_DIR=str(tmp_path / "var"),
        HUB_MUNICIPALITIES_DIR=str(configs),
        HUB_COMPANY_ADAPTER=str(ROOT / "config" / "company.toml"),
        **settings,
    )
    return subprocess.run(
        [sys.executable, "-m", "hub", *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )


def _empty(tmp_path: Path) -> str:
    """A canonical file of no records: `hub validate` needs no database for it."""
    path = tmp_path / "empty.json"
    path.write_text("[]", encoding="utf-8")
    return str(path)


def test_a_command_asked_for_its_log_gets_time_level_name_and_pid(tmp_path: Path) -> None:
    done = _hub(tmp_path, "validate", _empty(tmp_path), HUB_LOG_LEVEL="info")
    assert done.returncode == 0, done.stderr
    assert LINE.search(done.stderr), done.stderr


def test_a_command_keeps_the_hubs_warnings_off_the_terminal_unless_asked(tmp_path: Path) -> None:
    done = _hub(tmp_path, "validate", _empty(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith(": 0 valid records / 0 gyldige poster\n")
    assert done.stderr == ""


def test_the_worker_logs_at_the_configured_level(tmp_path: Path) -> None:
    migrated(tmp_path)  # a worker waits for an unmigrated database
    done = _hub(tmp_path, "worker", "--burst")
    assert done.returncode == 0, done.stderr
    assert LINE.search(done.stderr), done.stderr
    assert re.search(r"Z INFO rq\.worker \[\d+\] ", done.stderr), done.stderr
    # Libraries saying only that they started (alembic a line per plugin, pikepdf its logger bridged):
    # eight lines at each worker's start that told the operator's walk nothing (decision 0026, stop 63).
    assert " alembic." not in done.stderr and " pikepdf." not in done.stderr, done.stderr


def test_a_hosts_log_handlers_are_kept(tmp_path: Path) -> None:
    # pytest's own handlers stand for gunicorn's: the app adds none beside them, and changes none.
    before = [(h, h.level) for h in logging.getLogger().handlers]
    assert before
    make_app(tmp_path)
    assert [(h, h.level) for h in logging.getLogger().handlers] == before
