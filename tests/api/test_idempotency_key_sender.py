"""A kept `Idempotency-Key` answer is sent again only to a caller who may send what the request asks
(review-97, decision 0068 "Stop 65: review-97"): a key is its party's, and one party's users do not all
send for the same municipalities (a lead also for its partners, its municipality's staff not)."""

from __future__ import annotations

import io

from accounts import add_user, bearer
from flask import Flask
from page_support import load_agreements

from hub.services.user_parties import Party

KEY = "5f0c6a7e-2b7d-4c55-9d1a-0c3f1e2d4b6a"


def _send(app: Flask, user: str) -> tuple[int, dict[str, object]]:
    answer = app.test_client().post(
        "/api/submissions",
        headers=bearer(app, user) | {"Idempotency-Key": KEY},
        data={"files": [(io.BytesIO(b"Navn;Timer\nA;1\n"), "timer.csv")], "municipality": "163"},
        content_type="multipart/form-data",
    )
    return answer.status_code, answer.get_json()


def test_a_kept_answer_is_not_sent_to_a_user_who_may_not_send_its_request(app: Flask) -> None:
    load_agreements(app)
    add_user(app, "lead-gladsaxe")  # a lead of Gladsaxe (159): sends for its partner Herlev (163)
    add_user(app, "kommune-gladsaxe", "municipality", Party(municipality="159"))  # Gladsaxe's staff
    status, first = _send(app, "lead-gladsaxe")
    assert status == 202 and first["files"][0]["outcome"] == "received"  # type: ignore[index]
    # The same party, key, file and form: but Gladsaxe's staff may not send as Herlev, as without a key.
    status, body = _send(app, "kommune-gladsaxe")
    assert status == 404, body  # not the lead's 202 sent again
    assert body["code"] == "not_found"
    assert body["message"] == "you may not send documents as municipality 163"
