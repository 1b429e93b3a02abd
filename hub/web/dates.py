"""The pages' one way of writing dates and times (`hub.datewords`), as the template filters `day` and
`moment`; Babel's own `dateformat` and `datetimeformat` are not used on pages (each length and language
made another style: `01.03.2026`, `1. mar. 2026 14.05.00`)."""

from __future__ import annotations

from datetime import date, datetime

from flask import Flask
from flask_babel import get_locale

from hub.datewords import day_text, moment_text


def day_filter(value: date | datetime | str) -> str:
    """A date in the page's language (`1. mar. 2026` / `1 Mar 2026`)."""
    return day_text(value, get_locale() or "da")


def moment_filter(value: datetime | str) -> str:
    """A date and time in Danish time in the page's language (`1. mar. 2026 kl. 14.05`)."""
    return moment_text(value, get_locale() or "da")


def init_app(app: Flask) -> None:
    """Give the templates `day` and `moment`."""
    app.add_template_filter(day_filter, "day")
    app.add_template_filter(moment_filter, "moment")
