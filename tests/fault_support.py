"""Private PostgreSQL and Redis servers that a fault test may stop and restart, and `hub worker`
processes kept running by a supervisor that the test may SIGKILL at will.

The servers are the suite's own kind (`scripts/servers.sh`) on ports of their own, so that restarting
them does not disturb the servers the rest of the suite uses: ports the system hands out free
(HUB_FAULT_PG_PORT and HUB_FAULT_REDIS_PORT name them instead). Not fixed defaults: two runs at once
(two checkouts, two engineers on one host) both began at 5574 and 6474, and while a test held its Redis
down for a restart, the other run's `servers.sh start` found the port free and took it, and the
restart's own check then found the other run's Redis answering there: the first run went on with the
other's queue, saying nothing. Without the packages the test is skipped; with CI=true it fails.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from flask import Flask
from hub_process import PATIENCE, tree_env
from redis import Redis
from redis.exceptions import RedisError
from rq.worker import Worker
from servers import unavailable, worker_index

ROOT = Path(__file__).resolve().parent.parent
SERVERS = ROOT / "scripts" / "servers.sh"
HUB = str(Path(sys.executable).parent / "hub")


@dataclass
class PrivateServers:
    """A PostgreSQL and a Redis of the test's own, under `home`."""

    home: Path
    database_url: str = ""
    redis_url: str = ""

    def _script(
        self, command: str, down_seconds: float = 0, up_when: Callable[[], bool] | None = None
    ) -> None:
        env = {**os.environ, "HUB_CI_DOWN_SECONDS": f"{down_seconds:g}"}
        args = ["bash", str(SERVERS), command, str(self.home)]
        if up_when is None:
            subprocess.run(args, env=env, check=True, capture_output=True, text=True)
            return
        # Down until `up_when` holds: the script waits for this file after its `down_seconds`.
        flag = self.home / "up-when"
        flag.unlink(missing_ok=True)
        env["HUB_CI_UP_AFTER"] = str(flag)
        with subprocess.Popen(
            args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        ) as script:
            deadline = time.monotonic() + PATIENCE  # a bound for a hang; the test then says what is missing
            while script.poll() is None and not up_when() and time.monotonic() < deadline:
                time.sleep(0.2)
            flag.touch()
            out, err = script.communicate(timeout=PATIENCE)
        flag.unlink(missing_ok=True)
        if script.returncode:
            raise subprocess.CalledProcessError(script.returncode, args, out, err)

    def start(self) -> None:
        """Start both servers (or skip the test, failing it in CI, when they cannot run here)."""
        if shutil.which("redis-server") is None or not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
            unavailable(
                "the fault test needs redis-server and PostgreSQL installed (scripts/servers.sh start)"
            )
        env = {
            **os.environ,
            "HUB_CI_PG_PORT": _port("HUB_FAULT_PG_PORT"),
            "HUB_CI_REDIS_PORT": _port("HUB_FAULT_REDIS_PORT"),
        }
        done = subprocess.run(
            ["bash", str(SERVERS), "start", str(self.home)], env=env, capture_output=True, text=True
        )
        if done.returncode:
            unavailable(f"private servers for the fault test did not start: {done.stderr.strip()[-300:]}")
        pg_port = (self.home / "pg.port").read_text().strip()
        redis_port = (self.home / "redis.port").read_text().strip()
        self.database_url = f"postgresql+psycopg://postgres@127.0.0.1:{pg_port}/hub_test"
        self.redis_url = f"redis://127.0.0.1:{redis_port}/0"

    def restart_postgres(self, down_seconds: float = 0, up_when: Callable[[], bool] | None = None) -> None:
        """Stop PostgreSQL (fast: connections cut) and start it again after `down_seconds` and, when
        given, once `up_when()` holds (asked every 0.2 s; at most `PATIENCE`)."""
        self._script("restart-pg", down_seconds, up_when)

    def restart_redis(self, down_seconds: float = 0, up_when: Callable[[], bool] | None = None) -> None:
        """Stop Redis (its queue is lost) and start it again after `down_seconds` and, when given, once
        `up_when()` holds (asked every 0.2 s; at most `PATIENCE`)."""
        self._script("restart-redis", down_seconds, up_when)

    def stop(self) -> None:
        """Stop both servers and delete their data."""
        subprocess.run(["bash", str(SERVERS), "stop", str(self.home)], capture_output=True, check=False)


