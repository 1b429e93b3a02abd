"""`Accept` on the API: a request that takes none of the media types its operation answers with is
refused with 406 before the view runs, naming what is offered (RFC 9110 15.5.7).

What an operation offers is read from the spec, not listed again here: the media types of its 2xx
answers (`application/json` for the JSON reads, PDF, spreadsheet, CSV, XML or zip for a download). A
download chosen by `?format=` offers that format's type only. No `Accept` takes anything, `*/*` too,
and `q=0` refuses a type (`hub.web.accept`). The check runs after the guard (a caller without a token
hears 401 first) and before the view, so a refused download is neither made nor logged. Errors are not
negotiated away: they are problem details (`hub.web.problems`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from flask import Flask, current_app, request

from hub.api.common import FILE_TYPES
from hub.errors import HubError
from hub.web.accept import acceptable

# `<int(max=…):agreement_id>` → `{agreement_id}`, as flask-smorest writes a rule's path in the spec.
_VARIABLE = re.compile(r"<(?:[^:>]+:)?(\w+)>")


class NotAcceptable(HubError):
    """The request's `Accept` takes none of the media types the operation answers with."""

    status_code = 406
    code = "not_acceptable"

    def __init__(self, offered: list[str]) -> None:
        self.offered = list(offered)
        kinds = ", ".join(self.offered)
        super().__init__(
            f"This answers only with {kinds}, and the request's Accept header takes none of them.",
            f"Svaret findes kun som {kinds}, og forespørgslens Accept-header tager ingen af dem.",
        )

    def to_dict(self) -> dict[str, Any]:
        """The error shape with `offered`: the media types to ask for instead."""
        return {**super().to_dict(), "offered": self.offered}


def offers(spec: dict[str, Any]) -> dict[tuple[str, str], list[str]]:
    """The media types each operation answers with on success, by spec path and method (`get`…)."""
    found: dict[tuple[str, str], list[str]] = {}
    for path, operations in spec.get("paths", {}).items():
        for method, operation in operations.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            kinds: list[str] = []
            for status, answer in operation["responses"].items():
                if str(status).startswith("2") and isinstance(answer, dict):
                    kinds += [kind for kind in answer.get("content", {}) if kind not in kinds]
            if kinds:
                found[(path, method)] = kinds
    return found


def init_app(app: Flask, blueprints: set[str], spec: Callable[[], dict[str, Any]]) -> None:
    """Check `Accept` on the views of these blueprints (after the guard, registered before this)."""

    def offered_here() -> list[str]:
        table = current_app.extensions.get("hub.api.offers")
        if table is None:
            table = current_app.extensions["hub.api.offers"] = offers(spec())
        assert request.url_rule is not None
        method = "get" if request.method == "HEAD" else request.method.lower()
        kinds: list[str] = table.get((_VARIABLE.sub(r"{\1}", request.url_rule.rule), method), [])
        chosen = FILE_TYPES.get(request.args.get("format", ""))
        return [chosen] if chosen in kinds else kinds

    def check_accept() -> None:
        if request.blueprint not in blueprints or request.url_rule is None:
            return
        kinds = offered_here()
        if kinds and not acceptable(kinds):
            raise NotAcceptable(kinds)

    app.before_request(check_accept)
