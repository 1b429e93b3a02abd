"""Each operation of the OpenAPI document given what its view does not say itself: its section's name for
people, the 401, 403, 404, 406, 429 and 503 it may answer, the 400 of a malformed `Authorization`, of one
taking a `period` and of an unsafe one (a session's CSRF check), its own error answers in the one shape,
a JSON read's ETag and 304 (the answers themselves: `hub.api.spec_answers.ANSWERS`), and its success's
`RateLimit-*` headers.

The errors are added to each operation by one apispec plugin (`ErrorAnswers`) rather than by a decorator
on every view: which of them an operation can answer follows from rules the hub already holds (every
call needs a token; the role is checked against `hub.access.PERMISSIONS`; an id in the path or a list's
filter may name nothing the caller may see), so the spec cannot fall behind a view that forgot its decorator.
"""

from __future__ import annotations

from typing import Any

from apispec import BasePlugin
from flask import Flask

from hub.access import ROLES, permission_roles
from hub.api import security_schemes
from hub.api.common import DISPOSITION, ETAG_HEADER, IF_NONE_MATCH
from hub.api.limits import RATE_HEADERS, RATE_HEADERS_IF_COUNTED
from hub.api.periods import NAME as PERIOD
from hub.api.spec import SECTIONS
from hub.api.spec_answers import ANSWERS, ERROR_REF, error_content
from hub.services.list_filters import NAMED
from hub.web.guard import permission_of


class ErrorAnswers(BasePlugin):
    """Give each operation its section's name for people and the error answers it may give."""

    def __init__(self, app: Flask) -> None:
        self.app = app

    def operation_helper(
        self, path: str | None = None, operations: dict[str, Any] | None = None, **kwargs: Any
    ) -> None:
        """Called by apispec for each path, with its operations by method, before refs are resolved."""
        rule = kwargs.get("rule")
        for method, operation in (operations or {}).items():
            operation["tags"] = [SECTIONS.get(tag, tag) for tag in operation.get("tags", [])]
            permission = permission_of(self.app, rule.endpoint, method.upper()) if rule else None
            if permission in (None, "public"):
                continue  # open to anyone (or refused to everyone): no sign-in to fail
            operation["security"] = security_schemes.requirement(method)
            answers = {
                401: "Unauthenticated",
                406: "NotAcceptable",
                429: "TooManyRequests",
                503: "Unavailable",
            }
            if set(permission_roles(permission)) != set(ROLES):
                answers[403] = "Forbidden"
            queried = {p.get("name") for p in operation.get("parameters", []) if p.get("in") == "query"}
            # An id or code in the path, or in a list's filter, may name nothing the caller may see.
            if "{" in (path or "") or queried & NAMED.keys():
                answers[404] = "NotFound"
            if PERIOD in queried:
                answers[400] = "BadPeriod"
            if method.lower() in security_schemes.UNSAFE:
                answers[400] = "BadRequest"  # the session's CSRF check (no unsafe operation takes a period)
            # `Authorization: Bearer` with no token (RFC 6750's `invalid_request`): every one may answer
            # it; the two 400s above say it beside their own.
            answers.setdefault(400, "BadAuthorization")
            responses = operation.setdefault("responses", {})
            for answer in responses.values():
                as_problem(answer)
            for status, name in answers.items():
                # A view's own alt_response (keyed by int or str) says more than the general answer.
                if status not in responses and str(status) not in responses:
                    responses[status] = name
            for status, answer in responses.items():
                if not isinstance(answer, dict):
                    continue  # a shared answer (`hub.api.spec_answers.ANSWERS`) says its own headers
                if str(status).startswith("2"):  # the limit counted it
                    answer.setdefault("headers", {}).update(RATE_HEADERS)
                elif str(status).startswith(("4", "5")):
                    # A view's own error is answered from inside the view, so after the limit counted
                    # the call (the upload's body refusals too: `upload_body.body_checked`). Not a list
                    # of statuses kept by hand: one left off it (the upload's 415) was a header sent
                    # and not declared. The guard's refusals, before the count, are the shared answers.
                    answer.setdefault("headers", {}).update(RATE_HEADERS_IF_COUNTED)
                if str(status) != "401":
                    answer.setdefault("headers", {}).update(security_schemes.TOKEN_EXPIRES_HEADER)
            if method == "get":
                _conditional(operation, responses)


def as_problem(answer: Any) -> None:
    """A view's own error answer in the one shape (`alt_response(schema=ErrorShape)`, which flask-smorest
    documents as `application/json` only) under both media types it may come as."""
    content = answer.get("content") if isinstance(answer, dict) else None
    if content and content.get("application/json", {}).get("schema") == ERROR_REF:
        # Its example too, under each: the body is the same whichever media type it comes as.
        shown = {k: v for k, v in content["application/json"].items() if k in ("example", "examples")}
        answer["content"] = {kind: media | shown for kind, media in error_content().items()}


def _conditional(operation: dict[str, Any], responses: dict[Any, Any]) -> None:
    """A JSON read's ETag, the `If-None-Match` that asks for a 304, and the 304 (`hub.api.conditional`)."""
    ok = responses.get(200) or responses.get("200")
    if not isinstance(ok, dict) or "application/json" not in ok.get("content", {}):
        return  # no JSON: a file
    if any(name in ok.get("headers", {}) for name in DISPOSITION):
        return  # a file, even in JSON (the company's export): not tagged
    ok.setdefault("headers", {}).update(ETAG_HEADER)
    # The 304 carries the 200's headers (werkzeug drops only the body's own): its ETag, where the user
    # stands under the limit, a list's `Link` and a waiting submission's `Retry-After`, which a client
    # polling with `If-None-Match` goes by as it would by the 200's. A view's own 304 (a record's,
    # whose description says more) gains them too.
    own = responses.pop(304, None) or responses.pop("304", None) or dict(ANSWERS["NotModified"])
    responses[304] = {**own, "headers": {**own.get("headers", {}), **ok["headers"]}}
    parameters = operation.setdefault("parameters", [])
    if not any(p.get("in") == "header" and p.get("name") == IF_NONE_MATCH["name"] for p in parameters):
        parameters.append(dict(IF_NONE_MATCH))
