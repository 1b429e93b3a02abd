"""Every example in the spec the app serves fits the schema it stands beside, every object closed (a key
the schema does not name is an untruth, as in the walk, `spec_walk.closed`): an integrator who codes
against the docs' examples codes against what the hub sends. And the answers an integrator meets first
have one: an upload's three outcomes, a status accepted and rejected, a refused upload's 422."""

from __future__ import annotations

from typing import Any

from flask import Flask
from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS30Validator
from spec_walk import closed


def _spec(app: Flask) -> dict[str, Any]:
    served: dict[str, Any] = app.test_client().get("/api/openapi.json").get_json()
    return served


def _examples(node: Any, where: str = "") -> list[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) for every media type's or parameter's example in the spec."""
    found = []
    if isinstance(node, dict):
        schema = node.get("schema")
        if isinstance(schema, dict):
            if "example" in node:
                found.append((where, schema, node["example"]))
            for name, example in node.get("examples", {}).items():
                found.append((f"{where} ({name})", schema, example["value"]))
        for key, value in node.items():
            found += _examples(value, f"{where}/{key}")
    elif isinstance(node, list):
        for number, value in enumerate(node):
            found += _examples(value, f"{where}/{number}")
    return found


def test_every_example_in_the_spec_fits_its_schema(app: Flask) -> None:
    spec = _spec(app)
    components = closed(spec["components"])
    untrue = []
    examples = _examples(spec["paths"])
    for where, schema, example in examples:
        validator = OAS30Validator({**closed(schema), "components": components})
        error = best_match(validator.iter_errors(example))
        if error is not None:
            at = "/".join(str(part) for part in error.absolute_path)
            untrue.append(f"{where}: at /{at}: {error.message[:200]}")
    assert untrue == [], "\n".join(untrue)
    assert len(examples) >= 6  # the walk found them: not a pass over nothing


def test_the_answers_met_first_have_examples(app: Flask) -> None:
    paths = _spec(app)["paths"]
    upload = paths["/api/submissions"]["post"]["responses"]
    assert set(upload["202"]["content"]["application/json"]["examples"]) == {
        "received",
        "duplicate",
        "refused",
    }
    for kind in ("application/problem+json", "application/json"):  # the same body, either way
        assert upload["422"]["content"][kind]["example"]["code"] == "unprocessable_entity"
    status = paths["/api/submissions/{submission_id}"]["get"]["responses"]["200"]
    assert set(status["content"]["application/json"]["examples"]) == {"accepted", "rejected"}
