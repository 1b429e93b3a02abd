"""The app factory: the one place where settings, extensions and blueprints meet."""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path
from typing import Any

from flask import Flask, Response, request

from hub import healing, logsetup, web
from hub.config_env import defaults, from_environment, resolve_paths
from hub.errors import HubError, SettingsError
from hub.extensions import blobs, db
from hub.keyfiles import resolve_keys
from hub.logsetup import Both
from hub.queue import queue
from hub.services import key_fingerprints, registry, sequencer
from hub.storage import sqlite_folder, writable_folder
from hub.web.head_refusal import offered_methods

log = logging.getLogger(__name__)

# The exit code of settings the hub cannot start with, as for every `hub` command (the README's table).
EXIT_BAD_SETTINGS = 2


class HubFlask(Flask):
    """Flask, answering `OPTIONS` as HTTP says (the hook Flask's docs name for it)."""

    def make_default_options_response(self) -> Response:
        """204 with `Allow` and no body: Flask's is an empty 200 labelled text/html, a body a client
        would read. `Allow` is the one a 405 at the URL gives (`head_refusal.offered_methods`)."""
        methods = self.url_map.bind_to_environ(request.environ).allowed_methods()
        answer = self.response_class(status=204)
        answer.headers.remove("Content-Type")
        answer.headers["Allow"] = ", ".join(offered_methods(methods))
        return answer


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then `HUB_*` environment variables, then `test_config`."""
    app = HubFlask(__name__)
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
    logsetup.configure(str(app.config["LOG_LEVEL"]).upper())

    db.init_app(app)
    # A machine with another pseudonym key would misfile placements silently: refused at first use.
    db.on_first_use(app, functools.partial(key_fingerprints.check, config=app.config))
    blobs.init_app(app)
    queue.init_app(app)
    # Entries must not wait for a person: workers seal them into the tree as the queue runs dry.
    queue.after_each_job(app, sequencer.AfterJob())
    # Nothing stuck without a process to pick it up: workers heal leases run out, with no cron line.
    queue.between_jobs(app, healing.heal)
    registry.init_app(app)
    web.init_app(app)
    return app


def create_app_or_exit(test_config: dict[str, Any] | None = None) -> Flask:
    """`create_app` for a WSGI server (`waitress-serve --call hub:create_app`, `'hub:create_app()'`):
    settings it cannot start with are logged one line each, in English and Danish, as `hub serve` says
    them, and the process exits 2; a traceback would bury the one line that matters."""
    try:
        return create_app(test_config)
    except HubError as exc:
        problems = exc.problems if isinstance(exc, SettingsError) else [(exc.message, exc.message_da)]
        # Logged, not printed: a WSGI server's log is where its operator looks (with no handler set up
        # yet, Python's last resort writes the bare lines to standard error).
        for en, da in problems:
            log.error(Both(f"error: {en}", f"fejl: {da}"))
        raise SystemExit(EXIT_BAD_SETTINGS) from None
