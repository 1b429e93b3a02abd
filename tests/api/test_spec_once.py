"""The suite's apps reuse the spec and URL builders of an earlier app made with the same settings
(`tests/spec_once.py`): what they serve must be what an app that built its own serves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import make_app
from flask import Flask, url_for
from spec_once import built_anew


def _served(app: Flask) -> dict[str, Any]:
    """The spec the app serves and a URL built for every route (read as soon as the app is made: the
    spec is flask-smorest's, one object for every app of the process, so it is the last app's)."""
    spec = app.test_client().get("/api/openapi.json").get_json()
    with app.test_request_context():
        rules = app.url_map.iter_rules()
        urls = {
            f"{r.endpoint} {r.rule}": url_for(r.endpoint, **dict.fromkeys(r.arguments, "7"), extra="x")
            for r in rules
        }
    return {"spec": spec, "urls": urls, "commands": sorted(app.cli.commands)}


def test_an_app_that_reuses_a_spec_serves_what_one_that_built_it_serves(tmp_path: Path) -> None:
    make_app(tmp_path / "first")  # the spec this session reuses, if no test made an app before
    reused = _served(make_app(tmp_path / "reused"))
    with built_anew():
        built = _served(make_app(tmp_path / "built"))
    assert reused == built
    assert len(built["spec"]["paths"]) > 10 and len(built["urls"]) > 40


def test_an_app_with_another_cookie_name_gets_a_spec_of_its_own(tmp_path: Path) -> None:
    make_app(tmp_path / "first")
    renamed = _served(make_app(tmp_path / "renamed", SESSION_COOKIE_NAME="hub_browser"))
    with built_anew():
        built = _served(make_app(tmp_path / "built", SESSION_COOKIE_NAME="hub_browser"))
    assert renamed == built
    assert renamed["spec"]["components"]["securitySchemes"]["session"]["name"] == "hub_browser"
    again = _served(make_app(tmp_path / "again"))  # the default name again: not the renamed app's spec
    assert again["spec"]["components"]["securitySchemes"]["session"]["name"] != "hub_browser"
