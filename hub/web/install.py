"""The web face put together: access control, errors, languages, every page's blueprint and (`hub.api`) the
JSON API, installed on the app by `init_app`.

Not in `hub/web/__init__.py`, where it was until stop 65: the API builds on the web's own modules (`guard`,
`problems`, `query_once`...), and importing any of them runs the package's `__init__` first, which imported
every page and the API back (`import hub.api` alone failed: `hub.api.common` → `hub.web` → `upload_sent` →
`hub.api.submissions` → `hub.api.common`). The package is now the layer below both; this module is above.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from flask import Flask, g, request
from flask_babel import get_locale
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.routing import IntegerConverter, Map

from hub import api
from hub.api.too_large import too_large_kind, too_large_words
from hub.schemas.municipalities import by_name, municipality_name
from hub.web import (
    agreements,
    audit_log,
    audit_log_own,
    auditor,
    auditor_reads,
    auth,
    auth_tokens,
    auth_users,
    company,
    dashboard,
    dates,
    error_answer,
    errors,
    guard,
    headers,
    health,
    i18n,
    jobs,
    marks,
    names,
    nav,
    pages,
    partner,
    party_args,
    payments,
    query_once,
    records,
    session_clock,
    token_notice,
    upload,
    upload_sent,
)
from hub.web.error_words import TOO_LARGE_KIND

# An upload form's parts besides its files (`municipality`, `agreement`, the CSRF token), with room to spare.
FORM_FIELDS = 10


def municipality_filter(code: str) -> str:
    """A municipality's name for a code (`159` → `Gladsaxe`); the code itself for one that is not a
    municipality's (a user made before codes were checked), rather than a page that cannot be shown."""
    try:
        return municipality_name(code).removesuffix(" Kommune")
    except ValueError:
        return code


def by_municipality_name(items: Iterable[Any], attribute: str, lead: str | None = None) -> list[Any]:
    """An agreement's municipalities (rows with a code in `attribute`) for a page: the lead first, then
    the rest in the Danish order of their names (a person looks for "Furesø" among names, not codes)."""
    rows = [(row[attribute] if isinstance(row, Mapping) else getattr(row, attribute), row) for row in items]
    order = {code: n for n, code in enumerate(by_name(code for code, _row in rows))}
    return [row for code, row in sorted(rows, key=lambda pair: (pair[0] != lead, order[pair[0]]))]


class DatabaseId(IntegerConverter):
    """`<int:…>` within a database integer's range: a larger number in a URL is "not found", never an
    overflow in the database driver (schemathesis found one: a 500 on `/api/submissions/<huge>`)."""

    def __init__(self, url_map: Map, fixed_digits: int = 0, min: int | None = None, max: int | None = None):
        super().__init__(url_map, fixed_digits, min, 2**63 - 1 if max is None else max)


def too_large(exc: RequestEntityTooLarge) -> Any:
    """A 413 of a page (or of an API call other than an upload, which says its own with an audit entry:
    `hub.api.upload_body.too_large`): which limit refused the body, in the person's language, not
    werkzeug's "The file is too large" for a form field over `MAX_FORM_MEMORY_SIZE`."""
    limit, field_limit = request.max_content_length or 0, request.max_form_memory_size
    # The API's message says what to do (`too_large.API_ADVICE`); a page says it beside the message.
    english, danish = too_large_words(
        limit,
        request.max_form_parts or 0,
        request.content_length,
        field_limit,
        exc,
        error_answer.wants_json(),
    )
    # The page's advice is the kind's (`error_words.ADVICE_413`), told through `g`: `errors` answers every
    # other error, and its one way of answering a page or the API is kept.
    setattr(g, TOO_LARGE_KIND, too_large_kind(limit, request.content_length, field_limit, exc))
    return error_answer.respond(413, error_answer.error_body("request_entity_too_large", english, danish))


def init_app(app: Flask) -> None:
    """Install access control, errors, languages and the page blueprints."""
    app.url_map.converters["int"] = DatabaseId  # before any rule is added: rules bind it as they are made
    # Set, not `setdefault`: Flask's own defaults (31 days, no SameSite) are always there already, and a
    # data-protection review found the cookie kept 31 days and sent on other sites' requests.
    app.config["PERMANENT_SESSION_LIFETIME"] = int(app.config["SESSION_HOURS"]) * 3600
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    # The session cookie is sent only when the session changes: a session ends `SESSION_HOURS` after
    # sign-in (`guard`), so nothing is gained by sending it with every answer, and a stylesheet fetched
    # for the page before would set the cookie back to what it was then, undoing what a page in between
    # stored (the tokens page's open form).
    app.config["SESSION_REFRESH_EACH_REQUEST"] = False  # Flask's default is True
    if app.config.get("MAX_CONTENT_LENGTH") is None:  # Flask's default is None: no limit at all
        app.config["MAX_CONTENT_LENGTH"] = int(app.config["UPLOAD_MAX_BYTES"])  # 413 beyond it
    # Werkzeug refuses a form of more than `MAX_FORM_PARTS` parts (1,000) with a 413 before the hub
    # counts its files: room for `UPLOAD_MAX_FILES` files and the form's few fields, so that an upload of
    # too many files within that room gets the hub's own `too_many_files`, and the 413 beyond it says why.
    parts = int(app.config["UPLOAD_MAX_FILES"]) + FORM_FIELDS
    app.config["MAX_FORM_PARTS"] = max(int(app.config.get("MAX_FORM_PARTS") or 0), parts)
    guard.init_app(app)
    query_once.init_app(app)
    party_args.init_app(app)
    headers.init_app(app)
    errors.init_app(app)
    # More specific than `errors`' handler of every HTTPException: Flask picks this one for a 413.
    app.register_error_handler(RequestEntityTooLarge, too_large)
    i18n.init_app(app)
    names.init_app(app)
    dates.init_app(app)
    marks.init_app(app)
    app.add_template_filter(municipality_filter, "municipality")
    app.add_template_filter(by_municipality_name, "by_municipality_name")
    app.add_template_global(get_locale, "get_locale")
    app.add_template_global(guard.current, "principal")
    app.add_template_global(nav.menu, "menu")
    app.add_template_global(nav.home_page, "home_page")
    app.add_template_global(lambda role: nav.role_name(role, str(get_locale())), "role_name")
    app.register_blueprint(pages.bp)
    app.register_blueprint(health.bp)
    auth.init_app(app)
    app.register_blueprint(auth_tokens.bp)
    app.register_blueprint(auth_users.bp)
    session_clock.init_app(app)
    token_notice.init_app(app)
    app.register_blueprint(agreements.bp)
    app.register_blueprint(dashboard.bp)
    app.register_blueprint(partner.bp)
    app.register_blueprint(jobs.bp)
    app.register_blueprint(audit_log.bp)
    app.register_blueprint(audit_log_own.bp)
    app.register_blueprint(auditor_reads.bp)
    for module in (upload, upload_sent, company, auditor, records, payments):
        app.register_blueprint(module.bp)
    api.init_app(app)
