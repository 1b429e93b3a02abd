"""The app without its web face: settings, extensions, the queue's hooks and the registry.

`hub.app.create_app` adds the pages and the API to this. A `hub` command that serves no HTTP (`hub
ingest`, `hub db upgrade`, `hub worker`...) runs on this alone (`hub.cli`): the web layer (its
blueprints, flask-smorest's spec, Babel, the login limiter) is about half a second of CPU to import and build
in every such process, and nothing outside `hub.web` and `hub.api` uses it (`tests/cli/test_cli_imports.py`
holds that the command line does not import it again).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from flask import Flask

from hub import log_handler, signing
from hub.config_env import defaults, from_environment, resolve_paths
from hub.extensions import blobs, db
from hub.keyfiles import resolve_keys
from hub.queue import queue
from hub.services import key_fingerprints, registry, sequencer
from hub.storage import sqlite_folder, writable_folder

# The name of every app the hub makes, with or without its web face: Flask's `app.name` (its logger's
# name) and its root folder (templates, static files, translations) are the same either way.
IMPORT_NAME = "hub.app"


def wire(app: Flask, test_config: dict[str, Any] | None = None, *, claim_templates: bool = True) -> Flask:
    """Settings (defaults, then `HUB_*` environment variables, then `test_config`), the database, blob
    store, queue and registry, on `app`: everything of the hub but its pages and API. `claim_templates`:
    whether the municipalities' claim templates are checked at this start (`create_core_app`)."""
    app.config.from_prefixed_env("HUB")  # Flask's own keys (HUB_SESSION_COOKIE_NAME…), read as JSON
    # The hub's settings each by its kind, not as JSON: "False" is false, and "50MB" stops the start
    # here, named, rather than failing where it is first used (`hub.setting_kinds`).
    app.config.update(defaults() | from_environment(os.environ))
    if test_config:
        app.config.update(test_config)
    resolve_paths(app.config)
    resolve_keys(app.config)
    writable_folder("HUB_BLOB_DIR", Path(app.config["BLOB_DIR"]))
    sqlite_folder("HUB_DATABASE_URL", str(app.config["DATABASE_URL"]))
    log_handler.configure(str(app.config["LOG_LEVEL"]).upper())
    signing.check_at_start(app)  # a wrong key file stops every start here, not the first signature

    db.init_app(app)
    # A machine with another pseudonym key would misfile placements silently: refused at first use.
    db.on_first_use(app, functools.partial(key_fingerprints.check, config=app.config))
    blobs.init_app(app)
    queue.init_app(app)
    # Entries must not wait for a person: workers seal them into the tree as the queue runs dry.
    queue.after_each_job(app, sequencer.AfterJob())
    # Nothing stuck without a process to pick it up: workers heal leases run out, with no cron line.
    queue.between_jobs(app, _heal)
    registry.init_app(app, claim_templates=claim_templates)
    return app


def _heal(app: Flask) -> None:
    """`healing.heal`, imported when a worker first heals: it imports the jobs and all they use (the
    PDF readers, the dashboards' summaries), seven tenths of a CPU-second every command paid."""
    from hub import healing  # noqa: PLC0415

    healing.heal(app)


def create_core_app(test_config: dict[str, Any] | None = None, *, claim_templates: bool = True) -> Flask:
    """The hub without pages or API, for a process that serves no HTTP; raises `HubError` as
    `hub.app.create_app` does, for the same settings. `claim_templates=False` for a command that writes no
    claim: the `[claim]`s' template files (pypdf reading each PDF form, lxml each XSD: a quarter of a
    `hub` start) are then not checked, the rest of every config is (decision 0010, "Stop 68")."""
    return wire(Flask(IMPORT_NAME), test_config, claim_templates=claim_templates)
