"""`hub serve`: the web app under waitress (a production WSGI server) with, in the embedded mode, its
queue worker thread."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext
from waitress import serve as waitress_serve

from hub.queue import queue


@click.command("serve")
@with_appcontext
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int, help="Requests served at once.")
def serve(host: str, port: int, threads: int) -> None:
    """Serve the hub under waitress; with HUB_REDIS_URL empty, a worker thread works the queue."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if queue.state(app).embedded and app.config["WORKER_THREAD"]:
        queue.start_thread(app)
    click.echo(f"the hub is at http://{host}:{port}/")
    # waitress, not Werkzeug's development server: it is made for production and runs on every OS.
    waitress_serve(app, host=host, port=port, threads=threads, ident="hub")


def register(cli: click.Group) -> None:
    """Add the command to the `hub` command."""
    cli.add_command(serve)
