"""The app factory: the one place where settings, extensions and blueprints meet."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, request

from hub import app_core
from hub.errors import HubError, SettingsError
from hub.logsetup import Both
from hub.signing import signer
from hub.web import install
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
    """Build the app: defaults, then `HUB_*` environment variables, then `test_config` (`app_core.wire`),
    and its pages and API."""
    app = app_core.wire(HubFlask(app_core.IMPORT_NAME), test_config)
    install.init_app(app)
    return app


def create_app_or_exit(test_config: dict[str, Any] | None = None) -> Flask:
    """`create_app` for a WSGI server (`waitress-serve --call hub:create_app`, `'hub:create_app()'`), with
    the audit log's key loaded as `hub serve` loads it: settings it cannot start with are logged one line
    each, in English and Danish, as `hub serve` says them, and the process exits 2; a traceback would bury
    the one line that matters."""
    try:
        app = create_app(test_config)
        # As `hub serve` does: a configured key not there yet stops a shared database's web process too.
        signer(app)
        return app
    except HubError as exc:
        problems = exc.problems if isinstance(exc, SettingsError) else [(exc.message, exc.message_da)]
        # Logged, not printed: a WSGI server's log is where its operator looks (with no handler set up
        # yet, Python's last resort writes the bare lines to standard error).
        for en, da in problems:
            log.error(Both(f"error: {en}", f"fejl: {da}"))
        raise SystemExit(EXIT_BAD_SETTINGS) from None
