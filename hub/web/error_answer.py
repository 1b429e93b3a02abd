"""How an error is answered: problem details (RFC 9457) to the API, a page in the user's language to a
person. Which errors say what is `hub.web.errors`' (and the few views that refuse on their own, in the
same one shape)."""

from __future__ import annotations

from typing import Any

from flask import render_template, request

from hub.web.error_words import page_words
from hub.web.guard import bearer_sent, current
from hub.web.i18n import locale
from hub.web.problems import problem_response
from hub.web.refusals import sentence


def wants_json() -> bool:
    """Whether the caller is the API (by path, by a bearer token, or by what it accepts) rather than a
    person's browser. A program sending a token to a page gets JSON, not a redirect to a sign-in form."""
    if request.path.startswith("/api/") or bearer_sent():
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


def error_body(code: str, message: str, message_da: str, **extra: Any) -> dict[str, Any]:
    """The API's one error shape; `problems` is empty unless `extra` names some."""
    return {"code": code, "message": message, "message_da": message_da, "problems": [], **extra}


def respond(
    status: int,
    body: dict[str, Any],
    headers: dict[str, str] | None = None,
    refused: bool = False,
    next_step: tuple[str, str] | None = None,
) -> Any:
    """An error's answer: problem details to the API; to a person a page in their language, whose
    heading and advice are the status's (`refused`: the hub refused them, rather than failed them), or
    the advice `next_step` gives (English, Danish) where the refusal has one of its own."""
    if wants_json():
        return problem_response(status, body, headers)
    lang = locale()
    message = sentence(body["message_da"] if lang == "da" else body["message"])
    who = current()
    heading, advice = page_words(status, lang, who.role if who is not None else None, refused)
    if next_step is not None:
        advice = next_step[1] if lang == "da" else next_step[0]
    if message.rstrip(".") == heading:
        message = ""  # "Siden findes ikke" said twice says nothing more
    page = render_template(
        "error.html",
        status=status,
        heading=heading,
        advice=advice,
        message=message,
        problems=body.get("problems", []),
    )
    return page, status, headers or {}
