"""An app served on a free loopback port in a thread, for the browser tests.

Werkzeug's development server does not close a response's iterable when the client drops the
connection mid-body (Chromium does when it navigates on, or cancels a script it already has): the
static file `send_file` opened is then closed only by the garbage collector, with a `ResourceWarning`
that the suite turns into an error in whichever test happens to be running. `_closing` closes the
iterable as soon as the server lets go of it, dropped connection or not.

The server stops within `POLL` of the block's end (decision 0058, stop 61).

`Switch` serves whichever app a test sets on it, so a browser module keeps one server and one URL for its
tests (a context's `base_url` cannot change) while each test still has an app of its own (stop 68).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask
from werkzeug.serving import make_server

POLL = 0.02  # seconds between the serving loop's looks for a shutdown


WSGI = Callable[[dict[str, Any], Any], Iterable[bytes]]


class Switch:
    """A WSGI app passing each request to the app set on it now; 503 while none is."""

    def __init__(self) -> None:
        self.app: Flask | None = None

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        app = self.app
        if app is None:  # between two tests: a request of the earlier test's page reaches no app
            start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
            return [b"no app served now"]
        return app(environ, start_response)


def _closing(app: WSGI) -> WSGI:
    def wsgi(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        body = app(environ, start_response)

        def chunks() -> Iterator[bytes]:
            try:
                yield from body
            finally:  # also when the generator is closed or collected unfinished
                close = getattr(body, "close", None)
                if close is not None:
                    close()

        return chunks()

    return wsgi


@contextmanager
def served(app: Flask | Switch) -> Iterator[str]:
    """The app on a free loopback port until the block ends; yields its URL."""
    server = make_server("127.0.0.1", 0, _closing(app), threaded=True)  # type: ignore[arg-type]
    # The serving loop looks for `shutdown()` between waits for a request: at the default half-second
    # wait, every block ended up to half a second after its test was done (some 185 blocks a run).
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": POLL}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()
