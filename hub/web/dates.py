"""The pages' one way of writing dates and times (`hub.datewords`), as the template filters `day` and
`moment`; Babel's own `dateformat` and `datetimeformat` are not used on pages (each length and language
made another style: `01.03.2026`, `1. mar. 2026 14.05.00`)."""

from __future__ import annotations

from datetime import date, datetime

from flask import Flask
from flask_babel import get_locale
from markupsafe import Markup, escape

from hub.datewords import day_text, message_dates, moment_text


def day_filter(value: date | datetime | str) -> str:
    """A date in the page's language (`1. mar. 2026` / `1 Mar 2026`)."""
    return day_text(value, get_locale() or "da")


def moment_filter(value: datetime | str) -> str:
    """A date and time in Danish time in the page's language (`1. mar. 2026 kl. 14.05`)."""
    return moment_text(value, get_locale() or "da")


def message_filter(text: str) -> str:
    """A service's message (a missing form, a gap, a refusal) with its dates as the page writes them."""
    return message_dates(text, get_locale() or "da")


def days_filter(start: date | datetime | str, end: date | datetime | str) -> Markup:
    """A span of days, `21. sep. 2026–28. feb. 2027`, that a narrow column breaks after the dash only.

    In a phone's table the column broke it at every space: "21. sep." / "2026–" / "28. feb." / "2027",
    four lines a row, and "2026–28." read as a range of years."""
    first, last = (escape(day_filter(value)) for value in (start, end))
    # `.when` keeps each day whole, as the auditor's placements already are; a line may break after "–".
    return Markup(f'<span class="when">{first}</span>–<span class="when">{last}</span>')


def init_app(app: Flask) -> None:
    """Give the templates `day`, `days`, `moment` and `dated` (a message's dates)."""
    app.add_template_filter(day_filter, "day")
    app.add_template_filter(days_filter, "days")
    app.add_template_filter(moment_filter, "moment")
    app.add_template_filter(message_filter, "dated")
