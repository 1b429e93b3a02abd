"""The browser tests' server closes a static file whose reader went away mid-body (`live_app._closing`):
werkzeug's development server does not, and the collector's `ResourceWarning` then fails whichever
test is running."""

from __future__ import annotations

import gc
import warnings
from typing import Any

from flask import Flask
from live_app import _closing


def _half_read(wsgi: Any) -> None:
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/static/session.js",
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "wsgi.url_scheme": "http",
        "wsgi.input": None,
    }
    body = iter(wsgi(environ, lambda status, headers, exc_info=None: None))
    next(body)  # the first chunk; then the connection "drops" and nobody calls close()


def test_a_static_file_dropped_mid_body_is_closed(app: Flask) -> None:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        _half_read(_closing(app))
        gc.collect()
    assert [w for w in seen if issubclass(w.category, ResourceWarning)] == []
