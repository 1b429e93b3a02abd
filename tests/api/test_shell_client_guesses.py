"""What a case system's developer writing a client in curl and jq from `/api/docs` alone had to guess
(decision 0016, "Stop 64: api-85"): whether the hub's URLs in a body and in `Location` are whole URLs,
whether an upload takes an `Idempotency-Key`, and which operations answer 409."""

from __future__ import annotations

from typing import Any

import pytest
from accounts import add_user, bearer
from flask import Flask

from hub.services.audit_checkpoints import LogBroken

# The properties the hub fills with one of its own URLs, by schema, and the header that carries one.
URL_FIELDS = {
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


def test_every_url_the_hub_writes_is_said_to_be_a_path_on_the_hub(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for schema, names in URL_FIELDS.items():
        for name in names:
            assert "A path on the hub" in schemas[schema]["properties"][name]["description"], (schema, name)
    location = spec["paths"]["/api/submissions"]["post"]["responses"]["202"]["headers"]["Location"]
    assert "A path on the hub" in location["description"]
    assert "`Link` header's pages are whole URLs" in spec["info"]["description"]


def test_the_upload_says_the_bytes_are_its_idempotency_key(spec: dict[str, Any]) -> None:
    upload = spec["paths"]["/api/submissions"]["post"]
    assert "no `Idempotency-Key` header is read" in upload["description"]
    assert "The bytes are the\nidempotency key" in spec["info"]["description"]


def test_each_operation_that_may_find_the_log_broken_documents_its_409(spec: dict[str, Any]) -> None:
    documented = {
        (path, method)
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if isinstance(operation, dict) and "409" in operation["responses"]
    }
    assert documented == set(LOG_READS)
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
