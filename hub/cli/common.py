"""What every command shares: how a rejection is printed, which exit code it gets, and the audit log."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
from flask import Flask, current_app

from hub import interrupts
from hub.errors import HubError, Rejection, SettingsError
from hub.extensions import db
from hub.pseudonyms import mask_cpr_like
from hub.server_lost import DATABASE_DOWN
from hub.services import schema, sequencer
from hub.signing import signer

F = TypeVar("F", bound=Callable[..., Any])

# The exit codes of every `hub` command; the README's table says the same.
EXIT_OK = 0
EXIT_FAILED = 1  # anything else: a bug or a failure that is nobody's input (one line, no traceback)
EXIT_BAD_INPUT = 2  # rejected: the input is wrong, nothing of it was written
# 3: `hub audit verify` / `prove` when the log does not verify (`hub/cli/audit.py` EXIT_NOT_INTACT)
EXIT_UNAVAILABLE = 4  # a server the command needs (the database, the job queue) cannot be reached
EXIT_NOT_FINISHED = 5  # `hub ingest`: every file kept, but not all processed before --wait ran out
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C: 128 + SIGINT, as shells report it
EXIT_TERMINATED = 143  # stopped by SIGTERM (`hub ingest`, `hub demo`, `hub reprocess`): 128 + SIGTERM


# A row's id as a command line gives it: within the database's integer, so that a larger number is bad
# input (exit 2), never an overflow in the database driver ("unexpected OverflowError"), as the pages'
# `<int:…>` (`hub.web.install.DatabaseId`).
DATABASE_ID = click.IntRange(-(2**63), 2**63 - 1)


def print_rejection(exc: HubError) -> None:
    """Print every problem in Danish and English, one per line, to standard error, CPR-like numbers
    masked (decision 0065): a line names the file, often named after its citizen, and a reason may quote
    the value it could not take; a command's output may be kept as a log."""
    if isinstance(exc, Rejection):
        lines = [(p.describe("en"), p.describe("da")) for p in exc.problems]
    elif isinstance(exc, SettingsError):
        lines = list(exc.problems)
    else:
        lines = [(exc.message, exc.message_da)]
    for en, da in lines:
        click.echo(mask_cpr_like(f"error: {en}"), err=True)
        click.echo(mask_cpr_like(f"fejl: {da}"), err=True)


def bad_input_exits_2(func: F) -> F:
    """Turn a `HubError` into its printed problems and exit code 2, with nothing written."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except HubError as exc:
            print_rejection(exc)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper  # type: ignore[return-value]


def seals_audit_log(func: F) -> F:
    """Integrate the audit entries the command wrote into the log before it exits, failed or not."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        # The keys first: a command must not write entries it cannot seal (a signing key not there or
        # unreadable), nor pseudonyms under another key than the database's.
        try:
            signer(app)
            db.ready(app)
        except HubError as exc:
            print_rejection(exc)
            sys.exit(EXIT_BAD_INPUT)
        _require_migrated(app)
        try:
            # SIGTERM (systemd, `kill`) is a stop the command says, exit 143, as Ctrl-C is (exit 130):
            # Python's default would end it with no line, a temporary file left beside --out, and the
            # work under way kept from the queue until its lease ran out (`interrupts.noted`).
            with interrupts.noted():
                result = func(*args, **kwargs)
        finally:
            # The command is done with its session: end its transaction, which on SQLite holds the one
            # write lock the sequencer's own session needs.
            db.close()
            sealed = sequencer.integrate_quietly(app)
        if not sealed:
            # Done, but not sealed: never exit 0 then (the reason is logged); the database gone is a
            # server down, as README's exit codes say, not "any other failure".
            sys.exit(EXIT_UNAVAILABLE if sealed.database_down else EXIT_FAILED)
        return result

    return wrapper  # type: ignore[return-value]


def _require_migrated(app: Flask) -> None:
    """Refuse a command on a database behind this code (never migrated, or deployed before `hub db
    upgrade`) before it writes anything: `schema.NotMigrated`, said by `hub.cli.main` in two lines, exit
    4. Left to run into a missing table, the command failed with the driver's words, and its audit log's
    sealing said first that the database could not be reached, which it could. A database that cannot
    be reached is not refused here: the command says what an outage means for its work."""
    try:
        with db.state(app).engine.connect() as connection:
            schema.require_migrated(connection)
    except DATABASE_DOWN:
        return
