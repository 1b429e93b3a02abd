"""The API's `?period=`: read exactly as the spec's pattern says, and refused in the one error shape.

The pattern is `hub.periods.PATTERN`, the one the parser reads, so the spec cannot promise more or less
than the server takes. A period written right that cannot be asked for (not begun, not ended, of
another kind than the municipality claims per) is a 400 `bad_period` from the services, and
`period_refused` names the field `period` in its `problems`, as a 422 names its fields. A period left out
or written wrong is webargs' refusal, answered with the same code and status when the period is all it
refuses (`hub.web.argument_words.own_code`). `hub.api.spec_operations.ErrorAnswers` documents that 400
on every operation taking `period`.
"""

from __future__ import annotations

from typing import Any

from flask import Response
from marshmallow import Schema, ValidationError, fields

from hub.errors import FieldProblem, HubError
from hub.periods import PATTERN, Period, PeriodError, local_today, read_period
from hub.schemas.messages import Said
from hub.web.argument_words import argument_messages
from hub.web.error_answer import error_body
from hub.web.error_words import LOCATIONS_DA
from hub.web.problems import problem_response

# The query parameter's name, as the spec's error answers look for it.
NAME = "period"


class PeriodField(fields.String):
    """A claim period, `2026-08`, `2026-Q3` or `2026-H2`, loaded as a `Period`."""

    def __init__(self, **kwargs: Any) -> None:
        metadata = {"pattern": PATTERN, "example": "2026-08", **kwargs.pop("metadata", {})}
        super().__init__(metadata=metadata, **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> Any:
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            return read_period(text)
        except HubError as exc:
            raise ValidationError(Said(exc.message, exc.message_da)) from None


class PeriodArgs(Schema):
    """`?period=`: a claim period."""

    period = PeriodField(required=True, metadata={"description": "2026-08, 2026-Q3 or 2026-H2"})


class ClaimPeriod(Schema):
    """A claim period: its label and first and last day."""

    label = fields.String(required=True)
    start = fields.Date(required=True)
    end = fields.Date(required=True)


def started(period: Period) -> Period:
    """The period, refused when it has not begun (nothing is known about it yet)."""
    period.require_started(local_today())
    return period


def period_refused(exc: PeriodError) -> Response:
    """A `bad_period` 400 whose `problems` name the query's `period`, in English and Danish."""
    problem = FieldProblem(
        exc.message, exc.message_da, locator="query", locator_da=LOCATIONS_DA["query"], field=NAME
    )
    # Said as webargs' refusal of a period written wrong is (`argument_messages`), which answers the same
    # code: one family, whichever check refused the period.
    answer = problem.answer()
    body = error_body(exc.code, *argument_messages([answer], as_written=True), problems=[answer])
    return problem_response(exc.status_code, body)
