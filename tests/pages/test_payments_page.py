"""The job centres' page of payments and claims, on a copy of the lived demo: the lead sees every
municipality's lines and gets the claim and the company's files; a partner sees its own lines and sums,
and the others as counts only (as on its own page); the downloads are those of the API and the command
line."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from accounts import add_user, bearer, sign_in
from flask import Flask
from page_support import FrozenDate, client_of, everyone_on_a_copy, load_agreements

from hub.services import audit_page

URL = "/payments?agreement=falck-hovedstaden&period=2026-09"


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("payments")) as app:
        yield app


def api(app: Flask, username: str, url: str) -> Any:
    """What the API answers the same user (its token), as a response."""
    return app.test_client().get(url, headers=bearer(app, username))


def _rows(html: str, table: str) -> list[str]:
    """The key each body row of `table` carries (`data-participant`, `data-municipality`), in order."""
    rows = lxml.html.fromstring(html).xpath(f'//table[@id="{table}"]/tbody/tr')
    return [next(value for name, value in row.items() if name.startswith("data-")) for row in rows]


def _by_name(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The API's lines in the page's order: municipality by municipality as its totals go (Gladsaxe,
    Ballerup, Furesø, Herlev, Høje-Taastrup, worked out by hand), each one's as the API gives them."""
    rank = {code: n for n, code in enumerate(["159", "151", "190", "163", "169"])}
    return sorted(lines, key=lambda line: rank[line["municipality_code"]])


def test_the_lead_sees_every_municipalitys_lines_as_the_api_gives_them(demo: Flask) -> None:
    html = client_of(demo, "lead-gladsaxe").get(URL).get_data(as_text=True)
    api_ = api(demo, "lead-gladsaxe", "/api/agreements/falck-hovedstaden/payments?period=2026-09").get_json()
    assert _rows(html, "lines") == [line["participant_id"] or "" for line in _by_name(api_["lines"])]
    # The API keeps the agreement's order; the page names them by name, the lead first (decision 0062):
    # Gladsaxe, Ballerup, Furesø, Herlev, Høje-Taastrup.
    assert _rows(html, "totals") == ["159", "151", "190", "163", "169"]
    assert sorted(_rows(html, "totals")) == sorted(m["municipality_code"] for m in api_["municipalities"])
    total = " ".join(lxml.html.fromstring(html).get_element_by_id("total-amount").text_content().split())
    # Danish thousands and decimals: 12.375,00 for 12375.00
    whole, cents = api_["total_amount_dkk"].split(".")
    assert total == f"{int(whole):,}".replace(",", ".") + f",{cents}"
    assert 'id="download-export"' in html and 'id="download-claim"' in html


def test_each_lines_period_is_written_in_danish_dates(demo: Flask) -> None:
    html = client_of(demo, "lead-gladsaxe").get(URL).get_data(as_text=True)
    api_ = api(demo, "lead-gladsaxe", "/api/agreements/falck-hovedstaden/payments?period=2026-09").get_json()
    rows = lxml.html.fromstring(html).xpath('//table[@id="lines"]/tbody/tr')
    assert len(rows) == len(api_["lines"]) > 0
    months = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
    for row, line in zip(rows, _by_name(api_["lines"]), strict=True):
        start, end = (date.fromisoformat(line["period"][side]) for side in ("start", "end"))
        said = " ".join(row.xpath("./td|./th")[4].text_content().split())
        written = [f"{day.day}. {months[day.month - 1]} {day.year}" for day in (start, end)]
        assert said == "–".join(written)


def test_a_partner_sees_its_own_lines_and_the_others_as_counts(demo: Flask) -> None:
    html = client_of(demo, "kommune-herlev").get(URL).get_data(as_text=True)
    api_ = api(demo, "kommune-herlev", "/api/agreements/falck-hovedstaden/payments?period=2026-09").get_json()
    assert api_["lines"] and {line["municipality_code"] for line in api_["lines"]} == {"163"}
    assert _rows(html, "lines") == [line["participant_id"] or "" for line in _by_name(api_["lines"])]
    assert len(_rows(html, "totals")) == len(api_["municipalities"]) > 1
    page = lxml.html.fromstring(html)
    for row in page.xpath('//table[@id="totals"]/tbody/tr'):
        cells = [" ".join(td.text_content().split()) for td in row.xpath("./td|./th")][2:6]
        # Granted, delivered, claimable, amount: Herlev's own figures; another municipality's a dash.
        assert (cells == ["–"] * 4) == (row.get("data-municipality") != "163")
    herlev = next(m for m in api_["municipalities"] if m["municipality_code"] == "163")
    assert api_["total_amount_dkk"] == herlev["amount_dkk"]
    assert 'id="download-export"' not in html  # the company's files are the lead's
    assert (
        client_of(demo, "kommune-herlev")
        .get("/payments/export?agreement=falck-hovedstaden&period=2026-09&format=pdf")
        .status_code
        == 403
    )


