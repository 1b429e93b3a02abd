"""The spec itself is tagged (api-110): `GET /api/openapi.json` carries an `ETag` that changes only when
the spec does, and `If-None-Match` with it is answered 304 with no body, so a client that keeps the spec
(a generated client checking it at each start) is not sent 240 KB to learn nothing changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, make_app
from flask import Flask

SPEC = "/api/openapi.json"
# The tag the spec has in another process, whose string hashes (and so any set's order) differ: a
# restart or a second worker must not tell a client the spec changed when it did not.
OTHER_PROCESS = """
import sys, tempfile
from pathlib import Path
sys.path[:0] = ["tests", "tests/api"]
from conftest import make_app
print(make_app(Path(tempfile.mkdtemp())).test_client().get("/api/openapi.json").headers["ETag"])
"""


def test_the_spec_has_an_etag_and_an_unchanged_spec_is_304(app: Flask) -> None:
    client = app.test_client()
    first = client.get(SPEC)
    tag = first.headers["ETag"]
    assert first.status_code == 200 and first.get_json()["openapi"].startswith("3.")
    # Kept by any cache (it names no one), asked for again each time (a release changes it).
    assert first.headers["Cache-Control"] == "public, no-cache"
    again = client.get(SPEC, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.get_data() == b""
    assert again.headers["ETag"] == tag
    assert client.head(SPEC, headers={"If-None-Match": tag}).status_code == 304
    # Another tag, or none: the spec whole.
    other = client.get(SPEC, headers={"If-None-Match": '"0123456789abcdef"'})
    assert other.status_code == 200 and other.get_data() == first.get_data()


def test_the_tag_changes_only_when_the_spec_does(app: Flask, tmp_path: Path) -> None:
    tag = app.test_client().get(SPEC).headers["ETag"]
    # Another app of the same code and settings (a restart, a second worker): the same spec, the same tag.
    assert make_app(tmp_path / "again").test_client().get(SPEC).headers["ETag"] == tag
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    printed = subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert printed.stdout.strip().splitlines()[-1] == tag
    # A spec that differs (it declares the session cookie by its name): another tag, and the old one is
    # answered with the new spec whole.
    renamed = make_app(tmp_path / "renamed", SESSION_COOKIE_NAME="another_session").test_client()
    changed = renamed.get(SPEC, headers={"If-None-Match": tag})
    assert changed.status_code == 200 and "another_session" in changed.get_data(as_text=True)
    assert changed.headers["ETag"] != tag
