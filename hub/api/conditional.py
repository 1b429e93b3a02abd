"""Conditional reads for programs: every JSON answer a token holder reads carries an ETag, and a request
whose `If-None-Match` names it is answered 304 with no body.

A case system polls a submission's status until it is final, and reads the placements again each night:
with the tag it is told "unchanged" in a few bytes. The tag is a hash of the body as this caller was
sent it (as a record's own, `hub.api.placements`), so two parties that see a placement differently have
different tags. Only for a bearer token: a person's browser keeps no copy of what it is sent
(`no-store`, `hub.web.headers`), and an ETag would make it `private, no-cache`, kept on the disk of a
shared office machine. A view that tags its own answer (a record, whose 304 is an audit entry marked
`not_modified`) keeps its own; files are not tagged (they are streamed, and each download is logged).
"""

from __future__ import annotations

import hashlib

from flask import Flask, Response, request

from hub.web.guard import bearer_sent


def tagged(response: Response) -> Response:
    """The answer with its ETag, or 304 when the caller's `If-None-Match` already names it."""
    if (
        request.method not in ("GET", "HEAD")
        or response.status_code != 200
        or response.mimetype != "application/json"
        or response.direct_passthrough  # a file, streamed
        or "ETag" in response.headers
        or not bearer_sent()
    ):
        return response
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
    response.make_conditional(request)  # in place: 304 and no body when the tag is current
    return response


# The spec's own view (flask-smorest's): the same for every caller, and unchanged until the hub's code is.
SPEC_ENDPOINT = "api-docs.openapi_json"


def spec_tagged(response: Response) -> Response:
    """The spec with an ETag of its bytes, or 304 when `If-None-Match` names it. A client generated from
    it, or one checking it at each start, read 240 KB every time to learn it had not changed.

    Public and `no-cache`: it names no one, so any cache may keep it, and asks again each time, as a new
    release changes it (the tag is of the bytes, which are the same in every process: no set's order in
    them). `hub.web.headers` leaves a public answer's `Cache-Control` as it is."""
    if response.status_code != 200:
        return response
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
    response.headers["Cache-Control"] = "public, no-cache"
    response.make_conditional(request)
    return response


def init_app(app: Flask, blueprints: set[str]) -> None:
    """Tag the JSON answers of these blueprints, and the spec (registered after `hub.web.headers`, so it
    runs first and the headers see the tag: `private, no-cache`)."""

    def conditional(response: Response) -> Response:
        if request.endpoint == SPEC_ENDPOINT:
            return spec_tagged(response)
        return tagged(response) if request.blueprint in blueprints else response

    app.after_request(conditional)
