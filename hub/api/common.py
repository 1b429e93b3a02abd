"""What every API module shares: the error shape for the spec, and pagination."""

from __future__ import annotations

from marshmallow import Schema, fields


class Problem(Schema):
    """One thing wrong, at its locator (`hub.errors.FieldProblem`)."""

    reason_en = fields.String()
    reason_da = fields.String()
    file = fields.String()
    form = fields.String()
    locator = fields.String()
    field = fields.String()
    item = fields.String()
    item_da = fields.String()


class ErrorShape(Schema):
    """The API's one error shape: a code, the message in English and Danish, and any problems."""

    code = fields.String(required=True, metadata={"description": "Machine-readable error code"})
    message = fields.String(required=True, metadata={"description": "What went wrong, in English"})
    message_da = fields.String(required=True, metadata={"description": "The same in Danish"})
    problems = fields.List(fields.Nested(Problem), metadata={"description": "Each problem at its locator"})
