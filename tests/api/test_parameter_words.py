"""Every query parameter of the API, when it is missing or wrong, is named in both languages' lines as the
developer must send it and said in words of the line's own language (decision 0016, stop 44): the Danish
line used to read "period: Feltet mangler.", an English name before a Danish sentence about a field."""

from __future__ import annotations

import re
from typing import Any

import pytest
from accounts import add_user, bearer
from flask import Flask

from hub.schemas.field_names import NAMES
from hub.web.argument_words import PARAMETERS, argument_messages
from hub.web.errors import argument_problems

# A value for a path parameter: the operations read their query before they look the path up.
PATH_VALUES = {"integer": "1", "string": "falck-hovedstaden"}


def _operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Each GET's URL (path parameters filled) and its query parameters, by name."""
    found = []
    for path, item in spec["paths"].items():
        operation = item.get("get")
        if not operation:
            continue
        parameters = operation.get("parameters", []) + item.get("parameters", [])
        url = path
        for p in parameters:
            if p["in"] == "path":
                schema = p.get("schema", {})
                value = (schema.get("enum") or [PATH_VALUES.get(schema.get("type", "string"), "x")])[0]
                url = url.replace("{" + p["name"] + "}", str(value))
        query = {p["name"]: p for p in parameters if p["in"] == "query"}
        if query:
            found.append((url, query))
    return found


@pytest.fixture
def spec(app: Flask) -> dict[str, Any]:
    served: dict[str, Any] = app.test_client().get("/api/openapi.json").get_json()
    return served


def test_every_query_parameter_has_words_in_both_languages(spec: dict[str, Any]) -> None:
    names = {name for _, query in _operations(spec) for name in query}
    assert {"period", "per_page", "from_size", "sent_as"} <= names  # the walk sees the spec's parameters
    for name in sorted(names):
        english, danish = PARAMETERS[name]
        assert english and danish and english != danish, name
        assert name in NAMES, name  # its `field_en`/`field_da` in a problem are words too


def test_every_query_parameter_missing_or_empty_is_said_by_name_and_in_words(
    app: Flask, spec: dict[str, Any]
) -> None:
    add_user(app, "lead-gladsaxe")
    add_user(app, "admin")
    client, lead = app.test_client(), bearer(app, "lead-gladsaxe")
    # The admin's own operations (the audit log's entries) refuse the lead before reading an argument.
    admin = bearer(app, "admin")
    tried = 0
    for url, query in _operations(spec):
        headers = admin if client.get(url, headers=lead).status_code == 403 else lead
        for name, parameter in query.items():
            english, danish = PARAMETERS[name]
            # Empty is wrong for every one of them (a number, a code, a flag, a period, a name).
            answer = client.get(f"{url}?{name}=", headers=headers)
            body = answer.get_json()
            # The period alone refused is its own 400 `bad_period`, whichever check refused it; with
            # another argument wrong too (the export's `format` left out), the 422 naming each (stop 60).
            own = {"period": (400, "bad_period")} | dict.fromkeys(
                ("from_size", "to_size"), (422, "bad_tree_size")
            )
            # (`from_size` left out beside an empty `to_size`: both tree sizes, one code.)
            owners = {own.get(p["field"]) for p in body["problems"]}
            expected = (
                owners.pop() if len(owners) == 1 and None not in owners else (422, "unprocessable_entity")
            )
            assert (answer.status_code, body["code"]) == expected, (url, name, answer.status_code)
            assert f"Parameteren '{name}' ({danish}): " in body["message_da"], (url, body["message_da"])
            assert f"Query parameter '{name}' ({english}): " in body["message"], (url, body["message"])
            tried += 1
            if not parameter.get("required"):
                continue
            body = client.get(url, headers=headers).get_json()
            assert f"Parameteren '{name}' ({danish}) mangler." in body["message_da"], (
                url,
                body["message_da"],
            )
            assert f"Query parameter '{name}' ({english}) is missing." in body["message"], (
                url,
                body["message"],
            )
            assert "Feltet" not in body["message_da"] and "field" not in body["message"]
            [problem] = [p for p in body["problems"] if p["field"] == name]
            assert (problem["field_en"], problem["field_da"]) == NAMES[name]
    assert tried >= 15  # every list's paging, every period, the filters


def test_an_unknown_query_parameter_is_said_not_to_be_taken() -> None:
    problems = argument_problems({"query": {"pagesize": ["Unknown field."]}})
    assert argument_messages(problems) == (
        "Query parameter 'pagesize' is not one this operation takes.",
        "Parameteren 'pagesize' findes ikke her.",
    )


def test_a_form_fields_problem_is_said_as_the_uploads_own_refusals_are() -> None:
    # The upload page shows it to a caseworker: the field in Danish words, as `FieldProblem.describe` does.
    problems = argument_problems({"form": {"municipality": ["Not a valid string."]}})
    assert argument_messages(problems) == (
        "form / municipality: Not a valid string.",
        "formularen / kommune: Ikke en gyldig tekst.",
    )


def test_a_reason_after_the_name_keeps_an_abbreviation_as_it_is() -> None:
    problems = argument_problems({"query": {"period": ["CPR must be 10 digits (DDMMYYSSSS)"]}})
    _, danish = argument_messages(problems)
    assert re.search(r": CPR-nummeret skal have 10 cifre", danish), danish
