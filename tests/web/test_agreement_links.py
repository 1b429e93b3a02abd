"""The agreements page named each agreement in plain text (stop 51's walk): the lead looking at its
partnership had no way from an agreement to the agreement's own page but the menu. Each name now opens the
page where its user follows that agreement: the lead's overview of an agreement its municipality leads, a
municipality's own citizens in an agreement it is a partner of, the company's agreement page; an auditor
and the administrator have no such page, and their list names the agreements without a link."""

from __future__ import annotations

import lxml.html
import pytest
from accounts import add_everyone, sign_in
from flask import Flask
from page_support import load_agreements

from hub.access import Principal
from hub.extensions import db
from hub.models import Agreement


def _names(app: Flask, who: str) -> dict[str, str | None]:
    """Each agreement's name on `who`'s agreements page, and where it links (None: plain text)."""
    client = app.test_client()
    sign_in(client, who)
    page = lxml.html.fromstring(client.get("/agreements").get_data(as_text=True))
    found: dict[str, str | None] = {}
    for cell in page.xpath("//table[@id='agreements']/tbody/tr/th"):
        links = cell.xpath("a/@href")
        found[cell.text_content().strip()] = links[0] if links else None
    return found


@pytest.fixture
def loaded(app: Flask) -> Flask:
    load_agreements(app)
    add_everyone(app)
    return app


@pytest.mark.usefixtures("demo_today")
def test_each_role_is_taken_from_an_agreement_to_its_own_page_of_it(loaded: Flask) -> None:
    client = loaded.test_client()
    expected = {
        "lead-gladsaxe": {"Falck Hovedstaden": "/dashboard?agreement=falck-hovedstaden"},
        "kommune-herlev": {"Falck Hovedstaden": "/municipality?agreement=falck-hovedstaden"},
        "falck": {
            "Falck Hovedstaden": "/company?agreement=falck-hovedstaden",
            "Falck Randers": "/company?agreement=falck-randers",
        },
    }
    for who, links in expected.items():
        assert _names(loaded, who) == links, who
        sign_in(client, who)
        for name, url in links.items():
            answer = client.get(url)
            assert answer.status_code == 200, (who, url)
            heading = lxml.html.fromstring(answer.get_data(as_text=True)).xpath("//h1")[0].text_content()
            assert name in heading, (who, url, heading)
        client.post("/logout", data={"csrf_token": _token(client)})


def _token(client: object) -> str:
    page = lxml.html.fromstring(client.get("/agreements").get_data(as_text=True))  # type: ignore[attr-defined]
    return str(page.xpath("//input[@name='csrf_token']/@value")[0])


def test_an_auditor_and_the_administrator_get_the_names_without_a_link(loaded: Flask) -> None:
    assert _names(loaded, "revisor-ballerup") == {"Falck Hovedstaden": None}
    names = _names(loaded, "admin")
    assert "Falck Hovedstaden" in names and set(names.values()) == {None}


def test_a_lead_in_an_agreement_another_municipality_leads_is_taken_to_its_citizens(loaded: Flask) -> None:
    from hub.web.agreements import agreement_page  # here: the page's tests above run without it

    # Herlev's lead (were it one) in Falck Hovedstaden, which Gladsaxe leads: the lead's overview lists only
    # the agreements its municipality leads, so its own citizens' page is the one that opens it.
    herlev_lead = Principal(user_id=0, username="lead-herlev", role="lead", municipality="163")
    gladsaxe_lead = Principal(user_id=0, username="lead-gladsaxe", role="lead", municipality="159")
    with loaded.test_request_context("/agreements"):
        agreement = db.session.get(Agreement, "falck-hovedstaden")
        assert agreement is not None
        assert agreement_page(herlev_lead, agreement) == "/municipality?agreement=falck-hovedstaden"
        assert agreement_page(gladsaxe_lead, agreement) == "/dashboard?agreement=falck-hovedstaden"
