"""A company's download asked for without `?agreement=` (a link cut short, a bookmark typed by hand) is
refused naming what is missing and the company's own agreements: the page read "Aftalen  findes ikke,
eller du har ikke adgang", an agreement with no name that seemed not to exist."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from accounts import add_user, sign_in
from flask import Flask
from page_support import load_agreements

# Falck Danmark (CVR 22222228) is the company of both Falck agreements of the seeds.
YOURS = "falck-hovedstaden, falck-randers"


@pytest.fixture
def company(app: Flask, client: Any) -> Any:
    load_agreements(app)
    add_user(app, "falck")
    sign_in(client, "falck")
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/company/export?format=pdf&period=2026-09",
        "/company/export?agreement=&format=xlsx&period=2026-09",
        "/company/form?kind=mentor_hours&format=pdf&period=2026-09",
        "/company/form?agreement=%20&kind=mentor_hours&format=xlsx&period=2026-09",
    ],
)
def test_a_download_without_an_agreement_says_which_to_give(company: Any, url: str) -> None:
    page = company.get(url)
    assert page.status_code == 400
    said = lxml.html.fromstring(page.text).xpath('string(//p[@id="error-message"])')
    assert said == f"Der er ikke valgt nogen aftale: tilføj agreement= med en af dine aftaler ({YOURS})."
    answer = company.get(url, headers={"Accept": "application/json"})
    assert answer.status_code == 400
    assert answer.get_json()["message"] == f"no agreement given: add agreement= with one of yours ({YOURS})"


def test_an_agreement_not_the_companys_is_still_not_found_by_its_name(company: Any) -> None:
    page = company.get("/company/export?agreement=danfoss&format=pdf&period=2026-09")
    assert page.status_code == 404
    said = lxml.html.fromstring(page.text).xpath('string(//p[@id="error-message"])')
    assert said == "Aftalen danfoss findes ikke, eller du har ikke adgang."
