"""The `hub` command group itself: which app a command runs in (the core, or the whole app with its web
face), the commands `hub --help` lists, and click's errors and Ctrl-C said in Danish too, exit 130 for
Ctrl-C. Each command is registered on it from its own module when first named (`hub.cli.commands`), and
`hub.cli.main` says what fails outside them."""

from __future__ import annotations

import importlib
import os
import sys
from importlib.metadata import entry_points
from typing import Any

import click
from flask import Flask
from flask.cli import FlaskGroup

from hub import log_handler
from hub.app_core import create_core_app
from hub.cli import usage
from hub.cli.commands import COMMANDS
from hub.cli.common import EXIT_BAD_INPUT, print_rejection
from hub.cli.usage import aborted, in_both_languages, interrupted
from hub.entry import NOTHING_DONE
from hub.errors import HubError
from hub.interrupts import Interrupted
from hub.lazy_names import is_loaded_instance

# Commands the extensions add to every Flask app: kept working, left out of `hub --help`.
EXTENSION_COMMANDS = ("limiter", "openapi")
# Long-running servers: their log is what operators read, at the level HUB_LOG_LEVEL says.
SERVERS = frozenset({"serve", "worker"})
# The commands whose app has its web face (pages, API, spec): `hub serve` serves it, and the extensions'
# commands are the web layer's own. Every other command runs on `app_core.create_core_app`; so does the
# listing of `hub --help`, whose app is made only for its settings to be checked and its commands named.
WEB_COMMANDS = frozenset({"serve", *EXTENSION_COMMANDS})
# The commands of the core app that write a claim (`hub claim`; `hub bundle` puts the claim in the
# bundle): their start checks every `[claim]` against its template file and refuses a broken one (exit 2),
# as the web app's start does (its pages and API write claims). Every other command starts without reading
# the templates, a quarter of a start (decision 0010, "Stop 68"); `hub adapters check` reads them itself.
CLAIM_COMMANDS = frozenset({"claim", "bundle"})


def _with_web(ctx: click.Context | None) -> bool:
    """Whether the command being run needs the web layer: a command not yet known (an extension's,
    looked up on the app, or a name that is no command) gets the whole app, as before."""
    if ctx is None:
        return True
    root = ctx.find_root()
    if root.meta.get(_LISTING):
        return False
    return root.invoked_subcommand is None or root.invoked_subcommand in WEB_COMMANDS


# Set in the root context while `hub --help` lists the commands (`HubGroup.list_commands`).
_LISTING = "hub.listing"
# Set in the root context while `hub --help` says each command's summary (`HubGroup.format_commands`).
_SUMMARIES = "hub.summaries"


def _writes_claims(ctx: click.Context | None) -> bool:
    """Whether the command being run writes a claim (`CLAIM_COMMANDS`); not while `hub --help` lists."""
    if ctx is None:
        return True
    root = ctx.find_root()
    return not root.meta.get(_LISTING) and root.invoked_subcommand in CLAIM_COMMANDS


def _is_server(ctx: click.Context | None) -> bool:
    """Whether the command running is `hub serve` or `hub worker` itself (not a subcommand so named)."""
    return (
        ctx is not None
        and ctx.parent is not None
        and ctx.parent.parent is None
        and (ctx.command.name in SERVERS)
    )


def command_app() -> Flask:
    """The app a command runs in: the core, or the whole app for the commands of its web face
    (`WEB_COMMANDS`); a broken config is said as a refusal, exit 2, not as where Python was."""
    # A broken config stops the hub before any command runs: say what is wrong, not where Python was.
    # A command's own lines (both languages, its exit code) are its interface: the internals' warnings
    # (a hundred "queued again" between a hundred files' lines) reach the terminal only when asked for.
    # Before the app is made: what it says while starting is held back too.
    ctx = click.get_current_context(silent=True)
    if not os.environ.get("HUB_LOG_LEVEL", "").strip() and not _is_server(ctx):
        log_handler.quiet()
    try:
        if _with_web(ctx):
            # Imported here: the web layer is half a second of CPU that only these commands use.
            from hub.app import create_app  # noqa: PLC0415

            return create_app()
        return create_core_app(claim_templates=_writes_claims(ctx))
    except HubError as exc:
        print_rejection(exc)
        sys.exit(EXIT_BAD_INPUT)


