"""What a careless client met (api-67): an unknown form field said as a field the upload takes, and an
`Allow` whose order changed with the process's hash seed."""

from __future__ import annotations

import io
from itertools import permutations

from accounts import add_user, bearer
from flask import Flask

from hub.web.head_refusal import offered_methods


def test_an_unknown_form_field_is_named_as_it_was_sent(app: Flask) -> None:
    # `municipality_code` is the record's field, said "municipality" in words; the upload's form takes
    # `municipality`. "form / municipality: Unknown field." sent its integrator to drop the right one.
    add_user(app, "lead-gladsaxe")
    answer = app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "lead-gladsaxe"),
        data={"files": [(io.BytesIO(b"Navn;Timer\nA;1\n"), "timer.csv")], "municipality_code": "163"},
        content_type="multipart/form-data",
    )
    assert answer.status_code == 422, answer.get_data(as_text=True)
    body = answer.get_json()
    [problem] = body["problems"]
    assert (problem["locator"], problem["field"]) == ("form", "municipality_code")
    assert (problem["field_en"], problem["field_da"]) == ("municipality_code", "municipality_code")
    assert body["message"] == "form / municipality_code: Unknown field."
    assert body["message_da"] == "formularen / municipality_code: Ukendt felt."


def test_allow_names_its_methods_in_one_order_however_they_were_gathered(app: Flask) -> None:
    # Werkzeug gathers a URL's methods in a set: its order follows the hash seed of the process.
    with app.test_request_context("/api/submissions"):
        orders = {tuple(offered_methods(order)) for order in permutations(["OPTIONS", "POST", "HEAD", "GET"])}
    assert orders == {("GET", "HEAD", "POST", "OPTIONS")}


def test_a_405_and_an_options_say_allow_in_that_order(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    assert client.put("/api/submissions/1", headers=herlev).headers["Allow"] == "GET, HEAD, OPTIONS"
    assert client.options("/api/submissions", headers=herlev).headers["Allow"] == "GET, HEAD, POST, OPTIONS"
