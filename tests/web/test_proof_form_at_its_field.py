"""A size on the auditor's proof form that is no size (stop 51's walk): the answer was an error page, "Gå
tilbage, ret det, som beskeden ovenfor nævner, og prøv igen", with the form and what was typed gone from
it. Now the audit page comes back for the same period, the reason said at the field that is wrong, the
field marked invalid, described by the reason and focused, and both sizes as they were typed."""

from __future__ import annotations

import re

import lxml.html
import pytest
from accounts import add_user, sign_in
from flask import Flask
from flask.testing import FlaskClient


def _signed_in(app: Flask, who: str) -> tuple[FlaskClient, int]:
    """A client signed in as `who`, and the size of the newest signed checkpoint (its download signs it)."""
    add_user(app, who)
    client = app.test_client()
    sign_in(client, who)
    kept = client.get("/audit/checkpoint")
    assert kept.status_code == 200
    found = re.search(r"checkpoint-(\d+)\.txt", kept.headers["Content-Disposition"])
    assert found
    return client, int(found.group(1))


def _field(page: lxml.html.HtmlElement, name: str) -> lxml.html.HtmlElement:
    return page.xpath(f"//form[@id='proof-form']//input[@name='{name}']")[0]


@pytest.mark.usefixtures("demo_today")
def test_a_size_that_is_no_number_is_said_at_its_field_with_both_sizes_kept(app: Flask) -> None:
    client, top = _signed_in(app, "revisor-ballerup")
    answer = client.get("/audit/proof?period=2026-Q3&from_size=12x&to_size=1")
    assert answer.status_code == 400
    assert answer.mimetype == "text/html"
    page = lxml.html.fromstring(answer.get_data(as_text=True))
    # The audit page for the period the form was sent from, not an error page.
    assert page.xpath("//h1")[0].text_content() == "Revision af Ballerup"
    assert page.xpath("//select[@id='pick-period']/option[@selected]/@value") == ["2026-Q3"]
    wrong, other = _field(page, "from_size"), _field(page, "to_size")
    assert (wrong.get("value"), other.get("value")) == ("12x", "1")
    said = page.xpath("//p[@id='proof-from-error']")[0]
    expected = f"Det gemte kontrolpunkts størrelse skal være et helt tal fra 1 til {top}, ikke 12x."
    assert said.text_content() == expected
    assert said.get("role") == "alert"
    assert wrong.get("aria-invalid") == "true" and wrong.get("autofocus") is not None
    assert wrong.get("aria-describedby").split() == ["proof-from-error", "proof-hint"]
    # The other field is not blamed.
    assert other.get("aria-invalid") is None and other.get("autofocus") is None
    assert page.xpath("//p[@id='proof-to-error']") == []


@pytest.mark.usefixtures("demo_today")
def test_a_later_size_below_the_kept_one_is_said_at_the_later_field(app: Flask) -> None:
    client, top = _signed_in(app, "revisor-ballerup")
    assert top >= 2  # the users made and the signing-in logged are entries of the log
    answer = client.get(f"/audit/proof?period=2026-Q3&from_size={top}&to_size=1")
    assert answer.status_code == 400
    page = lxml.html.fromstring(answer.get_data(as_text=True))
    said = page.xpath("//p[@id='proof-to-error']")[0].text_content()
    assert said == f"Den senere pakkes størrelse skal være et helt tal fra {top} til {top}, ikke 1."
    assert _field(page, "to_size").get("aria-invalid") == "true"
    assert (_field(page, "from_size").get("value"), _field(page, "to_size").get("value")) == (str(top), "1")


@pytest.mark.usefixtures("demo_today")
def test_for_staff_the_folded_checking_steps_open_on_a_wrong_size(app: Flask) -> None:
    # A caseworker's page folds the auditor's steps, the proof form among them: a reason said inside a
    # closed fold would be out of sight.
    client, _top = _signed_in(app, "lead-gladsaxe")
    page = lxml.html.fromstring(client.get("/audit?period=2026-10").get_data(as_text=True))
    assert page.xpath("//details[@id='how-checked']/@open") == []
    answer = client.get("/audit/proof?period=2026-10&from_size=&to_size=3")
    assert answer.status_code == 400
    page = lxml.html.fromstring(answer.get_data(as_text=True))
    assert len(page.xpath("//details[@id='how-checked'][@open]")) == 1
    assert page.xpath("//p[@id='proof-from-error']")[0].text_content().endswith(", ikke tom.")


@pytest.mark.usefixtures("demo_today")
def test_right_sizes_still_give_the_proof_as_a_file(app: Flask) -> None:
    client, top = _signed_in(app, "revisor-ballerup")
    answer = client.get(f"/audit/proof?period=2026-Q3&from_size=1&to_size={top}")
    assert answer.status_code == 200
    assert answer.headers["Content-Disposition"].endswith(f'bevis-1-{top}.json"')
    assert answer.get_json()["from"]["tree_size"] == 1
