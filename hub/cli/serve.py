"""`hub serve`: the web app with, in the embedded mode, its queue worker thread."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext
from werkzeug.serving import run_simple

from hub.queue import queue


@click.command("serve")
@with_appcontext
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
def serve(host: str, port: int) -> None:
    """Serve the hub (for production, run `gunicorn 'hub:create_app()'` with HUB_REDIS_URL set)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if queue.state(app).embedded and app.config["WORKER_THREAD"]:
        queue.start_thread(app)
    click.echo(f"the hub is at http://{host}:{port}/")
    # Not app.run(): Flask ignores it inside a `flask`-style CLI command.
    run_simple(host, port, app, threaded=True, use_reloader=False)


def register(cli: click.Group) -> None:
    """Add the command to the `hub` command."""
    cli.add_command(serve)
