"""`Authorization: Bearer` with no token after it, or with characters no token has, is RFC 6750's
malformed request (section 3.1: `invalid_request`, 400), not a token refused (`invalid_token`, 401, which a
new token would cure); and every challenge names the hub's one realm (decision 0016, "Stop 64: api-85")."""

from __future__ import annotations

from flask import Flask

NO_TOKEN = (
    'Bearer realm="hub API", error="invalid_request", error_description="the Authorization header says '
    '`Bearer` but no token follows it: send `Authorization: Bearer hub_` (made on /tokens)"'
)
NOT_A_TOKEN = (
    'Bearer realm="hub API", error="invalid_request", error_description="the token after `Bearer` has '
    "characters no token has (a space, a quote, a comma): send one token, as /tokens showed it, "
    '`Authorization: Bearer hub_`"'
)


def test_bearer_with_nothing_after_it_is_invalid_request(app: Flask) -> None:
    client = app.test_client()
    for header in ("Bearer ", "Bearer", "bearer   ", "Bearer\t"):
        answer = client.get("/api/agreements", headers={"Authorization": header})
        assert answer.status_code == 400, header
        assert answer.headers["WWW-Authenticate"] == NO_TOKEN, header
        body = answer.get_json()
        assert body["code"] == "invalid_request" and body["problems"] == []
        assert body["message_da"] == (
            "headeren Authorization siger `Bearer`, men ingen nøgle følger efter: send `Authorization: "
            "Bearer hub_…` (laves på /tokens)"
        )
        assert body["title"] == "Malformed Authorization header" and "instance" not in body


def test_a_token_with_characters_no_token_has_is_invalid_request(app: Flask) -> None:
    client = app.test_client()
    for header in ("Bearer hub_a hub_b", 'Bearer "hub_a"', "Bearer hub_a,hub_b"):
        answer = client.get("/api/agreements", headers={"Authorization": header})
        assert answer.status_code == 400, header
        assert answer.headers["WWW-Authenticate"] == NOT_A_TOKEN, header
    # Two spaces before a well-formed token: still a token (refused, being unknown), as before.
    answer = client.get("/api/agreements", headers={"Authorization": "Bearer  hub_nosuch"})
    assert answer.status_code == 401 and 'error="invalid_token"' in answer.headers["WWW-Authenticate"]


def test_every_protected_operation_documents_the_malformed_400(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    answers = spec["components"]["responses"]
    protected = [
        (path, method, operation)
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if isinstance(operation, dict) and operation.get("security")
    ]
    assert len(protected) >= 19  # every operation but the spec, the docs and the problem pages
    for path, method, operation in protected:
        four_hundred = operation["responses"]["400"]
        ref = four_hundred.get("$ref", "").rsplit("/", 1)[-1]
        said = answers[ref]["description"] if ref else four_hundred["description"]
        assert "`invalid_request`" in said, (method, path)
    example = answers["Unauthenticated"]["headers"]["WWW-Authenticate"]["schema"]["example"]
    assert example.startswith('Bearer realm="hub API", error="invalid_token"')
    assert 'realm="hub API"' in spec["info"]["description"]
