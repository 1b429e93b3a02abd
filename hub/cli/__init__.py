"""The `hub` command: one group, subcommands by feature, each running inside an app context."""

from __future__ import annotations

import sys

from flask import Flask
from flask.cli import FlaskGroup

from hub.app import create_app
from hub.cli import (
    adapters,
    agreements,
    audit,
    audit_check,
    database,
    demo,
    ingest,
    outbound,
    payments,
    records,
    serve,
    worker,
)
from hub.cli.common import EXIT_BAD_INPUT, print_rejection
from hub.errors import HubError


def _create_app() -> Flask:
    # A broken config stops the hub before any command runs: say what is wrong, not where Python was.
    try:
        return create_app()
    except HubError as exc:
        print_rejection(exc)
        sys.exit(EXIT_BAD_INPUT)


cli = FlaskGroup(
    name="hub",
    create_app=_create_app,
    add_default_commands=False,
    add_version_option=False,
    load_dotenv=False,
    set_debug_flag=False,
    help="The hub: partnership agreements, municipality adapters and the canonical store.",
)
for module in (
    adapters,
    agreements,
    audit,
    database,
    demo,
    ingest,
    outbound,
    payments,
    records,
    serve,
    worker,
):
    module.register(cli)

audit_check.add_to(audit.group)


def main() -> None:
    """Entry point of the `hub` console script."""
    cli.main(prog_name="hub")
