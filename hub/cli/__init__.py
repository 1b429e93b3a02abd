"""The `hub` command: one group, subcommands by feature, each running inside an app context."""

from __future__ import annotations

import logging
import os
import sys
from typing import NoReturn
from urllib.parse import urlsplit

import click
from sqlalchemy.exc import SQLAlchemyError

from hub.cli.common import EXIT_BAD_INPUT, EXIT_UNAVAILABLE, print_rejection
from hub.cli.group import HubGroup, command_app
from hub.cli.usage import interrupted
from hub.errors import ConfigError
from hub.lazy_names import is_loaded_instance
from hub.logsetup import frames
from hub.services.schema import NotMigrated

log = logging.getLogger("hub.cli")


cli = HubGroup(
    name="hub",
    create_app=command_app,
    add_default_commands=False,
    add_version_option=False,
    load_dotenv=False,
    set_debug_flag=False,
    help="The hub: partnership agreements, municipality adapters and the canonical store.",
)
# Flask's own --app, --env-file and --debug mean nothing here: the hub is one app, set by HUB_* settings.
cli.params = [p for p in cli.params if p.name not in {"app", "env_file", "debug"}]


def _redis_address() -> str:
    """`host:port` of HUB_REDIS_URL, without user or password; empty when it cannot be told."""
    try:
        parts = urlsplit(os.environ.get("HUB_REDIS_URL", ""))
        return f"{parts.hostname}:{parts.port or 6379}" if parts.hostname else ""
    except ValueError:
        return ""


def main() -> None:
    """Entry point of the `hub` console script: no traceback reaches the person at the terminal."""
    try:
        cli.main(prog_name="hub")
    except KeyboardInterrupt:
        # Ctrl-C outside a command's own run (click's `main` around it, or while a failure is said).
        sys.exit(interrupted().exit_code)
    except SQLAlchemyError as exc:
        log.debug("database error: %s", frames(exc))
        reason = str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0]
        click.echo(
            f"error: the database cannot be used ({reason}); is it running, and migrated (hub db upgrade)?",
            err=True,
        )
        click.echo(
            f"fejl: databasen kan ikke bruges ({reason}); kører den, og er den opdateret (hub db upgrade)?",
            err=True,
        )
        sys.exit(EXIT_UNAVAILABLE)
    except NotMigrated as exc:
        english, danish = exc.lines()
        click.echo(f"error: {english}", err=True)
        click.echo(f"fejl: {danish}", err=True)
        sys.exit(EXIT_UNAVAILABLE)
    except ConfigError as exc:
        # A setting found wrong once the command had begun, outside its own refusals: the pseudonym key
        # that is not the database's, checked at the first use of the database (`key_fingerprints`). A
        # command that only reads said "unexpected ConfigError", exit 1, where one that writes said why.
        print_rejection(exc)
        sys.exit(EXIT_BAD_INPUT)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: a message, not a traceback
        if is_loaded_instance(exc, "redis.exceptions", "RedisError"):
            _redis_down(exc)
        log.debug("unexpected error: %s", frames(exc))
        click.echo(
            f"error: unexpected {type(exc).__name__}; run with HUB_LOG_LEVEL=DEBUG for the details", err=True
        )
        click.echo(
            f"fejl: uventet {type(exc).__name__}; kør med HUB_LOG_LEVEL=DEBUG for detaljerne", err=True
        )
        sys.exit(1)


def _redis_down(exc: Exception) -> NoReturn:
    """The job queue cannot be reached: said in both languages, exit 4. (Not an `except RedisError`
    clause in `main`: naming the class there imported redis at every start, a command that never queues
    a job too; `is_loaded_instance` tells it without.)"""
    log.debug("job queue error: %s", frames(exc))
    # The URL may carry a password: name the server by host and port only.
    where = _redis_address()
    click.echo(
        f"error: the job queue (Redis{where and ' at ' + where}) cannot be reached; is it running?",
        err=True,
    )
    click.echo(f"fejl: jobkøen (Redis{where and ' på ' + where}) kan ikke nås; kører den?", err=True)
    log.debug("redis: %s", exc)
    sys.exit(EXIT_UNAVAILABLE)
