"""The hub: one agreement, one form, per-municipality adapters to one canonical schema.

Importing this package opens no database, no Redis and reads no file: `create_app` does the wiring.
It does not even import the app: `hub.create_app` is resolved on first use (PEP 562), because the PDF
sandbox's child interpreters import `hub.adapters` and should not pay for Flask and SQLAlchemy.

`hub.create_app` is what WSGI servers are pointed at (`waitress-serve --call hub:create_app`): settings
the hub cannot start with end the process with two lines and exit 2, not a traceback
(`hub.app.create_app_or_exit`). `hub.app.create_app` raises the `ConfigError` instead, for the `hub`
command (which says it itself) and for tests.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hub.app import create_app_or_exit as create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        return importlib.import_module("hub.app").create_app_or_exit
    raise AttributeError(f"module 'hub' has no attribute {name!r}")
