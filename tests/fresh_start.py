"""What a fresh `hub` process imported and printed, one process per command line for the test run.

`test_lazy_commands` and `test_cli_imports` each ask what `hub --help`, `hub db --help` or `hub db
upgrade` imported (and `test_database` what `hub db upgrade` printed), one list of modules a test (the
commands, the queue and drivers, the web layer). Each asked its own process, eleven in all for five
command lines, and a process is an interpreter importing the hub (1.3-2 CPU-s). Here a command line
runs once a test run, in a process of its own and an empty data folder of its own as before, and the
process says every module it imported and what it printed; each test picks its own list from that.
Under xdist the run's first process to ask keeps the record beside the processes' temporary folders
(as `lived_once` keeps the lived demo) and the others read it: the record is of a process none of them
is, so whichever runs it, it says the same.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hub_process import python_as_operator
from lived_once import shared_folder

# The listing's width: the test's terminal is not the subprocess's (`test_lazy_commands` compares the
# listing with one made in the test's process at this width).
WIDTH = 100

# Run the `hub` command in this interpreter, then say every module it imported and how it ended.
RUN = f"""
import json, sys
from hub.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="hub", terminal_width={WIDTH})
except SystemExit as exc:
    code = exc.code
print(json.dumps({{"code": code, "modules": sorted(sys.modules)}}))
"""


@dataclass(frozen=True)
class Started:
    """One `hub` process: its exit code, the modules it imported, what it printed before the record, the
    data folder it ran on."""

    code: object
    modules: frozenset[str]
    output: str
    data_dir: Path

    def imported(self, names: Iterable[str]) -> list[str]:
        """The modules of `names` (packages or modules) the process imported, sorted."""
        wanted = tuple(names)
        under = tuple(name + "." for name in wanted)
        return sorted(m for m in self.modules if m in wanted or m.startswith(under))


def _run(data_dir: Path, args: tuple[str, ...]) -> dict[str, Any]:
    *said, last = python_as_operator(data_dir, RUN, *args)
    return {**json.loads(last), "output": "\n".join(said) + "\n", "data_dir": str(data_dir)}


def _once(folder: Path | None, scratch: Path, args: tuple[str, ...]) -> dict[str, Any]:
    """The record of `hub ARGS`: run here in the run's first process to ask (or with no shared folder),
    else read from the record that process kept. A lock makes a process that asks while another runs it
    wait for that run rather than start a second."""
    if folder is None:
        return _run(scratch / "var", args)
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(json.dumps(args).encode()).hexdigest()[:16]
    record = folder / f"{name}.json"
    with open(folder / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, however the run ends
        if not record.exists():
            record.write_text(json.dumps(_run(scratch / "var", args)), encoding="utf-8")
        return dict(json.loads(record.read_text(encoding="utf-8")))


_STARTED: dict[tuple[str, ...], Started] = {}


def started(tmp_path_factory: pytest.TempPathFactory, *args: str) -> Started:
    """`hub ARGS` run once in this test run, in a process and an empty data folder of its own."""
    if args not in _STARTED:
        folder = shared_folder(tmp_path_factory.getbasetemp(), "fresh-start")
        record = _once(folder, tmp_path_factory.mktemp("fresh-start"), args)
        modules = frozenset(record["modules"])
        _STARTED[args] = Started(record["code"], modules, record["output"], Path(record["data_dir"]))
    return _STARTED[args]
