"""`hub worker`: work the queue on real Redis; start as many as you like, on any machine."""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import with_appcontext

from hub.queue import queue


@click.command("worker")
@with_appcontext
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
def worker(burst: bool) -> None:
    """Work jobs from HUB_REDIS_URL (in the embedded mode `hub serve` and each command work their own)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if queue.state(app).embedded and not burst:
        click.echo("HUB_REDIS_URL is not set: the embedded queue lives inside `hub serve`.", err=True)
        sys.exit(2)
    queue.worker(app).work(burst=burst, logging_level=app.config["LOG_LEVEL"])


def register(cli: click.Group) -> None:
    """Add the command to the `hub` command."""
    cli.add_command(worker)
