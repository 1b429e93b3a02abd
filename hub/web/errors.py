"""One error shape: JSON problem details (RFC 9457, `hub.web.problems`) that keep the hub's `code`,
`message`, `message_da` and `problems` for the API, a page in the user's language for people; never a
traceback. How an error is answered (JSON or a page) is `hub.web.error_answer`'s; which error says what is
here."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, current_app, redirect, request, url_for
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import HTTPException

from hub.access_errors import AskWithGet, Forbidden, Unauthenticated
from hub.errors import ConfigError, FieldProblem, HubError, NotFound
from hub.extensions import db
from hub.logsetup import Both, frames
from hub.schemas.messages import danish
from hub.schemas.records import flatten_errors
from hub.services import scope
from hub.storage import StoreUnwritable
from hub.web.argument_words import UNKNOWN, argument_messages, own_code
from hub.web.error_answer import error_body, respond, wants_json
from hub.web.error_unavailable import SERVERS_AWAY, store_unwritable, unavailable
from hub.web.error_words import HTTP_DA, HTTP_EN, HTTP_THEN, LOCATIONS_DA
from hub.web.guard import current
from hub.web.head_refusal import offered_methods
from hub.web.path_ids import misread_id, path_problem
from hub.web.problems import KINDS
from hub.web.refusals import sentence

log = logging.getLogger(__name__)


def _english(exc: HTTPException, status: int) -> str:
    """Why, in English: the text given where the error was raised, else ours, else Werkzeug's."""
    stock = type(exc).description
    if exc.description and exc.description != stock:
        return exc.description
    return HTTP_EN.get(status) or exc.description or exc.name


def _hub_error(exc: HubError) -> Any:
    if isinstance(exc, Unauthenticated) and not wants_json():
        return redirect(url_for("pages.login", next=request.full_path.rstrip("?")))
    who = current()
    if isinstance(exc, NotFound | Forbidden) and who is not None:
        try:
            scope.note_refused(db.session, who, exc.status_code, request.path, request.view_args)
        except SQLAlchemyError as failure:
            # The answer still goes out; the database's own trouble is the next request's to report.
            log.warning(
                Both(
                    "a refused request by %s could not be logged",
                    "en afvist forespørgsel fra %s kunne ikke skrives i loggen",
                    who.actor,
                )
            )
            log.debug("refused request not logged: %s", frames(failure))
    if isinstance(exc, ConfigError):
        return _misconfigured(exc)
    headers = {"WWW-Authenticate": exc.challenge()} if isinstance(exc, Unauthenticated) else None
    if isinstance(exc, AskWithGet):
        headers = {"Allow": "GET"}
    if exc.retry_after is not None:
        headers = {"Retry-After": str(exc.retry_after)}
    return respond(exc.status_code, exc.to_dict(), headers, refused=True, next_step=exc.next_step)


# What a caller is told of a setting of the hub's that is wrong: its own words name the server's files
# and the command that mends them, which are the operator's to read, in the log (decision 0016, "Stop 65:
# api-93").
MISCONFIGURED = (
    "A setting of the hub's is wrong, so nothing was done; the hub's log names it. Trying again does not "
    "help: tell the hub's operator.",
    "En af hubbens indstillinger er forkert, så intet er gjort; hubbens log nævner den. Det hjælper ikke at "
    "prøve igen: kontakt hubbens driftsansvarlige.",
)


def _misconfigured(exc: ConfigError) -> Any:
    # Each language's own words of the setting (`%` doubled: they are the format, the request its args).
    en, da = (text.replace("%", "%%") for text in (exc.message, exc.message_da))
    log.error(
        Both(
            f"a setting is wrong, met on %s %s: {en}",
            f"en indstilling er forkert, mødt ved %s %s: {da}",
            request.method,
            request.path,
        )
    )
    return respond(exc.status_code, error_body(exc.code, *MISCONFIGURED))


