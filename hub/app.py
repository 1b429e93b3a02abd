"""The app factory: the one place where settings, extensions and blueprints meet."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask

from hub import jobs, web
from hub.config import defaults, resolve_paths
from hub.extensions import blobs, db
from hub.keyfiles import resolve_keys
from hub.queue import queue
from hub.services import registry, sequencer


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then `HUB_*` environment variables, then `test_config`."""
    app = Flask(__name__)
    app.config.update(defaults())
    app.config.from_prefixed_env("HUB")
    if test_config:
        app.config.update(test_config)
    resolve_paths(app.config)
    resolve_keys(app.config)
    logging.basicConfig(level=str(app.config["LOG_LEVEL"]).upper())

    db.init_app(app)
    blobs.init_app(app)
    queue.init_app(app)
    # Entries must not wait for a person: workers seal them into the tree as the queue runs dry.
    queue.after_each_job(app, sequencer.AfterJob())
    # Nothing stuck without a process to pick it up: workers heal leases run out, with no cron line.
    queue.between_jobs(app, jobs.heal)
    registry.init_app(app)
    web.init_app(app)
    return app
