"""A canonical field with a fixed list of values refuses another value by quoting it beside the list, in
English and Danish, CPR-like digits masked (hub/schemas/choices.py; decision 0061, "Stop 64: fixes-91")."""

from __future__ import annotations

from typing import Any

import pytest
from marshmallow import Schema, ValidationError, fields
from marshmallow.validate import OneOf
from test_schema_records import placement

from hub.errors import FieldProblem
from hub.schemas.agreement import AgreementSchema
from hub.schemas.choices import Choice
from hub.schemas.messages import problems_from_validation
from hub.schemas.record_schemas import SCHEMAS
from hub.schemas.records import load_record


def problems(**changed: Any) -> list[FieldProblem]:
    """The problems of the placement with `changed` fields, as the caseworker and the API see them."""
    record = placement() | changed
    with pytest.raises(ValidationError) as caught:
        load_record(record)
    return problems_from_validation(caught.value.messages, file="aftale.xml")


def test_the_employer_written_is_quoted_beside_the_choices() -> None:
    # trial-87: the sender wrote `<ansat-hos>virksomhed</ansat-hos>`; "Must be one of: company,
    # jobcentre." named the field but not the value.
    [problem] = problems(mentor={"name": "Mads", "employer": "virksomhed"})
    assert problem.field == "mentor.employer"
    assert problem.reason_en == "'virksomhed' is not one of: company, jobcentre"
    assert problem.reason_da == "'virksomhed' er ikke en af: company, jobcentre."


def test_a_cpr_number_written_as_the_benefit_is_never_echoed() -> None:
    [problem] = problems(benefit="010190-1234")
    choices = "kontanthjaelp, uddannelseshjaelp, sygedagpenge, ledighedsydelse, ressourceforloebsydelse, "
    choices += "selvforsoergende, unknown"
    assert problem.reason_en == f"'XXXXXX-XXXX' is not one of: {choices}"
    assert problem.reason_da == f"'XXXXXX-XXXX' er ikke en af: {choices}."


def test_an_unreadable_value_is_said_to_be_unreadable() -> None:
    [problem] = problems(visitation="\ufffd\ufffd")
    assert (
        problem.reason_en
        == "text that could not be read is not one of: jobparat, aktivitetsparat, uddannelsesparat"
    )
    assert (
        problem.reason_da
        == "tekst, der ikke kunne læses er ikke en af: jobparat, aktivitetsparat, uddannelsesparat."
    )


def _choices(schema: Schema) -> list[OneOf]:
    """Every `OneOf` of a schema's fields, nested ones too."""
    found: list[OneOf] = []
    for field in schema.fields.values():
        inner = field.inner if isinstance(field, fields.List) else field
        if isinstance(inner, fields.Nested):
            found += _choices(inner.schema)
        found += [check for check in field.validators if isinstance(check, OneOf)]
    return found


def test_every_canonical_choice_quotes_the_value() -> None:
    """One place says it: no canonical field with choices keeps marshmallow's bare "Must be one of"."""
    checks = [c for schema in [*SCHEMAS.values(), AgreementSchema] for c in _choices(schema())]
    # benefit, visitation, mentor.employer (placement, mentor_support, mentor_hours), outcome; the
    # agreement's cooperation_model, mentor_model.model, payment.basis.
    assert len(checks) >= 9
    assert [type(c).__name__ for c in checks if not isinstance(c, Choice)] == []
