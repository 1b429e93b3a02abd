"""Every date and time a page shows is written one way: `1. mar. 2026` and `1. mar. 2026 kl. 14.05` in Danish
(`1 Mar 2026`, `1 Mar 2026, 14:05` in English).

The last stop found three styles side by side (ISO `2026-03-01` in one place, `01.03.2026` in a table,
`1. marts 2026 kl. 14.05` in a note). Every page of the URL map is opened as each role that may see it,
on the access matrix's copy of the lived demo (`tests/web_pages.py`), in both languages. What a person
types or a document said (`code`, `translate="no"`: file names, raw values read from a form) is left out:
it is quoted, not written by the hub.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import lxml.html
import pytest
import web_pages
from accounts import csrf_token
from matrix import ROLES, Target
from page_support import client_of

from hub.datewords import day_text, message_dates, moment_text
from hub.pseudonyms import mask_cpr_like

matrix_app = web_pages.matrix_app
targets = web_pages.targets

DA_MONTHS = "jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec"
EN_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
# The one way: the day, the month abbreviated (Danish with its dot, "maj" has none), the year; a time after.
DAY = {
    "da": re.compile(rf"\b\d{{1,2}}\. (?:{DA_MONTHS})\.? \d{{4}}"),
    "en": re.compile(rf"\b\d{{1,2}} (?:{EN_MONTHS}) \d{{4}}"),
}
MOMENT = {
    "da": re.compile(rf"{DAY['da'].pattern} kl\. \d{{2}}\.\d{{2}}(?!\.\d)"),
    "en": re.compile(rf"{DAY['en'].pattern}, \d{{2}}:\d{{2}}(?!:\d)"),
}
# Every other way a date has been written on these pages, or could be.
OTHER = {
    "ISO date": re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    "numeric date": re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"),
    "month/year": re.compile(r"\b\d{2}/\d{2}\b"),
    "Danish month in full": re.compile(
        r"\b\d{1,2}\. (?:januar|februar|marts|april|juni|juli|august|september|oktober|november|december)"
    ),
    "month before day": re.compile(rf"\b(?:{EN_MONTHS}) \d{{1,2}}, \d{{4}}"),
    "time with seconds": re.compile(r"\b\d{2}[.:]\d{2}[.:]\d{2}\b"),
}


def _text(html: str) -> str:
    tree = lxml.html.fromstring(html)
    for quoted in tree.xpath("//script | //style | //head | //code | //*[@translate='no']"):
        quoted.drop_tree()
    return " ".join(tree.text_content().split())


def _pages(app: Any, found: dict[str, Target], lang: str) -> Iterator[tuple[str, str]]:
    for role in ROLES:
        listed = web_pages.pages(app, found, role)
        client = client_of(app, listed[0].username)
        if lang == "en":
            client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/login")})
        for item in listed:
            answer = client.get(item.url)
            assert answer.status_code == 200, item.url
            # A CPR number typed into a name or a note ("Jens 22.03.92-1234": the matrix plants one in every
            # free text, `cpr_names_support`) is what someone typed, not a date the hub wrote: the hub's own
            # masking takes it out first. A date has at most eight digits, so none is taken with it.
            yield f"{role} {item.url}", mask_cpr_like(_text(answer.get_data(as_text=True)))


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_date_on_every_page_is_written_one_way(
    matrix_app: Any, targets: dict[str, Target], lang: str
) -> None:
    wrong, days, moments = [], 0, 0
    for where, text in _pages(matrix_app, targets, lang):
        days += len(DAY[lang].findall(text))
        moments += len(MOMENT[lang].findall(text))
        for name, pattern in OTHER.items():
            wrong += [f"{where}: {name} {m.group(0)!r}" for m in pattern.finditer(text)]
        if lang == "da":
            wrong += [f"{where}: time with a colon {m!r}" for m in re.findall(r"\b\d{1,2}:\d{2}\b", text)]
    assert wrong == [], "\n".join(wrong)
    # The pages do show dates and times (the dashboards, the upload list, a record's versions): the test
    # would check nothing otherwise.
    assert days > 50 and moments > 5, (days, moments)


def test_the_one_way_in_each_language() -> None:
    # Summer time: 12:05 UTC is 14:05 in Copenhagen; in winter 13:05 UTC is 14:05.
    assert day_text(date(2026, 3, 1), "da") == "1. mar. 2026"
    assert day_text("2026-05-04", "da") == "4. maj 2026"
    assert day_text(date(2026, 3, 1), "en_GB") == "1 Mar 2026"
    assert moment_text(datetime(2026, 7, 1, 12, 5), "da") == "1. jul. 2026 kl. 14.05"
    assert moment_text(datetime(2026, 12, 31, 23, 30, tzinfo=UTC), "da") == "1. jan. 2027 kl. 00.30"
    assert moment_text(datetime(2026, 1, 5, 13, 5, tzinfo=UTC), "en_GB") == "5 Jan 2026, 14:05"


def test_a_messages_iso_dates_and_weeks_as_the_page_writes_them() -> None:
    """A service's English message keeps ISO (the API's `message`); a page writes its dates as its own,
    and leaves what the message quotes from a document as it was."""
    message = "ran 2026-11-01–2026-11-30; 2.5 hours in 2026-W44; read '2026-08-10' in B9; not 2026-02-30"
    assert message_dates(message, "en_GB") == (
        "ran 1 Nov 2026–30 Nov 2026; 2.5 hours in week 44 2026; read '2026-08-10' in B9; not 2026-02-30"
    )
    assert message_dates("senest 2026-11-26, i 2026-W44", "da") == "senest 26. nov. 2026, i uge 44 2026"
