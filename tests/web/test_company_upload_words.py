"""The company's upload said one thing two ways (stop 53's walk): "Vælg det udfyldte skema" above the
field, "Eller træk filerne herind" under it, for one field that takes several forms. Its heading, field
and hint now name the same thing, the filled-in forms, in the plural, on its own page and on the upload
page, in Danish and in English."""

from __future__ import annotations

import lxml.html
from accounts import add_everyone, csrf_token, sign_in
from flask import Flask
from flask.testing import FlaskClient
from page_support import load_agreements

# What the company reads about the field, on each page: its label and its hint (and the heading above it
# on its own page, where the upload page's heading is the page's).
DANISH = (
    "Vælg de udfyldte skemaer",
    "Eller træk skemaerne herind: hvert som PDF eller XLSX eller en zip-fil med dem.",
)
ENGLISH = ("Choose the filled-in forms", "Or drop the forms here: each as PDF or XLSX, or a zip of them.")


def _field(client: FlaskClient, path: str) -> tuple[str, str]:
    page = lxml.html.fromstring(client.get(path).get_data(as_text=True))
    label = page.xpath("//label[@for='upload-files']")[0].text_content().strip()
    return label, page.get_element_by_id("upload-hint").text_content().strip()


def _heading(client: FlaskClient) -> str:
    page = lxml.html.fromstring(client.get("/company").get_data(as_text=True))
    return str(page.xpath("//h2[following-sibling::*[1][self::form[@id='upload-form']]]")[0].text_content())


def test_the_companys_upload_names_the_forms_one_way_in_both_languages(app: Flask) -> None:
    load_agreements(app)
    add_everyone(app)
    client = app.test_client()
    sign_in(client, "falck")
    assert [_field(client, path) for path in ("/company", "/upload")] == [DANISH, DANISH]
    assert _heading(client) == "Send de udfyldte skemaer"
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/company")})
    assert [_field(client, path) for path in ("/company", "/upload")] == [ENGLISH, ENGLISH]
    assert _heading(client) == "Send the filled-in forms"
