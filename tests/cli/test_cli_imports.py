"""A `hub` command that serves no HTTP does not import the web layer (its pages, the API and its spec,
Babel, CSRF, the login limiter): a second or so of CPU in every such process (`hub.app_core`). What
each command does is checked by its own tests; this checks what the process imported, in a process of
its own (one a command line, shared with `test_lazy_commands`' tests: `fresh_start`), since the suite's
has imported everything long before."""

from __future__ import annotations

import pytest
from fresh_start import started

# The web layer's modules and the libraries only it uses.
WEB = (
    "hub.app",
    "hub.web",
    "hub.api",
    "flask_smorest",
    "apispec",
    "flask_babel",
    "flask_wtf",
    "flask_limiter",
)


def imported(tmp_path_factory: pytest.TempPathFactory, *args: str) -> tuple[object, list[str]]:
    """The exit code of `hub ARGS` and the web layer's modules it imported."""
    done = started(tmp_path_factory, *args)
    return done.code, done.imported(WEB)


def test_a_command_and_the_help_import_no_web_layer(tmp_path_factory: pytest.TempPathFactory) -> None:
    # A command that makes its app (the database migrated), one that only reads its options, the list.
    assert imported(tmp_path_factory, "db", "upgrade") == (0, [])
    assert imported(tmp_path_factory, "ingest", "--help") == (0, [])
    assert imported(tmp_path_factory, "--help") == (0, [])


def test_the_web_layers_own_command_still_has_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    # flask-smorest's `openapi` is the web layer's: named, its app has the API and its spec.
    code, web = imported(tmp_path_factory, "openapi", "print")
    assert code == 0
    assert "hub.web" in web and "flask_smorest" in web