@pytest.mark.usefixtures("demo_today")  # staff pick among the last year's claim periods
def test_the_claim_is_the_one_the_api_gives(demo: Flask) -> None:
    page = client_of(demo, "kommune-herlev").get("/payments/claim?agreement=falck-hovedstaden&period=2026-09")
    file = api(
        demo, "kommune-herlev", "/api/municipalities/163/claim?agreement=falck-hovedstaden&period=2026-09"
    )
    assert page.status_code == 200 and file.status_code == 200
    assert page.data == file.data
    # Herlev's layout is cp1252: the download says so, or "Måned" shows as "M�ned".
    assert page.headers["Content-Type"] == file.headers["Content-Type"] == "text/csv; charset=cp1252"
    assert "å" in page.data.decode("cp1252")
    assert 'filename="krav-163-falck-hovedstaden-2026-09.csv"' in page.headers["Content-Disposition"]


@pytest.mark.usefixtures("demo_today")  # 1 December 2026: December is not over
@pytest.mark.parametrize(
    ("period", "reason"),
    [
        ("2026-12", "perioden december 2026 er ikke slut endnu (den slutter 31. dec. 2026)"),
        ("2026-Q3", "afregner pr. måned; 3. kvartal 2026 er ikke en måned"),
        ("2027-01", "perioden januar 2027 ligger i fremtiden (i dag er 1. dec. 2026)"),
    ],
)
def test_a_claim_period_not_over_or_of_another_kind_is_a_400_with_the_apis_reason(
    demo: Flask, period: str, reason: str
) -> None:
    lead = client_of(demo, "lead-gladsaxe")
    answer = lead.get(f"/payments/claim?agreement=falck-hovedstaden&period={period}")
    file = api(
        demo, "lead-gladsaxe", f"/api/municipalities/159/claim?agreement=falck-hovedstaden&period={period}"
    )
    assert answer.status_code == file.status_code == 400
    assert file.get_json()["code"] == "bad_period" and reason in file.get_json()["message_da"]
    page = answer.get_data(as_text=True)
    # The page begins it as a sentence (`hub.web.refusals`); the API keeps the service's words.
    shown = reason[0].upper() + reason[1:] if reason.startswith("perioden") else reason
    assert '<p id="error-message" role="alert">' in page and shown in page
    assert "kan ikke åbnes" not in page


def test_a_period_with_nothing_to_claim_is_said_on_the_page_not_an_error(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    # December 2025, before the demo's placements: Gladsaxe has nothing to claim under Falck Hovedstaden.
    monkeypatch.setattr(audit_page, "local_today", FrozenDate.today)
    lead = client_of(demo, "lead-gladsaxe")
    answer = lead.get("/payments/claim?agreement=falck-hovedstaden&period=2025-12")
    assert answer.status_code == 302 and "/payments?agreement=falck-hovedstaden" in answer.headers["Location"]
    page = lead.get(answer.headers["Location"]).get_data(as_text=True)
    assert "har intet at søge refusion for" in page
    # The periods to pick are named in words, as the month picker's are.
    assert ">september 2026</option>" in page


def test_the_leads_copy_of_the_companys_export_and_form(demo: Flask) -> None:
    lead = client_of(demo, "lead-gladsaxe")
    export = lead.get("/payments/export?agreement=falck-hovedstaden&period=2026-09&format=json")
    assert export.status_code == 200 and json.loads(export.data)["agreement"]
    form = lead.get("/payments/form?agreement=falck-hovedstaden&period=2026-09&kind=mentor_hours&format=pdf")
    assert form.status_code == 200 and form.data.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("user", "url", "status", "said"),
    [
        (
            "lead-gladsaxe",
            "/payments/export?format=doc",
            400,
            "Ingen fil som 'doc': vælg json, pdf eller xlsx",
        ),
        ("lead-gladsaxe", "/payments/form?kind=mentor_hours&format=doc", 400, "vælg pdf eller xlsx"),
        (
            "lead-gladsaxe",
            "/payments/form?kind=timer&format=pdf",
            404,
            "Ingen blanket 'timer': virksomhedens",
        ),
        ("falck", "/company/export?format=csv", 400, "Ingen fil som 'csv': vælg json, pdf eller xlsx"),
        (
            "falck",
            "/company/form?kind=mentor_hours&format=doc",
            400,
            "Ingen fil som 'doc': vælg pdf eller xlsx",
        ),
        (
            "falck",
            "/company/form?kind=timer&format=pdf",
            404,
            "blanketter er mentortimer (mentor_hours), statusrapport (progress_report)"
            " og ophør af praktik (placement_end)",
        ),
    ],
)
def test_a_wrong_format_or_form_in_a_download_url_names_what_there_is(
    demo: Flask, user: str, url: str, status: int, said: str
) -> None:
    """A format or a kind of form typed into the address: the one that is wrong is named, with the
    choices there are, the same way on the company's page, the lead's copy and the API."""
    response = client_of(demo, user).get(f"{url}&agreement=falck-hovedstaden&period=2026-09")
    assert response.status_code == status
    assert said in html.unescape(response.get_data(as_text=True))


