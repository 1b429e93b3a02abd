"""Danish first, English by the user's choice: Flask-Babel with the choice kept in the session.

Message ids in the templates and code are English; `hub/translations/da` holds the Danish. The catalogues
are compiled at install (`make` runs `pybabel compile`), and a test fails on any page string without a
Danish translation.
"""

from __future__ import annotations

from flask import Flask, session
from flask_babel import Babel

LANGUAGES = ("da", "en")
DEFAULT = "da"
babel = Babel()


def locale() -> str:
    """The language of this request: the user's choice, else Danish."""
    chosen = session.get("lang")
    return chosen if chosen in LANGUAGES else DEFAULT


def init_app(app: Flask) -> None:
    """Bind Babel to the app with the hub's language rule."""
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT)
    app.config.setdefault("BABEL_DEFAULT_TIMEZONE", "Europe/Copenhagen")
    babel.init_app(app, locale_selector=locale)
