"""A `hub` command that serves no HTTP does not import the web layer (its pages, the API and its spec,
Babel, CSRF, the login limiter): a second or so of CPU in every such process (`hub.app_core`). What
each command does is checked by its own tests; this checks what the process imported, in a process of
its own, since the suite's has imported everything long before."""

from __future__ import annotations

import json
from pathlib import Path

from hub_process import python_as_operator

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

# Run the `hub` command in this interpreter, then say which of the web layer's modules it imported.
RUN = """
import json, sys
from hub.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="hub")
except SystemExit as exc:
    code = exc.code
web = sorted(m for m in sys.modules if m in WEB or m.startswith(tuple(p + "." for p in WEB)))
print(json.dumps({"code": code, "web": web}))
"""


def imported(tmp_path: Path, *args: str) -> tuple[object, list[str]]:
    """The exit code of `hub ARGS` and the web layer's modules it imported."""
    said = json.loads(python_as_operator(tmp_path / "var", f"WEB = {WEB!r}\n{RUN}", *args)[-1])
    return said["code"], said["web"]


def test_a_command_and_the_help_import_no_web_layer(tmp_path: Path) -> None:
    # A command that makes its app (the database migrated), one that only reads its options, the list.
    assert imported(tmp_path, "db", "upgrade") == (0, [])
    assert imported(tmp_path, "ingest", "--help") == (0, [])
    assert imported(tmp_path, "--help") == (0, [])


def test_the_web_layers_own_command_still_has_it(tmp_path: Path) -> None:
    # flask-smorest's `openapi` is the web layer's: named, its app has the API and its spec.
    code, web = imported(tmp_path, "openapi", "print")
    assert code == 0
    assert "hub.web" in web and "flask_smorest" in web
