"""A lead sends for a partner by the partner's municipality code in any form DESIGN.md accepts."""

from __future__ import annotations

import io
from typing import Any

import pytest
from accounts import add_user, bearer
from conftest import ROOT
from flask import Flask
from page_support import load_agreements

from hub.queue import queue

PLACEMENT = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()


@pytest.fixture
def api(backend_app: Flask) -> Flask:
    load_agreements(backend_app)
    add_user(backend_app, "lead-gladsaxe")
    return backend_app


def post(client: Any, headers: dict[str, str], **form: str) -> Any:
    data: dict[str, Any] = {"files": [(io.BytesIO(PLACEMENT), "p.csv")], **form}
    return client.post("/api/submissions", data=data, headers=headers, content_type="multipart/form-data")


@pytest.mark.parametrize("code", ["0163", "163", "herlev"])
def test_a_lead_sends_for_a_partner_by_its_code_in_any_accepted_form(api: Flask, code: str) -> None:
    # DESIGN.md: a 4-digit code with a leading zero is accepted and normalised, as on the claim's URL.
    client, lead = api.test_client(), bearer(api, "lead-gladsaxe")
    sent = post(client, lead, municipality=code)
    assert sent.status_code == 202, sent.get_json()
    [answer] = sent.get_json()["files"]
    queue.run_burst(api)
    status = client.get(answer["status_url"], headers=lead).get_json()
    assert (status["municipality"], status["status"]) == ("163", "accepted")


def test_a_code_that_is_no_partner_is_still_refused_in_both_languages(api: Flask) -> None:
    client, lead = api.test_client(), bearer(api, "lead-gladsaxe")
    refused = post(client, lead, municipality="0157")  # Gentofte leads its own
    assert refused.status_code == 404
    body = refused.get_json()
    assert body["message"] == "you may not send documents as municipality 157"
    assert body["message_da"] == "du må ikke indsende dokumenter for kommune 157"


def test_a_company_in_several_agreements_is_asked_which_one_in_both_languages(api: Flask) -> None:
    add_user(api, "falck")  # Falck is in Falck Hovedstaden and Falck Randers
    refused = post(api.test_client(), bearer(api, "falck"))
    assert refused.status_code == 422
    [problem] = refused.get_json()["problems"]
    assert (problem["field_en"], problem["field_da"]) == ("agreement", "aftale")
    assert (problem["locator"], problem["locator_da"]) == ("form", "formularen")
    assert problem["reason_da"].startswith("virksomheden er med i flere aftaler: angiv den, skemaet hører")
    # The Danish message is Danish throughout: the field as "aftale", not the form's key `agreement`.
    said = refused.get_json()["message_da"]
    assert said == f"formularen / aftale: {problem['reason_da']}" and "agreement" not in said


@pytest.mark.parametrize(
    ("username", "form", "field", "field_da"),
    [
        ("falck", {"agreement": "falck-hovedstaden", "municipality": "163"}, "municipality", "kommune"),
        ("lead-gladsaxe", {"agreement": "falck-hovedstaden"}, "agreement", "aftale"),
        ("lead-gladsaxe", {"municipality": "163", "agreement": "falck-hovedstaden"}, "agreement", "aftale"),
    ],
)
def test_a_choice_the_role_does_not_make_is_refused_not_ignored(
    api: Flask, username: str, form: dict[str, str], field: str, field_da: str
) -> None:
    """A company sending `municipality`, or staff sending `agreement`, meant to send as someone else than
    the hub would have sent them as: nothing is stored, and the field is named in both languages."""
    if username == "falck":
        add_user(api, username)  # the fixture adds the lead
    client, headers = api.test_client(), bearer(api, username)
    refused = post(client, headers, **form)
    assert refused.status_code == 422
    [problem] = refused.get_json()["problems"]
    assert (problem["field_en"], problem["field_da"]) == (field, field_da)
    assert refused.get_json()["message_da"].startswith(f"formularen / {field_da}: ")
    assert client.get("/api/submissions", headers=headers).get_json()["submissions"] == []
