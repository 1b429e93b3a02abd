"""Hours a week are written one way on every page: `3 timer om ugen` (`hub.quantities`), never "3,00
t/uge" beside "3,0 timer om ugen" as the agreements page and the auditor's page had them; kroner are
"kr." on a Danish page.

Every page of the URL map is opened as each role that may see it, on the access matrix's copy of the
lived demo (`tests/web_pages.py`), as `test_dates_shown` does for dates.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any

import lxml.html
import pytest
import web_pages
from flask import Flask
from matrix import ROLES, Target
from page_support import client_of
from payment_data import FALCK_AUGUST

from hub.exports.payment_report import BASIS_NAMES
from hub.exports.payment_text import write_text
from hub.quantities import hours_a_week, hours_number
from hub.web.values import record_value

matrix_app = web_pages.matrix_app
targets = web_pages.targets

# Every other way hours a week have been written, or could be.
OTHER = re.compile(r"\b(?:t|t\.|timer|h|hours)\s?/\s?(?:uge|u|week|w)\b|\btimer pr\.? uge\b|\btimer i ugen\b")
A_WEEK = re.compile(r"(\S+) timer om ugen")
# The number before it: the shortest, with a decimal comma and no trailing zero ("3", "2,5", not "3,0").
SHORTEST = re.compile(r"\d{1,3}(?:\.\d{3})*(?:,\d*[1-9])?")


def _text(html: str) -> str:
    tree = lxml.html.fromstring(html)
    # What a document said or a person typed is quoted, not written by the hub.
    for quoted in tree.xpath("//script | //style | //head | //code | //*[@translate='no']"):
        quoted.drop_tree()
    return " ".join(tree.text_content().split())


@pytest.mark.usefixtures("demo_today")
def test_hours_a_week_are_written_one_way_on_every_page(matrix_app: Any, targets: dict[str, Target]) -> None:
    wrong, seen = [], 0
    for role in ROLES:
        listed = web_pages.pages(matrix_app, targets, role)
        client = client_of(matrix_app, listed[0].username)
        for item in listed:
            answer = client.get(item.url)
            assert answer.status_code == 200, item.url
            text = _text(answer.get_data(as_text=True))
            wrong += [f"{role} {item.url}: {m.group(0)!r}" for m in OTHER.finditer(text)]
            for number in A_WEEK.findall(text):
                seen += 1
                if not SHORTEST.fullmatch(number):
                    wrong.append(f"{role} {item.url}: {number!r} timer om ugen")
            wrong += [f"{role} {item.url}: DKK on a Danish page" for _ in re.findall(r"\bDKK\b", text)]
    assert wrong == [], "\n".join(wrong)
    # The agreements page names each agreement's terms (Falck Hovedstaden: 3 hours a week): the test
    # would check nothing otherwise.
    assert seen >= 1


@pytest.mark.parametrize(
    ("hours", "da", "en"),
    [
        ("3.0", "3 timer om ugen", "3 hours a week"),
        ("1.0", "1 time om ugen", "1 hour a week"),
        ("18.5", "18,5 timer om ugen", "18.5 hours a week"),
        ("6.25", "6,25 timer om ugen", "6.25 hours a week"),
        ("0.2525", "0,2525 timer om ugen", "0.2525 hours a week"),
        ("1234.5", "1.234,5 timer om ugen", "1,234.5 hours a week"),
    ],
)
def test_hours_a_week_in_each_language(hours: str, da: str, en: str) -> None:
    assert hours_a_week(Decimal(hours), "da") == da
    assert hours_a_week(Decimal(hours), "en") == en


def test_hours_keep_every_decimal_the_canonical_form_has() -> None:
    # Canonical hours have at most four decimals: none is rounded away or padded.
    assert hours_number(Decimal("37.50"), "da") == "37,5"
    assert hours_number(Decimal("0.0001"), "da") == "0,0001"


@pytest.mark.parametrize(
    ("lang", "first_line"),
    [
        ("da", "Falck Hovedstaden · august 2026 · betaling: {basis}, 275,00 kr./time × 3 timer om ugen"),
        ("en", "Falck Hovedstaden · August 2026 · payment: {basis}, 275.00 DKK/hour × 3 hours a week"),
    ],
)
def test_the_payment_report_says_hours_a_week_as_the_pages_do(lang: str, first_line: str) -> None:
    # `hub payments` wrote "3,00 timer/uge".
    out = io.StringIO()
    write_text(FALCK_AUGUST, [], dict, out, lang)
    assert out.getvalue().splitlines()[0] == first_line.format(basis=BASIS_NAMES[lang]["occupied_places"])


def test_a_records_hours_keep_every_decimal_on_its_page(app: Flask) -> None:
    # Babel's default pattern keeps three decimals: a canonical "0.2525" read "0,252" on the record's page.
    with app.test_request_context(headers={"Accept-Language": "da"}):
        assert record_value("mentor_hours", "entries[0].hours", "0.2525") == "0,2525"
        assert record_value("mentor_support", "hours_per_week", "3.0") == "3"
