"""Access is denied unless granted: every view names its permission, and a view that names none is refused.

`requires("records:read")` marks a view (a function, or a method of a flask-smorest `MethodView`) for the
endpoint it is registered at: a copy of the function carries the mark, so one function registered at two
endpoints can need two permissions, and a registration of it without a mark is still refused. Before
each request `enforce` loads the principal and checks the role against `hub.access.PERMISSIONS`; the party
is applied afterwards by the view's queries (`hub.services.scope`). The access test matrix reads the same
marks from the app's URL map.

Who the principal is depends on the route. The JSON API (`/api/...`) takes a bearer token, else the
browser session (the upload page calls it). Every other route takes the browser session only: a bearer
token there signs no one in, so a leaked token cannot reach the pages, make tokens of its own or add users,
and the pages' forms are always CSRF-checked (decision 0015).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar, cast

from flask import Flask, current_app, g, request
from flask_wtf.csrf import CSRFProtect

from hub.access import PEOPLE_ONLY, ROLE_NAMES, Principal, permission_roles
from hub.access_errors import Forbidden, Unauthenticated
from hub.web.signing_in import from_bearer, from_session, no_one_signed_in

F = TypeVar("F", bound=Callable[..., Any])
# Endpoints of libraries, which cannot carry our mark: Flask's static files and the API's documentation.
LIBRARY_ENDPOINTS = {
    "static": "public",
    "api-docs.openapi_json": "public",
    "api-docs.openapi_swagger_ui": "public",
    "api-docs.openapi_redoc": "public",
    "api-docs.openapi_rapidoc": "public",
}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
API_PREFIX = "/api/"  # the routes a bearer token signs in to
csrf = CSRFProtect()
# Forms whose forgery harms nothing and that must work from a page whose session has ended: choosing
# the language changes only the words of the next page (and a stale page's token would refuse it).
CSRF_FREE = frozenset({"pages.language"})
# Public views that never read the browser session: reading one looks it up in the database (0053), and
# the health probes must answer, as JSON, with the database down (a browser's cookie on /healthz too).
SESSIONLESS = frozenset({"health.live", "health.ready"})


class TokenNotForPages(Unauthenticated):
    """A bearer token sent to a page. What a program is told: not "sign in", which it cannot do, but where
    its token works; always as JSON (`hub.web.error_answer.wants_json`), never a redirect to the sign-in
    form."""

    code = "token_not_for_pages"

    def __init__(self) -> None:
        super().__init__(
            "An API token works only on the API (/api/…; see /api/docs). This page is for a person "
            "signed in in a browser.",
            "En API-nøgle virker kun på API'et (/api/…; se /api/docs). Denne side er for en person, der "
            "er logget ind i en browser.",
        )


def requires(permission: str) -> Callable[[F], F]:
    """The view, marked with the permission it needs (checked at import time against the table), as a
    function of its own: the view given is left as it was.

    The permission belongs to what is registered at an endpoint, not to the function behind it. Marking
    the function itself gave one function registered at two endpoints (or a view another blueprint
    reuses) the permission marked last at both, and opened a registration of it that was marked at none.
    """
    permission_roles(permission)

    def mark(view: F) -> F:
        @functools.wraps(view)
        def marked(*args: Any, **kwargs: Any) -> Any:
            return view(*args, **kwargs)

        marked.hub_permission = permission  # type: ignore[attr-defined]
        return cast(F, marked)

    return mark


def permission_of(app: Flask, endpoint: str, method: str) -> str | None:
    """The permission a request to `endpoint` with `method` needs, or None when none was declared."""
    if endpoint in LIBRARY_ENDPOINTS:
        return LIBRARY_ENDPOINTS[endpoint]
    view = app.view_functions.get(endpoint)
    view_class = getattr(view, "view_class", None)
    if view_class is not None:
        handler = getattr(view_class, method.lower(), None)
        if handler is None and method == "HEAD":
            handler = getattr(view_class, "get", None)
        return getattr(handler, "hub_permission", None)
    return getattr(view, "hub_permission", None)


def current() -> Principal | None:
    """The principal of this request, or None when no one is signed in."""
    return g.get("principal")


def principal() -> Principal:
    """The principal of this request, for views behind a permission (which guarantees one)."""
    found = current()
    if found is None:
        raise Unauthenticated("sign in first", "log ind først")
    return found


def bearer_sent() -> bool:
    """Whether the request carries a bearer token: a program's, since a browser never sends one itself."""
    return request.headers.get("Authorization", "").lower().startswith("bearer ")