@pytest.mark.parametrize(
    ("user", "url", "status"),
    [
        ("falck", URL, 403),
        ("revisor-ballerup", URL, 403),
        ("admin", URL, 403),
        ("lead-gladsaxe", "/payments?agreement=danfoss&period=2026-09", 404),
        ("lead-gladsaxe", "/payments?agreement=falck-hovedstaden&period=2099-01", 400),
        ("lead-gladsaxe", "/payments?agreement=falck-hovedstaden&period=2026-Q3", 400),
    ],
)
def test_who_may_not_and_what_is_not_there(demo: Flask, user: str, url: str, status: int) -> None:
    response = client_of(demo, user).get(url)
    assert response.status_code == status
    assert "Traceback" not in response.get_data(as_text=True)


def test_a_quarter_is_refused_in_words_not_by_the_pages_internal_name(demo: Flask) -> None:
    # The reason named the page's code as its subject: "payments afregner pr. måned".
    lead = client_of(demo, "lead-gladsaxe")
    html = lead.get("/payments?agreement=falck-hovedstaden&period=2026-Q3").get_data(as_text=True)
    assert "Betalingerne opgøres pr. måned; 3. kvartal 2026 er ikke en måned" in html
    asked = {"Accept": "application/json"}
    body = lead.get("/payments?agreement=falck-hovedstaden&period=2026-Q3", headers=asked).get_json()
    assert body["message"] == "payments are worked out per month; 2026-Q3 is not a month"
    board = lead.get("/dashboard?month=2026-Q3", headers=asked).get_json()
    assert board["message_da"] == "overblikket viser én måned ad gangen; 3. kvartal 2026 er ikke en måned"
    for said in (body, board):
        assert "payments" not in said["message_da"] and "dashboard" not in said["message_da"]


def test_the_page_is_in_the_menu_of_the_job_centres_only(demo: Flask, tmp_path: Path) -> None:
    for user, shown in (("lead-gladsaxe", True), ("kommune-herlev", True), ("falck", False)):
        home = client_of(demo, user).get("/agreements").get_data(as_text=True)
        assert ('href="/payments"' in home) == shown, user


def test_an_agreement_not_the_users_is_said_as_everywhere_else(app: Flask, client: Any) -> None:
    """It read "aftalen 'danfoss' findes ikke for dig"; the dashboard and the API say it as below."""
    load_agreements(app)
    add_user(app, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    response = client.get("/payments?agreement=danfoss")
    assert response.status_code == 404
    said = lxml.html.fromstring(response.text).xpath('string(//p[@id="error-message"])')
    assert said == "Aftalen danfoss findes ikke, eller du har ikke adgang."  # a sentence on a page (stop 45)


def _lines_head_and_gaps(html: str) -> tuple[list[str], list[str]]:
    page = lxml.html.fromstring(html)
    head = [" ".join(th.text_content().split()) for th in page.xpath('//table[@id="lines"]/thead//th')]
    gaps = [" ".join(li.text_content().split()) for li in page.xpath('//ul[@id="gaps"]/li')]
    return head, gaps


def test_a_partner_is_not_told_its_own_name_on_every_line_and_gap(demo: Flask) -> None:
    # Herlev's lines and gaps are Herlev's only (the API test above): the lead's page names each one's
    # municipality, Herlev's does not repeat its own.
    head, gaps = _lines_head_and_gaps(client_of(demo, "kommune-herlev").get(URL).get_data(as_text=True))
    api_ = api(demo, "kommune-herlev", "/api/agreements/falck-hovedstaden/payments?period=2026-09").get_json()
    assert api_["gaps"] and len(gaps) == len(api_["gaps"])
    assert head[0] == "Deltager-id" and "Kommune" not in head
    assert not any("Herlev" in gap for gap in gaps)
    # Each gap still names its citizen first, as the lead's does after the municipality: by name, as a
    # caseworker knows her citizens (stop 47; it was the id alone), with the id of the lines above.
    names = {line["participant_id"]: line["citizen"]["name"] for line in api_["lines"] if line.get("citizen")}
    pids = [g["participant_id"] for g in api_["gaps"]]
    assert any(pid in names for pid in pids), "some gap is of a citizen with a line this month"
    expected = [f"{names[pid]} ({pid})" if pid in names else pid for pid in pids]
    assert [gap.split(":", 1)[0] for gap in gaps] == expected
    lead_head, lead_gaps = _lines_head_and_gaps(
        client_of(demo, "lead-gladsaxe").get(URL).get_data(as_text=True)
    )
    assert lead_head[0] == "Kommune"
    assert any(gap.startswith("Herlev, ") for gap in lead_gaps)
