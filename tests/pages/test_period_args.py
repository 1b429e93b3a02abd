"""Every page that takes a period reads it one way (`hub.web.period_args`): the same spellings, the
same refusals in the same Danish words; and the lead's copy of the company's export and form takes the
periods the company's own page takes (any kind, as `hub export company` and the API do)."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from page_support import client_of, demo_copy_fixture

app = demo_copy_fixture("period-args")

# Every page (and download) that takes a period, as the user who may open it; `{}` is the period.
# The dashboards call theirs `month`.
PAGES = [
    ("falck", "/company?period={}"),
    ("falck", "/company/export?agreement=falck-hovedstaden&format=json&period={}"),
    ("falck", "/company/form?agreement=falck-hovedstaden&format=xlsx&period={}"),
    ("lead-gladsaxe", "/payments?agreement=falck-hovedstaden&period={}"),
    ("lead-gladsaxe", "/payments/export?agreement=falck-hovedstaden&format=json&period={}"),
    ("lead-gladsaxe", "/payments/form?agreement=falck-hovedstaden&format=xlsx&period={}"),
    ("lead-gladsaxe", "/payments/claim?agreement=falck-hovedstaden&period={}"),
    ("lead-gladsaxe", "/dashboard?month={}"),
    ("kommune-herlev", "/municipality?month={}"),
    ("revisor-ballerup", "/audit?period={}"),
    ("revisor-ballerup", "/audit/bundle?period={}"),
]
JSON = {"Accept": "application/json"}


def _refusal(app: Flask, user: str, url: str) -> Any:
    answer = client_of(app, user).get(url, headers=JSON)
    assert answer.status_code == 400, (url, answer.status_code)
    return answer.get_json()


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("period", ["2026-Q3", "2026-H2", "2026-10"])
def test_the_leads_copy_of_the_company_files_takes_the_companys_periods(app: Flask, period: str) -> None:
    # The lead's copy refused a quarter ("laves pr. måned") that the company's own page, the command
    # line and the API make: the lead could not see what the company was given.
    company, lead = client_of(app, "falck"), client_of(app, "lead-gladsaxe")
    asked = f"agreement=falck-hovedstaden&format=json&period={period}"
    theirs, ours = company.get(f"/company/export?{asked}"), lead.get(f"/payments/export?{asked}")
    assert (theirs.status_code, ours.status_code) == (200, 200)
    # The same export, made a moment apart: everything but the second it was made (`made_at`).
    mine, given = ours.get_json(), theirs.get_json()
    made = mine.pop("made_at"), given.pop("made_at")
    assert all(m.startswith("2026-12-01T11:") for m in made), made  # demo_today's clock, Danish time
    assert mine == given
    assert ours.get_json()["period"]["label"] == period
    form = f"agreement=falck-hovedstaden&format=xlsx&kind=mentor_hours&period={period}"
    for answer in (company.get(f"/company/form?{form}"), lead.get(f"/payments/form?{form}")):
        assert answer.status_code == 200
        assert answer.headers["Content-Disposition"].endswith(f'-falck-hovedstaden-{period}.xlsx"')


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize(("user", "url"), PAGES)
def test_a_blank_period_is_no_period(app: Flask, user: str, url: str) -> None:
    # Spaces alone were "ikke en periode: ' '" on some pages and the default month on others.
    client = client_of(app, user)
    blank, none = client.get(url.format("%20%20")), client.get(url.format(""))
    assert blank.status_code == none.status_code
    assert blank.status_code in (200, 302), blank.get_data(as_text=True)[:300]


@pytest.mark.usefixtures("demo_today")  # 1 December 2026
@pytest.mark.parametrize(("user", "url"), PAGES)
def test_every_page_refuses_the_same_things_in_the_same_words(app: Flask, user: str, url: str) -> None:
    said = _refusal(app, user, url.format("Q3"))["message_da"]
    assert said.startswith(
        "ikke en periode: 'Q3'; skriv en måned (2026-08), et kvartal (2026-Q3) eller et halvår (2026-H2)"
    )
    # A period not begun is said as not begun on every page, before whatever kind the page asks for
    # (payments and the dashboards said "er ikke en måned", the auditor's "er ikke et kvartal").
    said = _refusal(app, user, url.format("2099-01"))["message_da"]
    assert said.startswith("perioden januar 2099 ligger i fremtiden (i dag er 1. dec. 2026)"), said


@pytest.mark.usefixtures("demo_today")
def test_the_companys_page_names_the_period_it_shows(app: Flask) -> None:
    # A quarter asked in the URL: the picker offered months only (showing none of them as chosen) and
    # the hours column said "i måneden".
    html = client_of(app, "falck").get("/company?period=2026-Q3").get_data(as_text=True)
    assert '<option value="2026-Q3" selected>3. kvartal 2026</option>' in html
    # The hours column names the weeks it counts: those whose Thursday lies in the quarter, Thursday 2 July
    # (week 27, 29 June–5 July) to Thursday 24 September (week 39); week 40's Thursday is 1 October.
    assert "Mentortimer, uge 27–39" in html and "i måneden" not in html


@pytest.mark.usefixtures("demo_today")
def test_the_companys_page_says_how_it_counts_a_week_split_by_the_months(app: Flask) -> None:
    # October 2026 holds week 40 whole (28 September–4 October, Thursday 1 October) and week 44 whole
    # (26 October–1 November): the page counted so without saying it, and the payments of the same month
    # count only the October days of those weeks, so the company saw two figures for one month.
    company = client_of(app, "falck")
    html = company.get("/company?agreement=falck-hovedstaden&period=2026-10").get_data(as_text=True)
    assert "Mentortimer, uge 40–44" in html
    assert (
        "Timerne tælles i hele uger som på skemaet: en uge hører til den periode, dens torsdag ligger i. "
        "Jobcentrets betalingsopgørelse fordeler de samme timer på ugens dage"
    ) in html