def enforce() -> None:
    """Before each request: who is asking, may the role do this, and CSRF for browser sessions."""
    g.principal = None
    if request.endpoint in SESSIONLESS:
        return  # public, GET only, and no one is signed in
    header = request.headers.get("Authorization")
    by_token = bool(header) and request.path.startswith(API_PREFIX)
    if by_token:
        g.principal = from_bearer(str(header))
    elif not bearer_sent():
        # Any other Authorization header (a proxy's Basic) is not ours to read on a page.
        g.principal = from_session()
    # else: a token on a page signs no one in, and a session sent beside it is not read either.
    if g.principal is not None and request.method == "HEAD":
        # Flask answers HEAD by running the GET and dropping the body: what the view reads is not sent,
        # so its read is not logged (`scope.note_read`). Downloads logged as made refuse HEAD instead.
        g.principal = replace(g.principal, answer_has_body=False)
    needed = permission_of(current_app, request.endpoint, request.method) if request.endpoint else None
    if g.principal is None and needed not in (None, "public"):
        if bearer_sent():
            raise TokenNotForPages()
        # Before CSRF: a session that ended (signed out, expired) took its CSRF token with it, and
        # "sign in again" is the answer its owner can act on. Nothing is done for a caller without one.
        raise no_one_signed_in(request.path.startswith(API_PREFIX))
    if request.endpoint is None:
        # No such URL, or not with this method: Flask answers 404 or 405 and no view runs, so there is
        # nothing for CSRF to guard; checked first, a POST to a page only to be read said "the page's
        # security token is out of date" where the answer is "that action does not exist here".
        return
    checked = request.endpoint not in CSRF_FREE and current_app.config.get("WTF_CSRF_ENABLED", True)
    if request.method in UNSAFE and not by_token and checked:
        csrf.protect()  # a bearer token cannot be sent by another site's form; a cookie can
    if needed is None:
        raise Forbidden(f"{request.endpoint} declares no permission", "siden er ikke åbnet for nogen")
    if needed == "public":
        return
    if g.principal.token_id is not None and needed in PEOPLE_ONLY:
        # No such route is under /api/ today; one that came would still refuse a token.
        raise Forbidden(*refusal(None, request.path.startswith(API_PREFIX)))
    if not g.principal.may(needed):
        raise Forbidden(*refusal(g.principal.role, request.path.startswith(API_PREFIX)))


def refusal(role: str | None, api: bool) -> tuple[str, str]:
    """Why a role (None: an API token) is refused, in English and Danish: "As a partner municipality,
    you do not have access to this page." The role is said as the person would say it of themselves;
    an API call asks for data, not a page."""
    what_en, what_da = ("this", "dette") if api else ("this page", "denne side")
    if role is None:
        return (
            f"An API token does not give access to {what_en}.",
            f"En API-nøgle giver ikke adgang til {what_da}.",
        )
    da, en = ROLE_NAMES.get(role, (role, role))
    article = "an" if en[:1].lower() in "aeiou" else "a"
    return (
        f"As {article} {en}, you do not have access to {what_en}.",
        f"Som {da} har du ikke adgang til {what_da}.",
    )


def init_app(app: Flask) -> None:
    """Install the guard: CSRF checked by `enforce` itself, which runs before every view."""
    app.config.setdefault("WTF_CSRF_CHECK_DEFAULT", False)
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)  # the session's own lifetime bounds the token
    csrf.init_app(app)
    app.before_request(enforce)
