"""The API's `period`: the spec's pattern is what the server takes, and a period it cannot give is a 400
documented on every operation that takes one."""

from __future__ import annotations

import re
from typing import Any

import pytest
from accounts import add_user, bearer
from flask import Flask

from hub.periods import PeriodError, read_period

# Written from `hub/periods.py`'s rules (years 1900-2199; months 01-12; Q1-Q4, H1-H2, the letter in
# either case; nothing around it), not from what the parser answers.
GOOD = ["2026-08", "2026-01", "2026-12", "1900-01", "2199-12", "2026-Q1", "2026-q4", "2026-H1", "2026-h2"]
BAD = [
    "2026-13", "2026-00", "2026-8", "2026-Q0", "2026-Q5", "2026-H0", "2026-H3", "1899-12", "2200-01",
    "26-08", "2026", "2026-W32", "2026/08", "2026-08-01", " 2026-08", "2026-08 ", "2026-08\n", "",
    "２０２６-08", "٢٠٢٦-08", "2026-Q3x", "aug 2026",
]  # fmt: skip


def _period_parameters(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """Each operation taking `?period=`: its path, the parameter and the operation."""
    found = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query" and parameter["name"] == "period":
                    found.append((path, parameter, operation))
    return found


@pytest.mark.parametrize(("text", "good"), [(t, True) for t in GOOD] + [(t, False) for t in BAD])
def test_the_spec_pattern_and_the_parser_agree(app: Flask, text: str, good: bool) -> None:
    """The pattern every operation documents matches exactly the periods the server reads, in the
    parser and over HTTP (a period read is past the arguments: 400 not begun, or 404 no agreement)."""
    spec = app.test_client().get("/api/openapi.json").get_json()
    patterns = {parameter["schema"]["pattern"] for _, parameter, _ in _period_parameters(spec)}
    assert len(patterns) == 1
    # Anchored, so Python's fullmatch reads it as a client's ECMA-262 search does.
    assert (re.fullmatch(patterns.pop(), text) is not None) is good
    try:
        read_period(text)
    except PeriodError:
        assert not good
    else:
        assert good
    add_user(app, "lead-gladsaxe")
    response = app.test_client().get(
        "/api/agreements/none/payments", query_string={"period": text}, headers=bearer(app, "lead-gladsaxe")
    )
    body = response.get_json()
    if good:  # read: past the arguments (a period not begun, or no such agreement)
        assert response.status_code in (400, 404)
        assert not any(p["reason_en"].startswith("not a period") for p in body["problems"]), body
    else:  # the period alone refused, as the parser refuses it: 400 `bad_period` (stop 60, api-71)
        assert (response.status_code, body["code"]) == (400, "bad_period"), body
        assert body["problems"][0]["reason_en"].startswith("not a period:"), body


def test_every_operation_taking_a_period_documents_its_400(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    taking = _period_parameters(spec)
    paths = {path for path, _, _ in taking}
    assert {"/api/agreements/{agreement_id}/payments", "/api/municipalities/{municipality}/bundle"} <= paths
    for path, _, operation in taking:
        assert operation["responses"]["400"] == {"$ref": "#/components/responses/BadPeriod"}, path
    answer = spec["components"]["responses"]["BadPeriod"]
    assert answer["content"]["application/problem+json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorShape"
    }
    assert "`bad_period`" in answer["description"] and "`period`" in answer["description"]
    # An operation without a period has no such answer: its 400 is only a malformed `Authorization`.
    assert spec["paths"]["/api/placements"]["get"]["responses"]["400"] == {
        "$ref": "#/components/responses/BadAuthorization"
    }
