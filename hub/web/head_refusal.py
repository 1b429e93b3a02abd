"""Downloads made by the GET that asks for them: Flask answers HEAD by running the GET and dropping the
body, which would store a claim download or log a bundle, an export or a read that nobody received, so
such a view refuses HEAD, and the `Allow` of its URL leaves HEAD out.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import ParamSpec, TypeVar

from flask import Flask, current_app, request
from werkzeug.exceptions import HTTPException

from hub.access_errors import AskWithGet

P = ParamSpec("P")
R = TypeVar("R")


def made_when_asked(view: Callable[P, R]) -> Callable[P, R]:
    """Mark a download made (and its download logged) by the GET that asks for it: Flask answers HEAD
    by running the GET and dropping the body, which would store a claim download or log a bundle, an
    export or a read that nobody received. A HEAD is refused with 405 and `Allow: GET` instead, after the
    caller's sign-in and rights were checked (the decorator goes under `requires`). The API's downloads
    and the pages' alike."""

    @functools.wraps(view)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        if request.method == "HEAD":
            raise AskWithGet()
        return view(*args, **kwargs)

    guarded.hub_made_when_asked = True  # type: ignore[attr-defined]
    return guarded


def refuses_head(app: Flask, endpoint: str) -> bool:
    """Whether the GET at `endpoint` is `made_when_asked`, so that HEAD there is 405 (and a 405's `Allow`,
    which Werkzeug fills with every method of the route, HEAD among them, must leave it out)."""
    view = app.view_functions.get(endpoint)
    view_class = getattr(view, "view_class", None)
    handler = getattr(view_class, "get", None) if view_class is not None else view
    return bool(getattr(handler, "hub_made_when_asked", False))


# The order an `Allow` names its methods in. Werkzeug gathers them in a set, whose order follows the
# process's string hash seed: the same request was answered `HEAD, GET, OPTIONS` by one worker or
# restart and `GET, OPTIONS, HEAD` by the next, which a client comparing answers (or a cache) takes for
# a change. Others (a method no route of ours takes) follow, by name.
METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def offered_methods(methods: Iterable[str]) -> list[str]:
    """The methods an `Allow` names at this request's URL (a 405's, an OPTIONS'): those its routes take,
    less HEAD where the URL's GET is `made_when_asked` and so refuses it, always in `METHOD_ORDER`."""
    found = {m for m in methods if m != "HEAD" or not _get_refuses_head()}
    ranked = {m: n for n, m in enumerate(METHOD_ORDER)}
    return sorted(found, key=lambda m: (ranked.get(m, len(ranked)), m))


def _get_refuses_head() -> bool:
    """Whether the URL's GET is a download made when asked, whose HEAD is 405."""
    try:
        endpoint, _ = current_app.url_map.bind_to_environ(request.environ).match(method="GET")
    except HTTPException:
        return False
    return refuses_head(current_app, str(endpoint))
