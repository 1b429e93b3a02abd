"""The municipality adapter registry of an app: loaded and validated once, at app start."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app

from hub.adapters.registry import Registry, load_registry


def init_app(app: Flask) -> None:
    """Load every municipality config; a broken file stops the app with every problem listed."""
    app.extensions["hub.registry"] = load_registry(Path(app.config["MUNICIPALITIES_DIR"]))


def registry() -> Registry:
    """The current app's registry."""
    loaded: Registry = current_app.extensions["hub.registry"]
    return loaded
