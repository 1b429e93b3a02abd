"""A JSON answer with one long list, written row by row: byte for byte what `jsonify` makes of the whole
object (flask-smorest dumps it with the view's schema, then `app.json.response`), without holding it.

The rows are dumped one at a time into a temporary file; the rest of the object (which may need counts
known only at the end, and sorts before the list: `complete` before `placements`) is dumped last with a
placeholder where the list goes, and the answer is that text with the file spliced in. A bearer-token
caller gets the ETag `hub.api.conditional` would give (the body's SHA-256, shortened), hashed from the
file rather than from a body in memory, and its 304.
"""

from __future__ import annotations

import hashlib
import itertools
import tempfile
import uuid
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from flask import Response, current_app, request
from marshmallow import Schema

from hub.api.common import Download
from hub.web.guard import bearer_sent

# The written rows are read back (to hash, to send) in pieces of this size.
CHUNK = 64 * 1024


class ListWriter:
    """The rows of one list, each dumped with `schema` as `jsonify` would dump it inside the list."""

    def __init__(self, schema: Schema) -> None:
        self.schema, self.count = schema, 0
        self.file: BinaryIO = tempfile.TemporaryFile()

    def write(self, row: dict[str, Any]) -> None:
        """Dump one row after the ones before it."""
        text = current_app.json.dumps(self.schema.dump(row), separators=(",", ":"))
        self.file.write((b"," if self.count else b"") + text.encode())
        self.count += 1


def compact() -> bool:
    """Whether `app.json.response` writes compact JSON (in debug mode, or with `compact = False`, it
    indents, and the rows could not be dumped on their own)."""
    setting = getattr(current_app.json, "compact", None)
    return not ((setting is None and current_app.debug) or setting is False)


def spliced(rest: dict[str, Any], key: str, rows: ListWriter) -> Response:
    """The answer: `rest` (already dumped with its schema) with the written rows as its `key`."""
    mark = uuid.uuid4().hex  # a string no dumped value can contain by chance
    text = current_app.json.dumps({**rest, key: mark}, separators=(",", ":"))
    before, after = text.split(f'"{mark}"')
    head, tail = (before + "[").encode(), ("]" + after + "\n").encode()
    size = rows.file.seek(0, 2)
    digest = hashlib.sha256(head)
    rows.file.seek(0)
    for piece in iter(lambda: rows.file.read(CHUNK), b""):
        digest.update(piece)
    digest.update(tail)
    body: Iterator[bytes] = itertools.chain((head,), Download(rows.file, CHUNK), (tail,))
    response = Response(body, mimetype="application/json")
    response.headers["Content-Length"] = str(len(head) + size + len(tail))
    if bearer_sent():
        # What `hub.api.conditional.tagged` does, which would read the whole body into memory to hash it.
        response.set_etag(digest.hexdigest()[:32])
        response.make_conditional(request)
    return response


def streamed(
    schema: type[Schema], key: str, fill: Callable[[Callable[[dict[str, Any]], None]], dict[str, Any]]
) -> Response | dict[str, Any]:
    """`fill(write_row)` writes the rows of `schema`'s list `key` and returns the rest of the object; the
    answer as one streamed body, or the whole object (for flask-smorest to dump) where the app indents."""
    if not compact():
        whole: list[dict[str, Any]] = []
        return {**fill(whole.append), key: whole}
    inner = schema().fields[key].inner  # type: ignore[attr-defined]  # a fields.List of a Nested
    rows = ListWriter(inner.schema)
    try:
        rest = fill(rows.write)
        return spliced(schema(exclude=(key,)).dump(rest), key, rows)
    except BaseException:
        rows.file.close()
        raise
