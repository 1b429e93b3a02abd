"""The API's OpenAPI spec built once per configuration it is built from, not once per test app.

`hub.api.init_app` registers the API's routes and builds its spec: flask-smorest walks every operation
through apispec and marshmallow, some 40 ms of CPU of the 80 ms a test app costs, paid by every
`make_app` (thousands a run). The spec is a function of the code (the views, their schemas and
permission marks, the same in every app of a process) and of the few settings it reads: the `API_` and
`OPENAPI_` settings and `SESSION_COOKIE_NAME`. An app whose settings match an earlier one's gets that
app's finished spec; its routes, CLI command and extensions are registered as before. flask-smorest's
`Api` is one object for every app of a process (`hub_api.api`), so its `spec` was already the last app's,
whatever app served `/api/openapi.json`; now it is the spec of an app with the same settings.

The routes' URL builders are compiled once per rule shape too (`_compile_builder`, werkzeug's own
function of the rule's parts; another 25 ms an app).

    install_spec_cache()          # once, from tests/conftest.py
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import flask_smorest
from flask import Flask
from flask_smorest.spec import APISpecMixin, openapi_cli
from werkzeug.routing.rules import Rule

# The settings' fingerprint -> (the finished spec, flask-smorest's two plugins built with it)
_specs: dict[str, tuple[Any, Any, Any]] = {}
_reusing: list[tuple[Any, Any, Any]] = []  # the spec the app being made reuses, while it is made
_builders: dict[tuple[object, ...], Callable[..., Any]] = {}
_bypassed: list[bool] = []  # while `built_anew` runs: every app builds its own spec and URL builders


def _settings(app: Flask) -> str:
    """What the spec is built from besides the code: the settings flask-smorest and the hub read."""
    read = {k: v for k, v in app.config.items() if k.startswith(("API_", "OPENAPI_"))}
    read["SESSION_COOKIE_NAME"] = app.config.get("SESSION_COOKIE_NAME")
    return json.dumps(read, sort_keys=True, default=repr)


@contextmanager
def _reuse(found: tuple[Any, Any, Any]) -> Iterator[None]:
    _reusing.append(found)
    try:
        yield
    finally:
        _reusing.pop()


@contextmanager
def built_anew() -> Iterator[None]:
    """Apps made inside build their spec and URL builders as the product does, remembering nothing (for
    the test that holds a reused spec to a fresh one: tests/api/test_spec_once.py)."""
    _bypassed.append(True)
    try:
        yield
    finally:
        _bypassed.pop()


def _wrap_init_app(hub_api: Any) -> Callable[[Flask], None]:
    init_app = hub_api.init_app

    def init_app_once(app: Flask) -> None:
        key = _settings(app)
        found = _specs.get(key)
        if _bypassed:
            init_app(app)
            return
        if found is None:
            init_app(app)  # a failure remembers nothing
            api = hub_api.api
            _specs[key] = (api.spec, api.flask_plugin, api.ma_plugin)
            return
        with _reuse(found):
            init_app(app)

    return init_app_once


def _wrap_init_spec(init_spec: Callable[..., None]) -> Callable[..., None]:
    def init_spec_once(self: Any, **kwargs: Any) -> None:
        if not _reusing:
            init_spec(self, **kwargs)
            return
        self.spec, self.flask_plugin, self.ma_plugin = _reusing[-1]
        self._app.cli.add_command(openapi_cli)  # the one thing `_init_spec` does to the app itself

    return init_spec_once


def _wrap_register_blueprint(register: Callable[..., None]) -> Callable[..., None]:
    def register_once(self: Any, blp: Any, *, parameters: Any = None, **options: Any) -> None:
        if not _reusing:
            register(self, blp, parameters=parameters, **options)
            return
        # flask-smorest's `register_blueprint` without the spec's part (the views' docs and the tag).
        self._app.extensions["flask-smorest"]["blp_name_to_api"][options.get("name", blp.name)] = self
        self._app.register_blueprint(blp, **options)

    return register_once


def _wrap_compile_builder(compile_builder: Callable[..., Any]) -> Callable[..., Any]:
    """werkzeug's URL builder for a rule is made from the rule's parts, its defaults and whether unknown
    arguments are appended; the function it compiles takes the rule itself as its first argument."""

    def compile_builder_once(self: Rule, append_unknown: bool = True) -> Any:
        defaults = self.defaults or {}
        # A default given for a part of the rule is written by its converter (`to_url`) into the code.
        converters = tuple((n, type(c)) for n, c in sorted(self._converters.items()) if n in defaults)
        key = (self.rule, tuple(self._trace), repr(sorted(defaults.items())), converters, append_unknown)
        built = _builders.get(key)
        if _bypassed:
            return compile_builder(self, append_unknown)
        if built is None:
            built = _builders[key] = compile_builder(self, append_unknown)
        return built

    return compile_builder_once


def install_spec_cache() -> None:
    """Make every app of the session reuse the spec (and URL builders) of an app made like it. Called once
    the app is imported (`hub.web` imports `hub.api`; importing `hub.api` first is a cycle)."""
    from hub import api as hub_api  # noqa: PLC0415 - see above

    hub_api.init_app = _wrap_init_app(hub_api)  # type: ignore[method-assign]
    APISpecMixin._init_spec = _wrap_init_spec(APISpecMixin._init_spec)  # type: ignore[method-assign]
    flask_smorest.Api.register_blueprint = _wrap_register_blueprint(  # type: ignore[method-assign]
        flask_smorest.Api.register_blueprint
    )
    Rule._compile_builder = _wrap_compile_builder(Rule._compile_builder)  # type: ignore[method-assign]
