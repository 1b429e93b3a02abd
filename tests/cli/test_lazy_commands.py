"""`hub` imports a command's module only when that command runs (`hub.cli.commands`): `hub --help`
lists every command from a light table, and a process paid ~2.8 CPU-s importing every command (the
adapters' tooling, the exports, the PDF writers) before running one. Checked in a process of its own,
since the suite's has imported everything long before: one a command line, shared by the tests that
ask what it imported (`fresh_start`)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from fresh_start import WIDTH, started
from hub_process import operator_env

from hub.cli import cli
from hub.cli.commands import COMMANDS
from hub.cli.group import EXTENSION_COMMANDS

# What `hub --help` has no use for: every command's own module, the jobs (and the readers, exports and
# dashboards they import), the migrations' Alembic, the PDF and workbook libraries.
HEAVY = (
    *sorted({entry.module for entry in COMMANDS.values()}),
    "hub.jobs",
    "hub.healing",
    "hub.adapters.readers.pdf",
    "hub.adapters.readers.tabular",
    "hub.schemas.agreement",
    "alembic",
    "reportlab",
    "pikepdf",
    "openpyxl",
    "flask_smorest",
)

# What no command that leaves the queue alone has a use for (stop 66): the job queue's libraries (rq, the
# embedded stand-in, redis itself: made when first used, `hub.queue_state`), PostgreSQL's driver on a
# SQLite database, the rate limits' parser with no limit set. Written out by hand: each was imported at
# every start until then, some 0.15 CPU-s.
QUEUE_AND_DRIVERS = ("rq", "fakeredis", "redis", "psycopg", "psycopg_binary", "limits")
# What reads the claim templates (the repository's configs have PDF and XSD ones): only a start that writes
# claims checks them (the web app, `hub claim`, `hub bundle`; decision 0010, "Stop 68"). Until then every
# start read them, a quarter of its CPU.
CLAIM_TEMPLATE_READERS = ("pypdf", "lxml")


def test_the_help_imports_no_command(tmp_path_factory: pytest.TempPathFactory) -> None:
    done = started(tmp_path_factory, "--help")
    assert (done.code, done.imported(HEAVY)) == (0, [])


def test_commands_that_queue_nothing_import_no_queue_or_driver(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # The listing, a command's own help, and a command that makes its app and migrates SQLite. (`hub
    # ingest`'s module imports the processing it runs, and the queue with it: not one of these.)
    for args in (["--help"], ["db", "--help"], ["db", "upgrade"]):
        done = started(tmp_path_factory, *args)
        assert (args, done.code, done.imported(QUEUE_AND_DRIVERS)) == (args, 0, [])


def test_the_ingest_commands_help_imports_no_queue_or_pdf_library(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # `hub ingest`'s module (and `hub requeue`'s, which it imports) queues and reads when it runs: the
    # queue's libraries and the PDF ones are imported then, not for its help (stop 68).
    done = started(tmp_path_factory, "ingest", "--help")
    assert (done.code, done.imported((*QUEUE_AND_DRIVERS, "pikepdf", "pypdf"))) == (0, [])


def test_commands_that_write_no_claim_read_no_claim_template(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    for args in (["--help"], ["db", "upgrade"]):
        done = started(tmp_path_factory, *args)
        assert (args, done.code, done.imported(CLAIM_TEMPLATE_READERS)) == (args, 0, [])


def test_a_command_imports_its_own_module_only(tmp_path_factory: pytest.TempPathFactory) -> None:
    done = started(tmp_path_factory, "db", "--help")
    modules = {entry.module for entry in COMMANDS.values()}
    assert (done.code, [m for m in done.imported(HEAVY) if m in modules]) == (0, ["hub.cli.database"])


def test_the_listing_says_what_each_commands_own_help_says(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # Here every command's module is imported, so the list is made from the commands themselves; in a
    # process of its own, from the table: the two must be the same, line for line.
    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None and command.name == name
        stand_in = click.Command(name, help=COMMANDS[name].summary)
        for limit in (20, 45, 80, 400):
            assert stand_in.get_short_help_str(limit) == command.get_short_help_str(limit), name
    env = operator_env(tmp_path / "v")
    from_commands = CliRunner().invoke(cli, ["--help"], prog_name="hub", env=env, terminal_width=WIDTH)
    assert from_commands.exit_code == 0
    from_table = started(tmp_path_factory, "--help")
    assert from_table.code == 0
    assert from_table.output == from_commands.output


def test_every_command_is_in_the_table() -> None:
    # A command added to a module but not to the table would be missing from `hub --help`.
    ctx = click.Context(cli)
    for module in {entry.module for entry in COMMANDS.values()}:
        before = set(cli.commands)
        __import__(module, fromlist=["register"]).register(cli)
        assert set(cli.commands) - before <= set(COMMANDS), module
    # Naming a command not in the table loads the extensions' commands (flask-limiter's `limiter`) into
    # the group, as a test before this one in the process may have done (stop 57's CI): they run when
    # named and are left out of the table and the list on purpose.
    cli._load_plugin_commands()  # what naming one does, with an app found (Flask's own step)
    assert "limiter" in cli.commands
    assert set(cli.commands) - set(EXTENSION_COMMANDS) <= set(COMMANDS)
    assert all(cli.get_command(ctx, name) is cli.commands[name] for name in COMMANDS)


def test_the_workbook_types_are_openpyxls() -> None:
    # Written out so that sniffing a file does not import openpyxl (`packages.WORKBOOK_TYPES`).
    from openpyxl.xml.constants import XLSM, XLSX, XLTM, XLTX

    from hub.adapters.readers.packages import WORKBOOK_TYPES

    assert WORKBOOK_TYPES == (XLTM, XLTX, XLSM, XLSX)
