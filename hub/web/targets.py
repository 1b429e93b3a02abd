"""Where a page may send the browser after signing in or choosing a language: a path on this site only."""

from __future__ import annotations

from urllib.parse import urlsplit


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
