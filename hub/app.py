"""The app factory: the one place where settings, extensions and blueprints meet."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask

from hub import jobs, logsetup, web
from hub.config import defaults, from_environment, resolve_paths
from hub.extensions import blobs, db
from hub.keyfiles import resolve_keys
from hub.queue import queue
from hub.services import registry, sequencer
from hub.storage import writable_folder


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then `HUB_*` environment variables, then `test_config`."""
    app = Flask(__name__)
    app.config.from_prefixed_env("HUB")  # Flask's own keys (HUB_SESSION_COOKIE_NAME…), read as JSON
    # The hub's settings each by its kind, not as JSON: "False" is false, and "50MB" stops the start
    # here, named, rather than failing where it is first used (`hub.setting_kinds`).
    app.config.update(defaults() | from_environment(os.environ))
    if test_config:
        app.config.update(test_config)
    resolve_paths(app.config)
    resolve_keys(app.config)
    writable_folder("HUB_BLOB_DIR", Path(app.config["BLOB_DIR"]))
    logsetup.configure(str(app.config["LOG_LEVEL"]).upper())

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
