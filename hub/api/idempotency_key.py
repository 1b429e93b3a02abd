"""The upload's `Idempotency-Key` header as the API reads it: the key, the request's fingerprint, and a
kept answer sent again (`hub.services.idempotency` keeps them; decision 0016, "Stop 65: api-93")."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Callable
from typing import IO, Any, TypeVar

from flask import current_app, request
from flask_smorest import Blueprint
from marshmallow import Schema
from werkzeug.datastructures import FileStorage

from hub.api.following import follow_headers
from hub.api.problem_shapes import ErrorShape
from hub.errors import FieldProblem, HubError
from hub.extensions import db
from hub.services import idempotency, idempotency_keep, sealed_answer
from hub.web.guard import principal

HEADER = "Idempotency-Key"
Answered = tuple[dict[str, Any], int, dict[str, str]]  # a view's body, status and headers
# The draft's key is a Structured Field string (`"…"`); a bare one (`a1b2…`, as most clients send a
# UUID) is read too. Printable ASCII without spaces or quotes, as a key a program makes is.
_KEY = re.compile(r'"?([!#-~]{1,255})"?')

KEY_DOC = {
    "in": "header",
    "name": HEADER,
    "required": False,
    "description": "Any text of 1–255 printable ASCII characters (a UUID), new for each upload: the same "
    "key with the same files and form fields within `HUB_IDEMPOTENCY_KEY_HOURS` (24 by default) is "
    "answered the first answer again (status, body, `Location`), stored once; with other files or fields "
    "it is 422 `idempotency_key_reused`, and while the first is still being stored 409 "
    "`idempotency_key_in_use`. A key is the caller's party's own (a municipality's, a company's). An "
    "upload refused is not kept: the same key may be sent again. Without a key, the bytes are the key of "
    "each document, as always (`duplicate`). On SQLite, a first request whose process stalls longer than "
    "`HUB_IDEMPOTENCY_HOLD_SECONDS` (15 by default) without a word loses the key to a retry, as one that "
    "died does: the retry is answered as a new upload, each file the first had stored by then "
    "`duplicate` with the first's `submission_id` (one submission by its bytes, never two), and its "
    "answer is the key's from then on; the first's own answer, if its caller still waits, is sent but "
    "not kept",
    "schema": {"type": "string", "pattern": r'^"?[!#-~]{1,255}"?$', "example": "5f0c6a7e-2b7d-4c55-9d1a"},
}


IN_USE_HEADERS = {
    "Retry-After": {
        "description": "Seconds to wait before sending the same request again with the key",
        "required": True,
        "schema": {"type": "integer"},
    },
}


View = TypeVar("View", bound=Callable[..., Any])


def keyed(blp: Blueprint) -> Callable[[View], View]:
    """An operation that takes an `Idempotency-Key` (`answered_once`), as its spec says it: the header and
    the 409 of a key whose first request is still being stored. (Its 400 and 422 are said in the
    operation's own, beside the other reasons for them.)"""

    def documented(view: View) -> View:
        view = blp.doc(parameters=[KEY_DOC])(view)
        return blp.alt_response(
            409,
            schema=ErrorShape,
            description="The upload first sent with this `Idempotency-Key` is still being stored "
            "(`idempotency_key_in_use`): ask again after `Retry-After` seconds with the same key. A "
            "first request that died (its process gone) holds the key no longer than PostgreSQL takes "
            "to see its connection go, or on SQLite `HUB_IDEMPOTENCY_HOLD_SECONDS` (15 by default)",
            headers=IN_USE_HEADERS,
        )(view)

    return documented


class BadKey(HubError):
    """An `Idempotency-Key` that is no key: refused before anything is stored."""

    code = "bad_request"

    def to_dict(self) -> dict[str, Any]:
        """The refusal, naming the header."""
        data = super().to_dict()
        problem = FieldProblem(
            self.message, self.message_da, locator="header", locator_da="header", field=HEADER
        )
        data["problems"] = [problem.answer()]
        return data


def sent_key() -> str | None:
    """The request's key, or None when it sends none; `BadKey` when it is no key."""
    sent = request.headers.get(HEADER)
    if sent is None:
        return None
    found = _KEY.fullmatch(sent.strip())
    if found is None:
        raise BadKey(
            "an Idempotency-Key is 1 to 255 printable ASCII characters, without spaces (a UUID)",
            "en Idempotency-Key er 1 til 255 skrivbare ASCII-tegn, uden mellemrum (et UUID)",
        )
    return found.group(1)


def request_print(files: list[FileStorage]) -> bytes:
    """The request as the key must find it again: its form fields and its files, in order, each by its
    name and its bytes' SHA-256 (not the multipart body's bytes, whose boundary a client draws anew for
    each try). Its SHA-256 is the stored fingerprint; the answer's sealing key is drawn from it apart."""
    digests = []
    for part in files:
        digests.append([part.filename, _sha256(part.stream)])
        part.stream.seek(0)  # read again by the upload
    fields = sorted((name, value) for name, values in request.form.lists() for value in values)
    return json.dumps([fields, digests]).encode()


def _sha256(stream: IO[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(1 << 16), b""):
        digest.update(chunk)
    return digest.hexdigest()


def answered_once(
    files: list[FileStorage],
    shape: Schema,
    answer: Callable[[], Answered],
    shown_again: Callable[[dict[str, Any]], None],
) -> Any:
    """The upload's answer (`answer()`), or the kept one of its `Idempotency-Key`; `shape` is the
    answer's schema, by which the body is kept as it is sent, and `shown_again` logs the reads of a
    kept body sent again (its items name people, as the first answer's did)."""
    key = sent_key()
    if key is None:
        return answer()
    party = principal().party
    hours = int(current_app.config["IDEMPOTENCY_KEY_HOURS"])
    sent = request_print(files)
    secret = sealed_answer.answer_key(party, key, sent)
    held = int(current_app.config["IDEMPOTENCY_HOLD_SECONDS"])
    kept = idempotency.claim(db.session, party, key, hashlib.sha256(sent).hexdigest(), hours, held)
    if isinstance(kept, idempotency.Answer):
        body = sealed_answer.unseal(secret, kept.body)
        shown_again(body)
        return _again(kept, body)
    try:
        body, status, headers = answer()
    except BaseException:
        # The refusal is what the caller must hear: a key not let go (the database away) only answers a
        # retry 409 until the claim's hold is seen gone (`claim_holds`).
        with contextlib.suppress(Exception):
            idempotency.let_go(db.session, kept)
        kept.hold.release()
        raise
    # Kept sealed: the names of the files in it are the caller's to bring again (`sealed_answer`).
    shown = sealed_answer.seal(secret, current_app.json.loads(current_app.json.dumps(shape.dump(body))))
    # Not kept when this try's hold was lost and another try took the key over (`keep`): the caller
    # still hears this answer, true for this request; the key keeps the other's.
    idempotency_keep.keep(db.session, kept, idempotency.Answer(status, shown, headers.get("Location")))
    return body, status, headers


def _again(kept: idempotency.Answer, body: dict[str, Any]) -> Any:
    """The kept answer as it was sent: its body (already in its shape), status and `Location`, and the
    `Retry-After` its statuses asked for then."""
    followed = [f["status"] for f in body.get("files", []) if f.get("status_url") is not None]
    headers = follow_headers(followed)
    if kept.location is not None:
        headers["Location"] = kept.location
    response = current_app.json.response(body)  # as flask-smorest sent the first
    response.status_code = kept.status
    response.headers.update(headers)
    return response
