"""The municipality adapter registry of an app: loaded and validated once, at app start."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app

from hub.adapters.language.company_adapter import load_company_adapter
from hub.adapters.language.config_model import CompanyAdapter
from hub.adapters.language.registry import Registry, load_registry


def init_app(app: Flask) -> None:
    """Load every municipality config and the company adapter; a broken file stops the app with every
    problem listed."""
    app.extensions["hub.registry"] = load_registry(Path(app.config["MUNICIPALITIES_DIR"]))
    app.extensions["hub.company"] = load_company_adapter(Path(app.config["COMPANY_ADAPTER"]))


def company_adapter() -> CompanyAdapter:
    """The current app's company adapter."""
    adapter: CompanyAdapter = current_app.extensions["hub.company"]
    return adapter


def registry() -> Registry:
    """The current app's registry."""
    loaded: Registry = current_app.extensions["hub.registry"]
    return loaded
