"""The API's spec is valid OpenAPI 3, its documentation page needs no network, and HTTP errors keep
their headers in the one error shape."""

from __future__ import annotations

import re
from typing import Any

from accounts import add_user, bearer, sign_in
from flask import Flask
from openapi_spec_validator import validate

from hub.services import received_order
from hub.web.names import VERSION_REASONS


def test_the_spec_is_valid_openapi_3(app: Flask) -> None:
    """`/api/openapi.json` passes openapi-spec-validator, documents bearer tokens and every API path."""
    spec = app.test_client().get("/api/openapi.json").get_json()
    validate(spec)
    assert spec["openapi"].startswith("3.")
    bearer_scheme = spec["components"]["securitySchemes"]["bearer"]
    assert (bearer_scheme["type"], bearer_scheme["scheme"]) == ("http", "bearer")
    api_rules = {
        re.sub(r"<(?:[^:>]+:)?(\w+)>", r"{\1}", rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/")
        and not rule.endpoint.startswith(("api-docs.", "api_docs_assets.", "api_problems."))
    }
    assert api_rules <= set(spec["paths"]), api_rules - set(spec["paths"])


def test_the_docs_page_loads_only_the_hubs_own_files(app: Flask) -> None:
    """Every script and stylesheet of `/api/docs` is served by the hub; nothing points off the machine."""
    client = app.test_client()
    page = client.get("/api/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    # Scripts and stylesheets: the page's one link (to the accessibility statement) loads nothing.
    assets = re.findall(r'(?:src=|<link [^>]*?href=)"([^"]+)"', html)
    assert len(assets) == 3 and all(a.startswith("/api/docs/assets/") for a in assets), assets
    assert "//" not in "".join(assets) and '"validatorUrl": null' in html
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200 and len(response.data) > 1000, asset
    assert client.get("/api/docs/assets/index.html").status_code == 404


def test_the_docs_page_says_its_language_and_names_itself(app: Flask) -> None:
    """`/api/docs` is English throughout (Swagger UI's words, the spec's): `lang="en"`, so a screen reader
    reads it in an English voice (WCAG 3.1.1), and a title that says which page it is before whose
    (WCAG 2.4.2), not the bare "The hub" of every tab."""
    html = app.test_client().get("/api/docs").get_data(as_text=True)
    assert re.search(r"<html lang=\"en\">", html), html[:200]
    assert re.search(r"<title>API documentation – The hub</title>", html), html[:400]
    assert '<meta charset="utf-8">' in html


def test_a_wrong_method_is_405_with_allow_in_the_one_shape(app: Flask) -> None:
    """A POST to a read-only list: 405, the Allow header kept, the error shape in both languages."""
    add_user(app, "kommune-herlev")
    response = app.test_client().post("/api/placements", headers=bearer(app, "kommune-herlev"))
    assert response.status_code == 405
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "HEAD"}
    body = response.get_json()
    assert body["code"] == "method_not_allowed" and body["message_da"] == "Den handling findes ikke her."


def _spec(app: Flask) -> dict[str, Any]:
    spec: dict[str, Any] = app.test_client().get("/api/openapi.json").get_json()
    return spec


def test_the_spec_says_how_to_get_a_token_and_how_answers_are_shaped(app: Flask, runner: Any) -> None:
    info = _spec(app)["info"]
    text = info["description"]
    for said in ("/tokens", "hub tokens issue", "Authorization: Bearer", "`problems`", "`message_da`"):
        assert said in text, said
    for said in ("`page`", "`per_page`", "`Link`", "`cpr_view`", "`masked`", "På dansk"):
        assert said in text, said
    # The command the text names is the real one.
    help_text = runner.invoke(args=["tokens", "issue", "--help"])
    assert help_text.exit_code == 0 and "USERNAME" in help_text.output.upper()


def test_each_section_has_a_name_for_people(app: Flask) -> None:
    spec = _spec(app)
    names = [tag["name"] for tag in spec["tags"]]
    assert names == ["Agreements", "Submissions", "Placements and records", "Payments and downloads", "Audit"]
    assert all(tag["description"] for tag in spec["tags"])
    used = {t for ops in spec["paths"].values() for op in ops.values() if "tags" in op for t in op["tags"]}
    assert used == set(names)  # no operation left under a blueprint's name (`submissions_api`)


def test_every_operation_documents_401_403_and_404_in_the_error_shape(app: Flask) -> None:
    spec = _spec(app)
    shape = {"$ref": "#/components/schemas/ErrorShape"}
    for name in ("Unauthenticated", "Forbidden", "NotFound"):
        assert spec["components"]["responses"][name]["content"]["application/problem+json"]["schema"] == shape
    ref = "#/components/responses/{}".format
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue  # the path's own parameters, beside its operations
            answers = operation["responses"]
            assert answers["401"] == {"$ref": ref("Unauthenticated")}, (method, path)
            if "{" in path:
                assert answers["404"] == {"$ref": ref("NotFound")}, (method, path)
    paths = spec["paths"]
    # 403 where some role may not: a company may not read a claim; everyone may list agreements.
    assert paths["/api/municipalities/{municipality}/claim"]["get"]["responses"]["403"] == {
        "$ref": ref("Forbidden")
    }
    assert "403" not in paths["/api/agreements"]["get"]["responses"]
    # A view's own description of a 404 stays its own.
    upload_404 = paths["/api/submissions"]["post"]["responses"]["404"]
    assert "may not send for" in upload_404["description"]


def test_the_tokens_page_links_to_the_api_docs(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    client = app.test_client()
    sign_in(client, "kommune-herlev")
    html = client.get("/tokens").get_data(as_text=True)
    assert 'id="api-docs" href="/api/docs"' in html
    assert "API'ets dokumentation" in html


def test_a_versions_reasons_in_the_spec_are_those_the_pages_name(app: Flask) -> None:
    # A reason stored (`normalise.store`, `received_order.reapply`) that the spec does not list is one a
    # client's code cannot expect; the pages name each (`names.VERSION_REASONS`).
    spec = app.test_client().get("/api/openapi.json").get_json()
    reason = spec["components"]["schemas"]["VersionOut"]["properties"]["reason"]
    assert (
        set(reason["enum"]) == set(VERSION_REASONS) == {"submitted", "reprocessed", received_order.REAPPLIED}
    )
