"""Where a page may send the browser after signing in or choosing a language: a path on this site only."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app
from werkzeug.exceptions import HTTPException, MethodNotAllowed


def local_path(target: str | None) -> str | None:
    """`target` if it is a path on this site, else None: anything else would be an open redirect.

    Browsers and Werkzeug drop tabs and line breaks from a Location header and read a backslash as a
    slash, so `/\\t/evil.example` or `/\\evil.example` would leave the site; such targets are refused
    outright rather than cleaned, and so is anything with a scheme or a host."""
    if not target or not target.startswith("/"):
        return None
    if any(ord(char) < 0x20 or char in "\\\x7f" for char in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target.startswith("//"):
        return None
    return target


def page_path(target: str | None) -> str | None:
    """`local_path(target)` when a browser can open it, else None.

    Pressing "Log ud" on a page whose session had ended asked to sign in again with `next=/logout`, and
    signing in then opened /logout, which only a form posts to: a 405 page ("Det kan ikke lade sig gøre
    her") straight after signing in. Such a target is dropped, so the front page opens instead; a path
    that does not exist is kept, and says so itself when opened, as before."""
    path = local_path(target)
    if path is None:
        return None
    try:
        current_app.url_map.bind("localhost").match(urlsplit(path).path, method="GET")
    except MethodNotAllowed:
        return None
    except HTTPException:  # not found, or a redirect to add a slash: the page opened says what to do
        pass
    return path
