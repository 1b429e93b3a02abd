"""The API's spec is valid OpenAPI 3, its documentation page needs no network, and HTTP errors keep
their headers in the one error shape."""

from __future__ import annotations

import re

from accounts import add_user, bearer
from flask import Flask
from openapi_spec_validator import validate


def test_the_spec_is_valid_openapi_3(app: Flask) -> None:
    """`/api/openapi.json` passes openapi-spec-validator, documents bearer tokens and every API path."""
    spec = app.test_client().get("/api/openapi.json").get_json()
    validate(spec)
    assert spec["openapi"].startswith("3.")
    assert spec["components"]["securitySchemes"]["bearer"] == {"type": "http", "scheme": "bearer"}
    api_rules = {
        re.sub(r"<(?:[^:>]+:)?(\w+)>", r"{\1}", rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/") and not rule.endpoint.startswith(("api-docs.", "api_docs_assets."))
    }
    assert api_rules <= set(spec["paths"]), api_rules - set(spec["paths"])


def test_the_docs_page_loads_only_the_hubs_own_files(app: Flask) -> None:
    """Every script and stylesheet of `/api/docs` is served by the hub; nothing points off the machine."""
    client = app.test_client()
    page = client.get("/api/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert len(assets) == 3 and all(a.startswith("/api/docs/assets/") for a in assets), assets
    assert "//" not in "".join(assets) and '"validatorUrl": null' in html
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200 and len(response.data) > 1000, asset
    assert client.get("/api/docs/assets/index.html").status_code == 404


def test_a_wrong_method_is_405_with_allow_in_the_one_shape(app: Flask) -> None:
    """A POST to a read-only list: 405, the Allow header kept, the error shape in both languages."""
    add_user(app, "kommune-herlev")
    response = app.test_client().post("/api/placements", headers=bearer(app, "kommune-herlev"))
    assert response.status_code == 405
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "HEAD"}
    body = response.get_json()
    assert body["code"] == "method_not_allowed" and body["message_da"] == "Den handling findes ikke her."