class HubGroup(FlaskGroup):
    """Flask's command group, listing the hub's own commands only."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command but the extensions' (which still run when named). The app loaded to list
        them has no web face: the extensions' commands it would add are the ones left out."""
        root = ctx.find_root()
        root.meta[_LISTING] = True
        loaded = self._loaded_plugin_commands
        # Flask imports every plugin's command to list it (flask-limiter's whole package): one left out of
        # the list anyway is not imported for it. (Flask's own flag: were it renamed, they are imported.)
        if all(point.name in EXTENSION_COMMANDS for point in entry_points(group="flask.commands")):
            self._loaded_plugin_commands = True
        try:
            names = super().list_commands(ctx)
        finally:
            root.meta.pop(_LISTING, None)
            self._loaded_plugin_commands = loaded
        # Flask's list is sorted: so is this one, with the commands not imported yet among them.
        return sorted({*COMMANDS, *names} - set(EXTENSION_COMMANDS))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        """The hub's own command by its name, its module imported now (`commands.COMMANDS`); while
        `hub --help` lists them, a stand-in with the table's summary, nothing imported. Only another
        name loads Flask's plugin commands (the extensions': flask-limiter's import is a tenth of a
        second) and, failing those, the app's."""
        own = self.commands.get(name)
        if own is not None:
            return own
        entry = COMMANDS.get(name)
        if entry is not None and ctx.find_root().meta.get(_SUMMARIES):
            return click.Command(name, help=entry.summary)
        if entry is not None:
            importlib.import_module(entry.module).register(self)
            return self.commands[name]
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands listed with their summaries from the table: no command's module imported."""
        root = ctx.find_root()
        root.meta[_SUMMARIES] = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            root.meta.pop(_SUMMARIES, None)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        """`hub`'s own options read, a bad one said in Danish too (`usage`). Ctrl-C meanwhile is said
        as before the hub was imported (`entry.NOTHING_DONE`), exit 130, not as click's "Aborted!",
        exit 1, which click's `main` would make of it."""
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.ClickException as exc:
            raise in_both_languages(exc) from None
        except (KeyboardInterrupt, click.Abort) as exc:
            if not usage.by_ctrl_c(exc):
                raise
            raise interrupted(*NOTHING_DONE) from None

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; click's errors reading its command line, and its "Aborted!", are said in
        Danish too (`usage`); Ctrl-C at a question is said as Ctrl-C, exit 130."""
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:
            raise in_both_languages(exc) from None
        except Interrupted as exc:
            # The command said what it kept and what it did not (`hub ingest`, `hub reprocess`, ...).
            raise interrupted(exc.english, exc.danish) from exc
        except KeyboardInterrupt as exc:
            raise interrupted() from exc
        except (EOFError, click.Abort) as exc:
            if usage.by_ctrl_c(exc):
                # Ctrl-C at a question (click's `prompt` makes it an Abort): pressed all the same.
                raise interrupted() from exc
            raise aborted() from exc
        except Exception as exc:
            # rq's own worker (`hub worker --burst` on the embedded queue) takes Ctrl-C as a request to
            # stop and may raise StopRequested: the person pressed Ctrl-C all the same. Commands that work
            # the queue themselves raise KeyboardInterrupt (`queue_stopping.CommandWorker`). Told without
            # an `except StopRequested`, which would import rq at every start.
            if is_loaded_instance(exc, "rq.exceptions", "StopRequested"):
                raise interrupted() from exc
            raise
