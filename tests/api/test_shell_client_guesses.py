"""What a case system's developer writing a client in curl and jq from `/api/docs` alone had to guess
(decision 0016, "Stop 64: api-85"): whether the hub's URLs in a body and in `Location` are whole URLs
(the ones to follow are, since "Stop 65: api-93"),
whether an upload takes an `Idempotency-Key`, and which operations answer 409."""

from __future__ import annotations

from typing import Any

import pytest
from accounts import add_user, bearer
from flask import Flask

from hub.services.audit_checkpoints import LogBroken

# The properties the hub fills with one of its own URLs, by schema: every one whole, to follow ("Stop 65:
# api-93"; a record's since "Stop 66: api-100"); and the header that carries one.
WHOLE_FIELDS = {
    "FileOut": ("status_url",),
    "SubmissionOut": ("status_url",),
    "LinkedSubmissionOut": ("status_url",),
    "StoredVersionOut": ("url", "api_url"),
}
# The operations that seal the waiting log entries or prove from the stored tree (`LogBroken`).
LOG_READS = (
    ("/api/audit/checkpoint", "get"),
    ("/api/audit/entries/{event_id}/proof", "get"),
    ("/api/audit/consistency", "get"),
    ("/api/municipalities/{municipality}/bundle", "get"),
)


@pytest.fixture(name="spec")
def _spec(app: Flask) -> dict[str, Any]:
    spec: dict[str, Any] = app.test_client().get("/api/openapi.json").get_json()
    return spec


def test_every_url_the_hub_writes_is_said_to_be_whole(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for schema, names in WHOLE_FIELDS.items():
        for name in names:
            said = schemas[schema]["properties"][name]["description"]
            assert "A whole URL" in said and "A path on the hub" not in said, (schema, name)
    location = spec["paths"]["/api/submissions"]["post"]["responses"]["202"]["headers"]["Location"]
    assert "A whole URL" in location["description"]
    intro = " ".join(spec["info"]["description"].split())
    assert (
        "`status_url`, the 202's `Location`, the `Link` header's pages and a record's `api_url` and `url`"
        in intro
    )


def test_the_upload_says_how_the_bytes_and_an_idempotency_key_combine(spec: dict[str, Any]) -> None:
    upload = spec["paths"]["/api/submissions"]["post"]
    assert "the bytes are the key of each document" in " ".join(upload["description"].split())
    intro = " ".join(spec["info"]["description"].split())
    assert "The bytes are each document's key, and an `Idempotency-Key` header" in intro


def test_each_operation_that_may_find_the_log_broken_documents_its_409(spec: dict[str, Any]) -> None:
    documented = {
        (path, method)
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if isinstance(operation, dict) and "409" in operation["responses"]
    }
    # And the upload, whose 409 is its `Idempotency-Key` under way ("Stop 65: api-93").
    assert documented == {*LOG_READS, ("/api/submissions", "post")}
    for path, method in LOG_READS:
        said = spec["paths"][path][method]["responses"]["409"]
        assert "`log_broken`" in said["description"]
        assert set(said["content"]) == {"application/problem+json", "application/json"}


def test_a_broken_log_is_the_documented_409(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise LogBroken("the log was altered", "loggen er ændret")

    monkeypatch.setattr("hub.services.audit_reads.checkpoint", broken)
    add_user(app, "kommune-herlev")
    answer = app.test_client().get("/api/audit/checkpoint", headers=bearer(app, "kommune-herlev"))
    assert answer.status_code == 409 and answer.get_json()["code"] == "log_broken"
