"""Shared fixtures: an app per test on a fresh database, its CLI runner, and the real-server variants.

`app` is the embedded default (SQLite in a temporary folder, the in-process queue). `backend_app` runs
the same test on SQLite and on PostgreSQL, `queue_app` on the embedded queue and on real Redis; the real
servers come from HUB_TEST_DATABASE_URL / HUB_TEST_REDIS_URL, and with CI=true a missing one fails.

A fresh database is a copy of a template migrated once per session, and the configs are loaded once
per content of their files (`tests/fresh_app.py`, decision 0032): the same state as before, sooner.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium import browser, chromium  # noqa: F401 - the browser fixtures, for every folder's tests
from demo_clock import demo_clock
from file_order import longest_first
from flask import Flask
from flask.testing import FlaskCliRunner
from fresh_app import fresh_schema, install_config_cache
from hub_sources import forget as forget_sources
from lived_once import lived_once, shared_folder
from password_cost import hash_passwords_cheaply
from servers import postgres_url, redis_url, require
from spec_once import install_spec_cache
from sqlalchemy import func, select
from sweep_capture import LetOut, every_job_stored, every_line_at_debug

from hub.adapters.readers import sandbox
from hub.app import create_app  # raises a ConfigError: tests look at it (`hub.create_app` exits)
from hub.extensions import db
from hub.models import AuditEvent, RecordVersion, Submission

_COLLECTOR = gc.get_threshold()


@pytest.fixture(autouse=True)
def _collector_as_python_sets_it() -> Iterator[None]:
    """`hub reprocess` and the bench's timed parts collect garbage less often (`longlived.freeze`); a
    test that runs them in this process must not leave the rest of the run so. A cycle some test leaves
    (a client's socket, say) would then be collected, and its warning raised, in a test long after."""
    yield
    if gc.get_threshold() != _COLLECTOR:
        gc.set_threshold(*_COLLECTOR)


ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


install_config_cache()

install_spec_cache()

hash_passwords_cheaply()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files longest first, for `make test`'s `--dist loadfile --no-loadscope-reorder`: a long file
    of few tests no longer starts last (`tests/file_order.py`)."""
    items[:] = longest_first(items)


def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """The hub's source a module parsed (`tests/hub_sources.py`) is let go after its last test."""
    if nextitem is None or nextitem.path != item.path:
        forget_sources()


def make_app(tmp_path: Path, **settings: Any) -> Flask:
    """An app on a fresh database, migrated to the newest schema."""
    config = {
        "TESTING": True,
        "DATA_DIR": str(tmp_path / "var"),
        "SECRET_KEY": "test-secret",
        "MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "COMPANY_ADAPTER": str(ROOT / "config" / "company.toml"),
        "AGREEMENTS_DIR": str(ROOT / "config" / "agreements"),
        "WORKER_THREAD": False,
        "REDIS_URL": "",
    }
    config.update(settings)
    app = create_app(config)
    with app.app_context():
        fresh_schema(app)
    return app


def _dispose(app: Flask) -> None:
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    """The embedded default: SQLite file, local blobs, in-process queue."""
    app = make_app(tmp_path)
    yield app
    _dispose(app)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """The same app on SQLite and on a real PostgreSQL server."""
    settings = {}
    if request.param == "postgresql":
        settings["DATABASE_URL"] = require(postgres_url(), "postgres")
    app = make_app(tmp_path, **settings)
    yield app
    _dispose(app)


@pytest.fixture
def postgres_app(tmp_path: Path) -> Iterator[Flask]:
    """The app on the real PostgreSQL server only (for what SQLite cannot show, such as locking)."""
    app = make_app(tmp_path, DATABASE_URL=require(postgres_url(), "postgres"))
    yield app
    _dispose(app)


def queue_name() -> str:
    """A queue of its own for each test: a real Redis keeps earlier runs' jobs under the same fixed ids.
    Short, because a job's id is the queue's name in front of the batch's (64 characters in SQL)."""
    return f"hub-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def redis_app(tmp_path: Path) -> Iterator[Flask]:
    """The app with its queue on the real Redis server only (for `hub worker` processes)."""
    app = make_app(tmp_path, REDIS_URL=require(redis_url(), "redis"), QUEUE_NAME=queue_name())
    yield app
    _dispose(app)


@pytest.fixture(params=["embedded", "redis"])
def queue_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """The same app with the in-process queue and with a real Redis server."""
    settings = {}
    if request.param == "redis":
        url = require(redis_url(), "redis")
        settings["REDIS_URL"] = url
        settings["QUEUE_NAME"] = queue_name()
    app = make_app(tmp_path, **settings)
    yield app
    _dispose(app)


@pytest.fixture
def client(app: Flask) -> Any:
    """A test client of the embedded app."""
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    """A CLI runner of the embedded app (`runner.invoke(args=[...])`)."""
    from hub.cli import cli  # noqa: PLC0415 - only CLI tests need the command tree

    class Runner(FlaskCliRunner):
        def invoke(self, cli_: Any = None, args: Any = None, **kwargs: Any) -> Any:  # type: ignore[override]
            return super().invoke(cli_ or cli, args, **kwargs)

    return Runner(app)


def _build_lived_demo(folder: Path) -> tuple[Flask, LetOut]:
    """`hub agreements load` and `hub demo --progress` on a fresh app in `folder`, and what they let out.

    With `--progress` the output holds each round's progress lines, which
    `ingest/test_progress_lines.py` reads instead of running a demo of its own (some 9 CPU-s, 12.5 s of
    CI's wall: decision 0058, stop 64); what the demo stores is the same either way."""
    from hub.cli import cli  # noqa: PLC0415 - only these tests need the command tree

    app = make_app(folder)
    runner = FlaskCliRunner(app)
    output = []
    # Every log line at DEBUG and every job as queued are kept for the CPR sweep (`lived_demo_let_out`),
    # which would otherwise run a second demo of its own: ten seconds there, a fraction of one here.
    with every_line_at_debug() as lines, every_job_stored() as jobs:
        for args in (["agreements", "load"], ["demo", "--progress"]):
            result = runner.invoke(cli, args)
            assert result.exit_code == 0, result.output
            output.append(result.output)
    return app, LetOut(lines.lines, jobs, "\n".join(output))


@pytest.fixture(scope="session")
def lived_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """`hub demo` run once, with its August–October, for the tests that only read what it stored (and
    for the CPR sweep, what it logged and queued; for the progress test, the lines it drew:
    `lived_demo_let_out`). Built by the run's first process to need it; the others copy what that build
    stored (`tests/lived_once.py`)."""
    folder = shared_folder(tmp_path_factory.getbasetemp())
    app, let_out = lived_once(folder, tmp_path_factory.mktemp("lived-demo"), _build_lived_demo, make_app)
    _LIVED.append(app)
    _LIVED_LET_OUT[:] = [let_out]
    _LIVED_WRITES[:] = [_writes(app)]
    yield app
    _LIVED.clear()
    _dispose(app)


_LIVED: list[Flask] = []  # the session's lived demo, once made
_LIVED_LET_OUT: list[LetOut] = []  # what it let out while it was made
_LIVED_WRITES: list[tuple[int, ...]] = []  # what it held when made (`_writes`)


@pytest.fixture(scope="session")
def lived_demo_let_out(lived_demo: Flask) -> LetOut:
    """What the lived demo let out while `hub demo` ran: its log lines at DEBUG, its jobs, its output."""
    return _LIVED_LET_OUT[0]


def _writes(app: Flask) -> tuple[int, ...]:
    """What a test that writes would change: submissions, record versions and log entries other than
    reads (a page read as a company or an auditor is logged, and that is a read)."""
    with app.app_context():
        return tuple(
            db.session.execute(select(func.count()).select_from(table).where(*where)).scalar_one()
            for table, where in (
                (Submission, ()),
                (RecordVersion, ()),
                (AuditEvent, (~AuditEvent.action.startswith("read."),)),
            )
        )


@pytest.fixture(autouse=True)
def _lived_demo_is_only_read(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test on the session's lived demo must not write to it: the next test on the same process would
    meet its claims, forms or log entries (a module that writes takes a copy: `everyone_on_a_copy`)."""
    if "lived_demo" not in request.fixturenames or not _LIVED:
        yield
        return
    before = _writes(_LIVED[0])
    yield
    if _writes(_LIVED[0]) != before:
        pytest.fail(f"{request.node.nodeid} wrote to the session's lived demo: work on a copy of it")


@pytest.fixture(scope="module", autouse=True)
def _lived_demo_is_only_read_by_modules(request: pytest.FixtureRequest) -> Iterator[None]:
    """As `_lived_demo_is_only_read`, for what a module-scoped fixture does before its first test's
    check begins (a bundle made once for the module is a `bundle.created` entry): checked at the
    module's end against the demo as it was made."""
    yield
    if _LIVED and _LIVED_WRITES and _writes(_LIVED[0]) != _LIVED_WRITES[0]:
        _LIVED_WRITES[:] = [_writes(_LIVED[0])]  # said once, by the module that wrote
        pytest.fail(f"{request.node.nodeid} wrote to the session's lived demo: work on a copy of it")


@pytest.fixture
def demo_today() -> Iterator[None]:
    """Today is the demo's 1 December 2026 while the test runs, the clock ticking on from there.

    The seeds' forms, and so the demo's, run August-October 2026; what may be claimed or opened depends
    on today (staff pick among the last year's claim periods, an auditor among those that have ended),
    so a test of a 2026 claim would start failing in 2027 without it. Only this process travels: a
    browser or a server in another process keeps the real time. The clock goes on from where the
    previous test's left it (`demo_clock`): what one test stamps, a later one must not meet as future."""
    with demo_clock():
        yield


@pytest.fixture(scope="module")
def stop_readers() -> Iterator[None]:
    """Stop the reader processes once the module is done (`pytestmark = usefixtures("stop_readers")`): a
    module that starts them must not leave children behind for the next module's limits."""
    yield
    sandbox.shutdown()
