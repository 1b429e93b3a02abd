"""The documentation of each problem type: the page a problem's `type` URI names (RFC 9457 3.1.1: a type
URI, when followed, should give documentation for people). JSON for a program, HTML for a browser."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template_string, request

from hub.web.guard import requires
from hub.web.problems import KINDS, type_of

bp = Blueprint("api_problems", __name__)
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ kind.title }}</title></head>
<body><h1>{{ kind.title }}</h1>
<p>HTTP {{ kind.status }}; <code>code</code>: <code>{{ code }}</code>.</p>
<p>{{ kind.about }}</p>
<p>Every error of the hub's API is a problem details object (RFC 9457) with the hub's own members
<code>code</code>, <code>message</code>, <code>message_da</code> and <code>problems</code>; see
<a href="/api/docs">/api/docs</a>.</p></body></html>
"""


def describe(code: str) -> dict[str, Any]:
    """One problem type as JSON: its URI, code, status, title and what to do."""
    kind = KINDS[code]
    return {
        "type": type_of(code),
        "code": code,
        "status": kind.status,
        "title": kind.title,
        "about": kind.about,
    }


@bp.route("/api/problems")
@requires("public")
def kinds() -> Any:
    """Every problem type the API answers with."""
    return {"problem_types": [describe(code) for code in KINDS]}


@bp.route("/api/problems/<code>")
@requires("public")
def kind(code: str) -> Any:
    """One problem type: a page for a person, JSON for a program."""
    if code not in KINDS:
        abort(404)
    if request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html":
        return render_template_string(PAGE, code=code, kind=KINDS[code])
    return describe(code)
