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
    # RFC 6750's `error` in `WWW-Authenticate`: only when a token was sent and refused (`InvalidToken`),
    # or the header was no token at all (`MalformedBearer`). A call with no token at all gets none (its
    # section 3.1), so a client does not read "your token is bad" where it sent none.
    bearer_error: str | None = None

    def challenge(self) -> str:
        """The `WWW-Authenticate` value: `Bearer` with the hub's `realm`, and with a refused or malformed
        token RFC 6750's `error` and, as `error_description`, the English message in the characters the
        RFC allows there."""
        if self.bearer_error is None:
            return f'Bearer realm="{REALM}"'
        said = "".join(c for c in self.message if c in _DESCRIBABLE)
        return f'Bearer realm="{REALM}", error="{self.bearer_error}", error_description="{said}"'


# The protection space (RFC 9110 11.5): every /api/… operation takes the same tokens, and no page takes
# them, so one realm, named for what it protects. Not the host (RFC 9110 makes the canonical root URI
# part of the space already, so one hub is told from another without it) nor the operator's or lead's
# name (a setting the challenge would change with); a fixed word a client's credential store can key on.
REALM = "hub API"
# RFC 6750 section 3: an `error_description` holds printable ASCII but `"` and `\`.
_DESCRIBABLE = frozenset(chr(c) for c in range(0x20, 0x7F)) - {'"', "\\"}


class InvalidToken(Unauthenticated):
    """A bearer token that was sent and is refused: unknown, revoked, its user deactivated, or expired
    (`hub.services.token_expiry.TokenExpired`)."""

    bearer_error = "invalid_token"


class MalformedBearer(Unauthenticated):
    """An `Authorization: Bearer` header with no token after it, or one with characters no token has
    (RFC 6750 section 2.1's `b64token`): a malformed request, 400 `invalid_request` (its section 3.1),
    not a token refused. A client told `invalid_token` would ask for a new token; this one must fix how
    it sends the one it has (an empty variable, a quoted value, two tokens)."""

    status_code = 400
    code = "invalid_request"
    bearer_error = "invalid_request"


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
