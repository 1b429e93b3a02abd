"""On a hub whose audit log has no signed checkpoint yet, the auditor's proof form said "a whole number
from 1 to 0" (stop 50's brief): it now says plainly that there is nothing to prove yet, in Danish on the
page and its download, in English in the API's consistency proof of an empty log."""

from __future__ import annotations

import lxml.html
import pytest
from accounts import add_user, csrf_token, sign_in
from flask import Flask

from hub.access import Principal
from hub.errors import HubError
from hub.extensions import db
from hub.services import audit_reads

NOTHING_DA = (
    "Revisionsloggen har endnu intet signeret kontrolpunkt, så der er intet at bevise endnu. Når du har gemt "
    "et kontrolpunkt (det nyeste ovenfor eller en pakkes), kan du her hente et bevis fra det til en senere "
    "pakke."
)


def _page(client: object) -> lxml.html.HtmlElement:
    answer = client.get("/audit?period=2026-Q3")  # type: ignore[attr-defined]
    assert answer.status_code == 200
    return lxml.html.fromstring(answer.get_data(as_text=True))


@pytest.mark.usefixtures("demo_today")
def test_the_page_says_there_is_nothing_to_prove_until_a_checkpoint_is_signed(app: Flask) -> None:
    add_user(app, "revisor-ballerup")
    client = app.test_client()
    sign_in(client, "revisor-ballerup")
    page = _page(client)
    assert page.xpath("//form[@id='proof-form']") == []
    said = page.xpath("//p[@id='nothing-to-prove']")[0].text_content()
    assert " ".join(said.split()) == NOTHING_DA
    # The newest checkpoint downloaded (it is signed as it is), the form to ask for a proof from it is there.
    assert client.get("/audit/checkpoint").status_code == 200
    page = _page(client)
    assert page.xpath("//p[@id='nothing-to-prove']") == [] and page.xpath("//form[@id='proof-form']")


@pytest.mark.usefixtures("demo_today")
def test_the_proof_asked_for_anyway_says_so_not_from_1_to_0(app: Flask) -> None:
    add_user(app, "revisor-ballerup")
    client = app.test_client()
    sign_in(client, "revisor-ballerup")
    answer = client.get("/audit/proof?from_size=1&to_size=1")
    text = " ".join(answer.get_data(as_text=True).split())
    assert answer.status_code == 400
    assert "Revisionsloggen har endnu intet signeret kontrolpunkt, så der er intet at bevise endnu" in text
    assert "fra 1 til 0" not in text
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/audit")})
    english = " ".join(_page(client).xpath("//p[@id='nothing-to-prove']")[0].text_content().split())
    assert english.startswith("The audit log has no signed checkpoint yet, so there is nothing to prove yet.")


def test_the_apis_proof_of_an_empty_log_says_there_is_nothing_to_prove(app: Flask) -> None:
    # No user is made (that would be an entry): the log is empty, its sealed checkpoint of size 0.
    who = Principal(user_id=1, username="revisor-ballerup", role="auditor", municipality="151")
    with app.app_context(), pytest.raises(HubError) as refused:
        audit_reads.consistency(db.session, who, 1)
    assert refused.value.message == "the audit log has no entries yet, so there is nothing to prove"
    assert refused.value.code == "nothing_to_prove" and refused.value.status_code == 400
