"""Danish first, English by the user's choice: Flask-Babel with the choice kept in the session.

Message ids in the templates and code are English; `hub/translations/da` holds the Danish. The catalogues
are compiled at install (`make` runs `pybabel compile`), or at start into the data folder when they were
not, and a test fails on any page string without a Danish translation.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import Flask, session
from flask_babel import Babel

LANGUAGES = ("da", "en")
DEFAULT = "da"
babel = Babel()
log = logging.getLogger(__name__)


# The locale each language is shown in. English is written the British way, as English is in Denmark:
# Babel's plain `en` is American, and `10/5/26` reads as 10 May to a Dane and 5 October to the page.
SHOWN_AS = {"da": "da", "en": "en_GB"}


def locale() -> str:
    """The language of this request (`da` or `en`): the user's choice, else Danish."""
    chosen = session.get("lang")
    return chosen if chosen in LANGUAGES else DEFAULT


def shown_as() -> str:
    """The locale Babel formats this request's dates and numbers in (`SHOWN_AS` of its language)."""
    return SHOWN_AS[locale()]


PACKAGE_CATALOGUES = Path(__file__).resolve().parent.parent / "translations"


def compiled_catalogues(app: Flask, source: Path = PACKAGE_CATALOGUES) -> str:
    """The folder of compiled catalogues: the package's own when `make` compiled them there, else each
    `.po` compiled now into `$HUB_DATA_DIR/translations`. An install by `pip` alone (no `make`) has no
    `.mo`, and Babel would then show English under `<html lang="da">` without a word of warning."""
    catalogues = sorted(source.glob("*/LC_MESSAGES/messages.po"))
    if all(_fresh(po, po.with_suffix(".mo")) for po in catalogues):
        return str(source)
    target = Path(app.config["DATA_DIR"]) / "translations"
    for po in catalogues:
        mo = target / po.relative_to(source).with_suffix(".mo")
        if not _fresh(po, mo):
            mo.parent.mkdir(parents=True, exist_ok=True)
            # Whole or not at all: the web app and workers sharing the data folder may start together.
            partial = mo.with_name(f".{mo.name}.{os.getpid()}")
            with po.open("rb") as text, partial.open("wb") as out:
                write_mo(out, read_po(text))
            os.replace(partial, mo)
            log.info("compiled %s into %s (run `make` to compile it in the package)", po.name, mo)
    return str(target)


def _fresh(po: Path, mo: Path) -> bool:
    return mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime


def init_app(app: Flask) -> None:
    """Bind Babel to the app with the hub's language rule and its compiled catalogues."""
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT)
    app.config.setdefault("BABEL_DEFAULT_TIMEZONE", "Europe/Copenhagen")
    if "BABEL_TRANSLATION_DIRECTORIES" not in app.config:
        app.config["BABEL_TRANSLATION_DIRECTORIES"] = compiled_catalogues(app)
    babel.init_app(app, locale_selector=shown_as)