def argument_problems(messages: Any) -> list[dict[str, str]]:
    """webargs' messages (`{"query": {"page": ["..."]}}`) as problems: where, which field, why."""
    problems = []
    for location, fields in (messages or {}).items():
        where = str(location)
        for path, texts in sorted(flatten_errors(fields).items()):
            for text in texts:
                problem = FieldProblem(
                    text, danish(text), locator=where, locator_da=LOCATIONS_DA.get(where, where), field=path
                ).answer()
                if text == UNKNOWN:
                    # Named as sent: the words of a field the hub knows by that name would name another
                    # (`municipality_code` in the upload's form was said as "municipality", which it takes).
                    problem["field_en"] = problem["field_da"] = path
                problems.append(problem)
    return problems


API_ROOT = (
    " The API's operations are under /api/…: described at /api/openapi.json, and readable at /api/docs.",
    " API'ets operationer ligger under /api/…: beskrevet i /api/openapi.json og til at læse på /api/docs.",
)


def _http_error(exc: HTTPException) -> Any:
    status = exc.code or 500
    then_en, then_da = HTTP_THEN.get(status, ("", "")) if wants_json() else ("", "")
    if status == 404 and request.path.rstrip("/") == "/api":
        # The first address an integrator tries: where the API is described, rather than no such page.
        then_en, then_da = API_ROOT
    body = error_body(
        exc.name.lower().replace(" ", "_"),
        _english(exc, status) + then_en,
        HTTP_DA.get(status, exc.name) + then_da,
    )
    misread = misread_id(current_app.url_map, request.path, request.method) if status == 404 else None
    if misread is not None and wants_json():
        body["message"], body["message_da"], body["problems"] = path_problem(misread)
    messages = (getattr(exc, "data", None) or {}).get("messages")
    if isinstance(messages, dict):  # flask-smorest's argument validation: 422 with webargs' messages
        body["problems"] = argument_problems(messages)
        body["message"], body["message_da"] = argument_messages(body["problems"])
        own = own_code(body["problems"]) if request.path.startswith("/api/") else None
        if own is not None:
            body["code"], status = own, KINDS[own].status
    headers = {} if exc.response is not None else dict(exc.get_headers())  # `Allow` of a 405
    headers.pop("Content-Type", None)
    if "Allow" in headers:
        headers["Allow"] = ", ".join(offered_methods(m.strip() for m in headers["Allow"].split(",")))
    return respond(status, body, headers)


# Flask-WTF's reasons ("The CSRF tokens do not match.") name a mechanism, not what to do; a live session
# whose page is stale (signed in again in another tab) or a forged form both end here. (A session that is
# gone is answered 401 before CSRF is checked: `hub.web.guard.enforce`.)
CSRF_REFUSED = (
    "csrf_failed",
    "The page's security token is missing or out of date, so nothing was done. Reload the page and try "
    "again.",
    "Sidens sikkerhedsnøgle mangler eller er forældet, så intet er gjort. Genindlæs siden, og prøv igen.",
)


def _csrf_refused(exc: CSRFError) -> Any:
    log.info("CSRF check failed on %s %s: %s", request.method, request.path, exc.description)
    return respond(400, error_body(*CSRF_REFUSED))


def _unexpected(exc: Exception) -> Any:
    # The class, and where it was raised at DEBUG without its text: a message may quote what was sent
    # (a CPR number), which no log line may hold (`logsetup.frames`).
    log.error(
        Both(
            "unexpected error on %s %s: %s",
            "uventet fejl ved %s %s: %s",
            request.method,
            request.path,
            type(exc).__name__,
        )
    )
    log.debug("%s", frames(exc))
    if not wants_json():
        # The page says what to do on a line of its own ("Prøv igen om lidt; bliver det ved, …"): the
        # API's advice in the message as well said it twice.
        return respond(500, error_body("internal_error", HTTP_EN[500], HTTP_DA[500]))
    body = error_body(
        "internal_error",
        "Something went wrong on our side; it has been logged. Try again, or tell the hub's administrator.",
        "Der gik noget galt hos os; det er skrevet i loggen. Prøv igen, eller kontakt hubbens administrator.",
    )
    return respond(500, body)


def init_app(app: Flask) -> None:
    """Register the handlers."""
    app.add_template_filter(sentence, "sentence")
    app.register_error_handler(HubError, _hub_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(CSRFError, _csrf_refused)
    for exc_class, server in SERVERS_AWAY:
        app.register_error_handler(exc_class, unavailable(server))
    app.register_error_handler(StoreUnwritable, store_unwritable)
    app.register_error_handler(Exception, _unexpected)
