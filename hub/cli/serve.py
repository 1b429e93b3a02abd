"""`hub serve`: the web app under waitress (a production WSGI server) with, in the embedded mode, its
queue worker thread."""

from __future__ import annotations

import errno
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from waitress.server import BaseWSGIServer, MultiSocketServer, create_server

from hub import interrupts
from hub.cli.common import bad_input_exits_2
from hub.cli.serve_stop import stop_lines
from hub.cli.server_waits import DATABASE_DOWN
from hub.errors import HubError
from hub.extensions import db
from hub.interrupts import Interrupted
from hub.os_reasons import os_reason
from hub.queue import queue
from hub.signing import signer


@click.command("serve")
@with_appcontext
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--threads", default=8, show_default=True, type=click.IntRange(1, 1000), help="Requests served at once."
)
@bad_input_exits_2
def serve(host: str, port: int, threads: int) -> None:
    """Serve the hub under waitress; with HUB_REDIS_URL empty, a worker thread works the queue.

    Ctrl-C or SIGTERM stops it: the requests under way are answered, the worker thread's job under way
    finished (a second signal stops it, its submissions given back to the queue); exit 130 or 143."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    try:
        db.ready(app)  # a wrong pseudonym key stops the start, not each request (exit 2)
    except DATABASE_DOWN:
        pass  # the database is down: each request says so, and the first one that gets it checks
    signer(app)  # the audit log's key, or the start stops here (exit 2) rather than at every seal
    # waitress, not Werkzeug's development server: it is made for production and runs on every OS. The
    # socket is bound first: a port in use is said before the worker thread starts taking jobs.
    server = listening(app, host, port, threads)
    # Ctrl-C and SIGTERM (systemd's stop, `kill`) stop it as they stop every command that writes: noted,
    # a line in both languages, exit 130 or 143. Python's own SIGTERM ended the process at once, the
    # worker thread's batch cut where it was and left under its lease, the requests under way unanswered.
    with interrupts.noted():
        threaded = queue.state(app).embedded and bool(app.config["WORKER_THREAD"])
        serving = False
        try:
            if threaded:
                queue.start_thread(app)
            click.echo(f"the hub is at http://{host}:{port}/ / hubben er på http://{host}:{port}/")
            serving = True
            # waitress takes the signal's KeyboardInterrupt: it stops listening, lets the requests under
            # way finish (up to 5 s) and returns.
            server.run()
            again = False
        except KeyboardInterrupt:
            # Out of waitress's loop: a second signal while the requests finished, and the job under way
            # stops too. Before the loop it is the first: a stop sent as soon as the line above is read
            # (a script's, systemd's) arrived while it was still being said, and cut the job under way
            # as only a second signal may.
            again = serving
        ended, not_begun = queue.stop_thread(app, cut=again) if threaded else ("none", 0)
    raise Interrupted(*stop_lines(threaded, ended, not_begun))


def listening(app: Flask, host: str, port: int, threads: int) -> BaseWSGIServer | MultiSocketServer:
    """waitress's server bound to `host`:`port`, or `cannot_listen`'s error with nothing of it left open.

    waitress starts its request threads and opens the pipe that wakes its loop, and the socket, before
    it binds: on a refused bind it raises and keeps them, unclosed (a ResourceWarning, a descriptor and
    the threads lost with each try in a process that goes on). They are reached through the socket map
    passed to it (every channel it opened is in it), and closed."""
    channels: dict[int, Any] = {}
    try:
        return create_server(app, map=channels, host=host, port=port, threads=threads, ident="hub")
    except (OSError, ValueError) as exc:
        _close(channels)
        raise cannot_listen(host, port, exc) from exc


def _close(channels: dict[int, Any]) -> None:
    """Stop the request threads of the servers among `channels` and close every channel."""
    pools = {id(pool): pool for c in channels.values() if (pool := getattr(c, "task_dispatcher", None))}
    for pool in pools.values():
        pool.shutdown(timeout=1)  # idle threads, told to stop: they end at once
    for channel in list(channels.values()):
        channel.close()


def cannot_listen(host: str, port: int, exc: OSError | ValueError) -> HubError:
    """Why `hub serve` cannot listen, and what to do, in both languages. waitress says a host it cannot
    resolve as a ValueError ("Invalid host/port specified."), which was "unexpected ValueError", exit 1."""
    where = f"{host}:{port}"
    if isinstance(exc, ValueError) or exc.errno == errno.EADDRNOTAVAIL:
        return HubError(
            f"cannot listen on {where}: {host} is no address of this machine; give --host one that is"
            " (127.0.0.1 for this machine alone, 0.0.0.0 for every network)",
            f"kan ikke lytte på {where}: {host} er ikke en adresse på denne maskine; angiv en, der er, med"
            " --host (127.0.0.1 for kun denne maskine, 0.0.0.0 for alle netværk)",
        )
    en, da = os_reason(exc)
    if exc.errno == errno.EADDRINUSE:
        return HubError(
            f"cannot listen on {where} ({en}): is another hub running there? Give --port another port",
            f"kan ikke lytte på {where} ({da}): kører der allerede en hub? Angiv en anden port med --port",
        )
    return HubError(f"cannot listen on {where} ({en})", f"kan ikke lytte på {where} ({da})")


def register(cli: click.Group) -> None:
    """Add the command to the `hub` command."""
    cli.add_command(serve)
