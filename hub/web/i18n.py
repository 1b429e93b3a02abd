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


# The locale each language is shown in. English is written the British way, as English is in Denmark:
# Babel's plain `en` is American, and `10/5/26` reads as 10 May to a Dane and 5 October to the page.
SHOWN_AS = {"da": "da", "en": "en_GB"}


def locale() -> str:
    """The locale of this request: the user's language choice (`LANGUAGES`), else Danish."""
    chosen = session.get("lang")
    return SHOWN_AS[chosen if chosen in LANGUAGES else DEFAULT]


def init_app(app: Flask) -> None:
    """Bind Babel to the app with the hub's language rule."""
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT)
    app.config.setdefault("BABEL_DEFAULT_TIMEZONE", "Europe/Copenhagen")
    babel.init_app(app, locale_selector=locale)
