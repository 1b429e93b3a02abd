"""The admin's form for adding a user says what is wrong at the field that is wrong (WCAG 3.3.1, 1.3.1).

An accessibility review found the reason above the form, tied to no field: a screen reader user heard
"must be bound to its party" and had to guess which of six fields to correct.
"""

from __future__ import annotations

import lxml.html
import pytest
from accounts import add_user, csrf_token, sign_in
from flask import Flask

from hub.errors import HubError
from hub.extensions import db
from hub.services import user_parties, users


@pytest.mark.parametrize(
    ("sent", "field", "said"),
    [
        ({"username": "to ord", "role": "admin"}, "username", "Brugernavn 'to ord': 1-100 bogstaver"),
        ({"username": "admin", "role": "admin"}, "username", "Brugeren 'admin' findes allerede"),
        ({"username": "ny", "role": "chef"}, "role", "Ukendt rolle 'chef'"),
        ({"username": "ny", "role": "lead", "municipality": "999"}, "municipality", "'999' er ikke en dansk"),
        (
            {"username": "ny", "role": "company", "cvr": "12345678"},
            "cvr",
            "'12345678' er ikke et gyldigt CVR",
        ),
        (
            {"username": "ny", "role": "auditor", "audit": "2026-08-01..2026-10-31"},
            "municipality",
            "En bruger",
        ),
        (
            {"username": "ny", "role": "auditor", "municipality": "151"},
            "audit",
            "En bruger med rollen revisor",
        ),
        (
            {"username": "ny", "role": "auditor", "municipality": "151", "audit": "aug"},
            "audit",
            "Revisionsperioden",
        ),
        (
            # Two good dates the wrong way round: said so, not "write FIRST..LAST" as if mistyped.
            {"username": "ny", "role": "auditor", "municipality": "151", "audit": "2026-10-31..2026-08-01"},
            "audit",
            "Revisionsperiodens første dag 2026-10-31 ligger efter dens sidste dag 2026-08-01",
        ),
        ({"username": "ny", "role": "admin", "password": "kort"}, "password", "En adgangskode skal have"),
    ],
)
def test_the_reason_is_said_at_the_wrong_field_and_that_field_only(
    app: Flask, sent: dict[str, str], field: str, said: str
) -> None:
    add_user(app, "admin")
    client = app.test_client()
    sign_in(client, "admin")
    answer = client.post("/admin/users", data={**sent, "csrf_token": csrf_token(client, "/admin/users")})
    assert answer.status_code == 422
    page = lxml.html.fromstring(answer.get_data(as_text=True))
    error = page.get_element_by_id(f"new-{field}-error")
    assert error.get("role") == "alert" and error.text_content().startswith(said)
    wrong = page.get_element_by_id(f"new-{field}")
    assert (wrong.get("aria-invalid"), wrong.get("aria-describedby")) == ("true", f"new-{field}-error")
    assert wrong.get("autofocus") is not None  # the page comes back at the field to correct
    # The reason just before its field (after its label), and no other field marked.
    assert error.getnext() is wrong and error.getprevious().get("for") == f"new-{field}"
    assert [e.get("id") for e in page.xpath("//*[@aria-invalid]")] == [f"new-{field}"]
    assert page.xpath("//*[@id='user-error']") == []
    assert page.get_element_by_id("new-username").get("value") == sent["username"].strip()


def test_the_service_names_the_wrong_field(app: Flask) -> None:
    # The CLI and the page ask the same checks; each names its field by the form's and the option's name.
    with app.app_context():
        for role, party, field in [
            ("company", user_parties.Party(), "cvr"),
            ("lead", user_parties.Party(municipality="12"), "municipality"),
            ("auditor", user_parties.Party(municipality="151"), "audit"),
        ]:
            with pytest.raises(HubError) as raised:
                users.check_new_user(db.session, "ny", role, party)
            assert getattr(raised.value, "field", None) == field
        with pytest.raises(HubError) as raised:
            user_parties.audit_party("15:2026-08-01..2026-10-31")
        assert getattr(raised.value, "field", None) == "municipality"
