"""The `hub` command: one group, subcommands by feature, each running inside an app context."""

from __future__ import annotations

from flask import Flask
from flask.cli import FlaskGroup

from hub.app import create_app
from hub.cli import adapters, agreements, audit, database, demo, ingest, records, serve, worker


def _create_app() -> Flask:
    return create_app()


cli = FlaskGroup(
    name="hub",
    create_app=_create_app,
    add_default_commands=False,
    add_version_option=False,
    load_dotenv=False,
    set_debug_flag=False,
    help="The hub: partnership agreements, municipality adapters and the canonical store.",
)
for module in (adapters, agreements, audit, database, demo, ingest, records, serve, worker):
    module.register(cli)


def main() -> None:
    """Entry point of the `hub` console script."""
    cli.main(prog_name="hub")
