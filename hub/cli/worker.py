"""`hub worker`: work the queue on real Redis; start as many as you like, on any machine."""

from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from hub import longlived
from hub.adapters.readers import start_readers
from hub.cli import supervise
from hub.cli.common import bad_input_exits_2
from hub.errors import HubError
from hub.quantities import number_text
from hub.queue import queue
from hub.signing import signer
from hub.words import JOBS, counted


@click.command("worker")
@with_appcontext
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
@bad_input_exits_2
def worker(burst: bool) -> None:
    """Work jobs from HUB_REDIS_URL (in the embedded mode `hub serve` and each command work their own).

    With Redis or PostgreSQL down it waits for them, saying so in its log, and goes on when they are back
    (with --burst it does not wait: a server down is exit 4)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if queue.state(app).embedded and not burst:
        raise HubError(
            "HUB_REDIS_URL is not set: the embedded queue lives inside `hub serve`, which works it;"
            " set HUB_REDIS_URL to run hub worker processes of their own",
            "HUB_REDIS_URL er ikke sat: den indbyggede kø findes i `hub serve`, som selv udfører den;"
            " sæt HUB_REDIS_URL for at køre hub worker som selvstændige processer",
        )
    signer(app)  # the audit log's key, or the start stops here (exit 2) rather than after every job
    # Imports, the app and the adapters' configs live as long as the worker: out of every full collection.
    longlived.freeze()
    try:
        # The reader processes start once the servers answer, before the first job (not with its first
        # documents): started before the first wait, they held memory all through a long outage and put
        # off the worker's first "waiting for Redis" line by their start (seconds on a loaded host).
        supervise.run(app, burst, when_ready=start_readers)
    except KeyboardInterrupt:
        # Ctrl-C or SIGTERM while waiting for a server (before rq's own handlers are installed): nothing
        # was taken from the queue, and the worker ends as rq's own stop does (exit 0).
        click.echo(
            "stopped while waiting for Redis or the database; no job was taken"
            " / stoppet, mens den ventede på Redis eller databasen; intet job blev taget",
            err=True,
        )
        return
    if queue.state(app).embedded:
        _say_what_the_embedded_burst_did(app)


def _say_what_the_embedded_burst_did(app: Flask) -> None:
    """Without Redis the burst had a queue of its own, empty at start: it worked only what its healing
    queued again (work no live lease holds, left waiting longer than a lease). Say so, with the count:
    an exit 0 alone reads as "the queue is worked", and the embedded queue of `hub serve` is not."""
    jobs = queue.state(app).queue
    done, failed = jobs.finished_job_registry.count, jobs.failed_job_registry.count
    done_en, done_da = counted(done, *JOBS)
    failed_en, failed_da = number_text(failed, "en"), number_text(failed, "da")  # "1.000 fejlede"
    click.echo(
        f"HUB_REDIS_URL is not set: this process's own queue worked {done_en}, {failed_en} failed: only"
        " submissions left waiting longer than a lease (HUB_LEASE_SECONDS), queued again here;"
        " `hub serve` and each command work their own"
    )
    click.echo(
        f"HUB_REDIS_URL er ikke sat: denne proces' egen kø udførte {done_da}, {failed_da} fejlede: kun"
        " indsendelser, der har ventet længere end en lease (HUB_LEASE_SECONDS), sat i kø igen her;"
        " `hub serve` og hver kommando udfører deres egne"
    )


def register(cli: click.Group) -> None:
    """Add the command to the `hub` command."""
    cli.add_command(worker)
