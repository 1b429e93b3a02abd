"""Refusals of who asks, or of how: not of what is asked for (`hub.errors` holds those).

A request with no one signed in is 401, a role not allowed is 403, a HEAD on a download made only for a
GET is 405. The pages and the API answer each in their own way (`hub.web.errors`: a page sends the
signed-out to the sign-in page, the API says `WWW-Authenticate`).
"""

from __future__ import annotations

from hub.errors import HubError


class Unauthenticated(HubError):
    """No one is signed in (or the session has expired, or the token is unknown or revoked)."""

    status_code = 401
    code = "unauthenticated"


class Forbidden(HubError):
    """The signed-in user's role does not allow this; objects of another party are `NotFound` instead."""

    status_code = 403
    code = "forbidden"


class AskWithGet(HubError):
    """HEAD on a download that is made, and its reading logged, only when it is asked for with GET: its
    headers cannot be known without making it, and a HEAD must neither store a claim download nor log a
    bundle or a read that nobody received."""

    status_code = 405
    code = "method_not_allowed"

    def __init__(self) -> None:
        super().__init__(
            "Ask for this file with GET: it is made, and its download logged, when it is asked for, so a "
            "HEAD request is not answered here.",
            "Hent filen med GET: den laves, og hentningen logges, når den bliver hentet, så en "
            "HEAD-forespørgsel besvares ikke her.",
        )
