"""An upload's multipart body (`POST /api/submissions`): what it must be, and what a client sending anything
else (or too much) is told before its arguments are read (its parts: `upload_parts`). `hub.api.submissions`
registers `too_large` on its blueprint and wraps its view in `body_checked`."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import Response, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

from hub.api.too_large import too_large_words
from hub.api.upload_parts import refused_parts
from hub.extensions import db
from hub.services import uploads
from hub.web.error_answer import error_body
from hub.web.guard import current
from hub.web.problems import problem_response

# What an upload's body must be, and what a client sending anything else is told (415, not webargs' 422
# "files: Missing data", which names a part the client may well have sent, only in JSON or base64).
MULTIPART = "multipart/form-data"
NOT_MULTIPART = (
    "unsupported_media_type",
    f"the upload's body must be {MULTIPART}, one part named `files` per document",
    f"uploadens indhold skal være {MULTIPART}, med én del ved navn `files` for hvert dokument",
)


# A multipart body without its `boundary` cannot be cut into parts: Werkzeug reads it as no parts, which
# webargs called "files: Missing data". It is what a client gets that sets the Content-Type header by hand
# (the HTTP library adds the boundary only when it sets the header itself).
NO_BOUNDARY = (
    "bad_request",
    f"the upload's Content-Type is {MULTIPART} without its `boundary` parameter, so its parts cannot be "
    "found: let the HTTP library set the header with the boundary it used",
    f"uploadens Content-Type er {MULTIPART} uden parameteren `boundary`, så dens dele kan ikke findes: "
    "lad HTTP-biblioteket sætte headeren med den boundary, det har brugt",
)


# Bytes, but not one part found: the parts begin with another boundary than the header names, or the body
# was cut off before its closing boundary (the form parser then gives up on every part, silently), or it
# holds no part at all. Told as that, not as a missing `files` part that the client may well have sent
# (stop 45). The boundary is quoted as sent, cut at RFC 2046's 70 characters.
NO_PARTS = (
    "bad_request",
    "no part could be read from the upload's body: send each document as a part named `files`, in a "
    "body cut by the boundary its Content-Type names (`{boundary}`) and ending with the closing boundary "
    "(let the HTTP library write the body and its header); nothing was stored",
    "ingen del kunne læses fra uploadens indhold: send hvert dokument som en del ved navn `files`, i et "
    "indhold delt af den boundary, dens Content-Type nævner (`{boundary}`), og som slutter med den "
    "afsluttende boundary (lad HTTP-biblioteket skrive indholdet og headeren); intet er gemt",
)


def refused_body() -> Response | None:
    """The refusal of an upload whose body is not multipart form data, or has no boundary to find its
    parts by, or bytes in which no part can be found; None for a body whose parts can be read."""
    if request.mimetype != MULTIPART:
        return problem_response(415, error_body(*NOT_MULTIPART), {"Accept-Post": MULTIPART})
    boundary = request.mimetype_params.get("boundary")
    if not boundary:
        return problem_response(400, error_body(*NO_BOUNDARY))
    if request.content_length and not request.files and not request.form:
        code, english, danish = NO_PARTS
        return problem_response(
            400, error_body(code, *(w.format(boundary=boundary[:70]) for w in (english, danish)))
        )
    return None


def too_large(exc: RequestEntityTooLarge) -> Any:
    """Too large: refused before a byte is kept, and the attempt is still an audit entry."""
    # The limit Flask enforced: `UPLOAD_MAX_BYTES` only fills `MAX_CONTENT_LENGTH` when that is not set
    # itself (`hub.web.install.init_app`), so the setting's value may not be the one that refused this body.
    limit = request.max_content_length or int(current_app.config["UPLOAD_MAX_BYTES"])
    uploads.note_refused(db.session, current(), "upload", [], "too_large")
    english, danish = too_large_words(
        limit,
        int(current_app.config["MAX_FORM_PARTS"]),
        request.content_length,
        request.max_form_memory_size,
        exc,
        advice=True,
    )
    body = error_body("request_entity_too_large", english, danish)
    return problem_response(413, body)


def multipart_only() -> Any:
    """Refuse an upload whose body is not multipart form data, or has no boundary to find its parts by,
    or has a part that would not be read as a document (`upload_parts`), before its arguments are read
    (after the guard: a caller who may not upload is told that first)."""
    if request.method != "POST":
        return None
    return refused_body() or refused_parts()


View = TypeVar("View", bound=Callable[..., Any])


def body_checked(view: View) -> View:
    """The upload's view, its body refused first (`multipart_only`) but inside the view, so under the API
    limit: a blueprint's `before_request` ran before the limit's count, so a client sending a wrong body
    in a loop was never limited (each 413 an audit entry), and those answers alone said nothing of where
    it stood (`RateLimit-*`), which the spec then could not promise (decision 0016, "Stop 67: api-108")."""

    @functools.wraps(view)
    def checked(*args: Any, **kwargs: Any) -> Any:
        # Reading the parts may raise RequestEntityTooLarge: the blueprint's `too_large` answers it.
        return multipart_only() or view(*args, **kwargs)

    return checked  # type: ignore[return-value]
