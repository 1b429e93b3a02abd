"""The small things the company's documents say in Danish, and the Latin-1 fallback of PDF form fields."""

from __future__ import annotations

from datetime import date

import pytest

from hub.exports import danish
from hub.exports.pdf_kit import mark_last
from hub.exports.pdf_text import latin1


def test_dates_and_ranges() -> None:
    assert danish.short_date(date(2026, 8, 3)) == "03.08.2026"
    assert danish.short_date(None) == ""
    assert danish.long_date(date(2026, 8, 3)) == "3. august 2026"
    assert danish.date_range(date(2026, 4, 13), date(2026, 7, 12)) == "13.04.–12.07.2026"
    assert danish.date_range(date(2026, 12, 28), date(2027, 1, 8)) == "28.12.2026 – 08.01.2027"


def test_periods() -> None:
    assert danish.period_name("2026-08") == "august 2026"
    assert danish.period_name("2026-Q3") == "3. kvartal 2026"
    assert danish.period_name("sommer") == "sommer"  # not a period the hub knows: shown as given


def test_weeks() -> None:
    assert danish.week_label("2026-W32") == "uge 32"
    assert danish.week_label("2027-W01", 2026) == "uge 1/2027"
    assert danish.week_label("W32") == "W32"
    assert danish.weeks_text(("2026-W32", "2026-W33"), 2026) == "uge 32, 33"
    assert danish.weeks_text(("2026-W53", "2027-W01"), 2026) == "uge 53, uge 1/2027"
    assert danish.weeks_text(()) == ""


def test_the_forms_note_on_weeks_not_begun() -> None:
    # Made on 1 January 2027 (a Friday of week 53 of 2026, which December holds by its Thursday): none of
    # January's weeks has begun, so there is no week to list up to.
    assert danish.later_weeks_note("2026-W53", "2027-01") == (
        "Ingen af ugerne i januar 2027 er begyndt endnu; de kommer på næste skema."
    )
    # Made in week 2 of 2027: January's form has weeks 1 and 2, its later weeks come on the next one.
    assert danish.later_weeks_note("2027-W02", "2027-01") == (
        "Skemaet har ugerne til og med uge 2. De senere uger i januar 2027 er ikke begyndt endnu og kommer "
        "på næste skema."
    )


@pytest.mark.parametrize(
    ("number", "spoken"),
    [("+4520000101", "+45 20 00 01 01"), ("+46701234567", "+46701234567"), ("+452000010", "+452000010")],
)
def test_phone(number: str, spoken: str) -> None:
    assert danish.phone(number) == spoken


def test_model_names() -> None:
    assert danish.model_name(danish.COOPERATION_MODELS, "standing_offer") == "Stående tilbud"
    assert danish.model_name(danish.MENTOR_MODELS, "something_new") == "something_new"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Søren Ærø Åberg", "Søren Ærø Åberg"),  # Latin-1 as it is
        ("Łukasz Şahin", "Lukasz Sahin"),
        ("Dvořák Đurić Iğdır", "Dvorák Duric Igdir"),  # á is Latin-1 and stays
        ("李 Wei", "? Wei"),
    ],
)
def test_latin1(text: str, shown: str) -> None:
    assert latin1(text) == shown


def test_mark_last() -> None:
    assert list(mark_last(iter("abc"))) == [("a", False), ("b", False), ("c", True)]
    assert list(mark_last([])) == []
