"""How much the request's `Accept` header wants a media type, as RFC 9110 12.5.1 says.

No `Accept` (or an empty one) takes anything. Otherwise a media type's quality is the `q` of the most
specific range that matches it (`application/json` before `application/*` before `*/*`), so
`application/json;q=0, */*` takes everything but JSON; a type no range matches has quality 0.

Parameters of a range other than `q` are not compared: JSON has no parameters (RFC 8259), and a client
writing `application/json; charset=utf-8` means JSON. Werkzeug's `MIMEAccept.quality` gives such a range
0 for `application/json`, so it is not used here.
"""

from __future__ import annotations

from flask import request


def _parts(value: str) -> tuple[str, str]:
    main, _, sub = value.split(";", 1)[0].strip().lower().partition("/")
    return main, sub


def quality(media_type: str) -> float:
    """The quality (0–1) the request's `Accept` gives `media_type` (`type/subtype`)."""
    accept = request.accept_mimetypes
    if not accept:
        return 1.0
    want_main, want_sub = _parts(media_type)
    best: tuple[int, float] | None = None
    for value, q in accept:
        main, sub = _parts(value)
        if main == "*" and sub in ("*", ""):
            rank = 0
        elif main == want_main and sub == "*":
            rank = 1
        elif (main, sub) == (want_main, want_sub):
            rank = 2
        else:
            continue
        if best is None or rank > best[0]:
            best = (rank, float(q))
    return best[1] if best is not None else 0.0


def acceptable(offered: list[str]) -> list[str]:
    """The offered media types the request's `Accept` takes (quality above 0), in the order offered."""
    return [kind for kind in offered if quality(kind) > 0]