def _port(setting: str) -> str:
    """The port a server starts at: `setting`'s (ten more for each pytest-xdist worker), or one the
    system hands out free, which no other run's `servers.sh` begins its search at (theirs is a fixed
    number and those after it)."""
    given = os.environ.get(setting, "").strip()
    if given:
        return str(int(given) + 10 * (worker_index() or 0))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return str(s.getsockname()[1])


def working_pids(connection: Redis) -> set[int]:
    """The pids of the rq workers registered with Redis (none while it is down or just restarted)."""
    try:
        keys = connection.smembers("rq:workers")
        return {int(pid) for key in keys if (pid := connection.hget(key, "pid"))}
    except RedisError:
        return set()


def jobs_held(connection: Redis) -> dict[int, str | None]:
    """The rq workers registered with Redis, by pid, each with the id of the job it runs now from rq's
    own records (`Worker.get_current_job_id`: the worker's execution index), None when idle (and none at
    all while Redis is down or just restarted)."""
    try:
        return {w.pid: w.get_current_job_id() for w in Worker.all(connection=connection) if w.pid}
    except RedisError:
        return {}


def worker_env(app: Flask, lease_seconds: float) -> dict[str, str]:
    """The environment of a `hub worker` working `app`'s database, blobs and queue."""
    return {
        **tree_env(os.environ),
        "HUB_REDIS_URL": app.config["REDIS_URL"],
        "HUB_QUEUE_NAME": app.config["QUEUE_NAME"],
        "HUB_DATABASE_URL": app.config["DATABASE_URL"],
        "HUB_DATA_DIR": app.config["DATA_DIR"],
        "HUB_MUNICIPALITIES_DIR": app.config["MUNICIPALITIES_DIR"],
        "HUB_COMPANY_ADAPTER": app.config["COMPANY_ADAPTER"],
        "HUB_AGREEMENTS_DIR": app.config["AGREEMENTS_DIR"],
        "HUB_SECRET_KEY": app.config["SECRET_KEY"],
        "HUB_LEASE_SECONDS": f"{lease_seconds:g}",
        "HUB_LOG_LEVEL": "WARNING",
    }


@dataclass
class WorkerPool:
    """`size` `hub worker` processes; a supervisor thread starts a new one when one dies."""

    env: dict[str, str]
    size: int
    logs: Path
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    started: int = 0
    killed: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _thread: threading.Thread | None = None

    def _spawn(self) -> subprocess.Popen[bytes]:
        self.started += 1
        with (self.logs / f"worker-{self.started}.log").open("wb") as log:
            return subprocess.Popen([HUB, "worker"], env=self.env, stdout=log, stderr=subprocess.STDOUT)

    def start(self) -> None:
        """Start the workers and their supervisor."""
        self.logs.mkdir(parents=True, exist_ok=True)
        self.procs = [self._spawn() for _ in range(self.size)]
        self._thread = threading.Thread(target=self._supervise, name="worker-supervisor", daemon=True)
        self._thread.start()

    def _supervise(self) -> None:
        while not self._stop.wait(0.2):
            with self._lock:
                self.procs = [p if p.poll() is None else self._spawn() for p in self.procs]

    def alive(self) -> list[int]:
        """The pids of the workers running now."""
        with self._lock:
            return [p.pid for p in self.procs if p.poll() is None]

    def kill_one(self, rng: random.Random, working: set[int]) -> int | None:
        """SIGKILL a random worker among those working (`working`: pids the caller chose from rq's
        records), wherever it is in its work; its pid, or None when none of them is alive. One still
        starting is spared: on a loaded machine a start takes seconds, and killing workers before they
        work tests nothing."""
        with self._lock:
            alive = [p for p in self.procs if p.poll() is None and p.pid in working]
            if not alive:
                return None
            chosen = rng.choice(alive)
            chosen.send_signal(signal.SIGKILL)
            self.killed += 1
            return chosen.pid

    def stop(self) -> None:
        """Stop the supervisor, then the workers (SIGTERM, then SIGKILL after 10 s)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        for p in self.procs:
            p.terminate()
        deadline = time.monotonic() + 10
        for p in self.procs:
            try:
                p.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()

    def log_text(self) -> str:
        """Every worker's log, concatenated."""
        return "\n".join(path.read_text(errors="replace") for path in sorted(self.logs.glob("worker-*.log")))


@pytest.fixture(scope="module")
def private_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateServers]:
    """A PostgreSQL and a Redis for this test module alone, stopped and deleted afterwards."""
    servers = PrivateServers(tmp_path_factory.mktemp("faults"))
    servers.start()
    try:
        yield servers
    finally:
        servers.stop()
