"""What every API module shares: pagination, ETags and files (the error shape: `hub.api.problem_shapes`;
periods: `hub.api.periods`).

Pagination is `?page=&per_page=` (1-based, at most `MAX_PER_PAGE`); the body carries `page`, `per_page`
and `total`, and the `Link` header (RFC 8288) names the first, previous, next and last pages, so a client
can follow it without counting. An ETag is a hash of the body as this caller sees it: two users who see
a record differently (full or masked CPR) get different tags.
"""

from __future__ import annotations

import hashlib
import json
import math
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO
from urllib.parse import urlencode

from flask import Response, request
from marshmallow import RAISE, Schema, fields, validate

from hub.pseudonyms import MASKED_WHOLLY, mask_cpr_like
from hub.web.query_once import once_each

MAX_PER_PAGE = 100
# Query arguments: `@blp.arguments(Schema, **QUERY)`. A parameter no operation takes is a 422 naming it,
# not ignored (webargs' default for the query): `?municipality=163` for `municipality_code` would
# otherwise answer every placement as if filtered. One given twice is a 422 too (`once_each`), not one of
# its values read and the other dropped.
QUERY: dict[str, Any] = {"location": "query", "unknown": RAISE, "validate": once_each}
# Ids in URLs: larger numbers are no URL of ours (404), rather than an overflow in SQLite's 64-bit integers.
ID = "int(max=9223372036854775807)"


class NoQuery(Schema):
    """No query arguments, for an operation that takes none (`@blp.arguments(NoQuery, **QUERY)`): one
    sent is a 422 naming it, as on every operation, not ignored (`?period=` on a record, `?municipality=`
    on an upload, whose choices are form fields)."""


class PageArgs(Schema):
    """`?page=&per_page=`: which page of a list."""

    page = fields.Integer(
        load_default=1,
        validate=validate.Range(min=1, max=1_000_000),
        metadata={
            "description": "1 is the first; a page past the last is 200 with no items, and its `Link` "
            "`prev` is the last page"
        },
    )
    per_page = fields.Integer(load_default=25, validate=validate.Range(min=1, max=MAX_PER_PAGE))


def until_id_arg(description: str) -> fields.Integer:
    """`?until_id=`: what holds a newest-first list still while it is paged (decision 0062, "Stop 49:
    api-51"): the newest number its first read held, which the `Link` header's pages carry
    (`page_links(pinned=...)`), so that rows arriving between pages neither repeat nor skip a row."""
    return fields.Integer(
        validate=validate.Range(min=1, max=9223372036854775807), metadata={"description": description}
    )


class PageOut(Schema):
    """Where a page lies in its list."""

    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    total = fields.Integer(required=True, metadata={"description": "Items in the whole list"})


def page_links(page: int, per_page: int, total: int, pinned: dict[str, Any] | None = None) -> str:
    """The `Link` header of one page: first, prev, next and last, keeping the request's other arguments
    and adding `pinned` (what holds the list still between pages, such as `until_id`)."""
    last = max(1, math.ceil(total / per_page))
    pinned = pinned or {}
    # A free-text argument may be sent a CPR number by mistake: the links carry it masked wholly, as
    # every error body does (`hub.web.problems`), not echoed into a header a gateway may log. (A filter
    # naming no agreement of the caller's, a CPR number too, is a 404 before any link: `list_filters`.)
    others = pinned | {
        mask_cpr_like(k, MASKED_WHOLLY): mask_cpr_like(v, MASKED_WHOLLY)
        for k, v in request.args.items()
        if k not in ("page", "per_page", *pinned)
    }

    def url(number: int) -> str:
        return f"<{request.base_url}?{urlencode({**others, 'page': number, 'per_page': per_page})}>"

    links = [f'{url(1)}; rel="first"']
    if page > 1:
        # Past the end (`page=99` of 6) the way back is the last page, not page 98, itself past the end: a
        # client that overshot follows `prev` to the last rows (decision 0016, "Stop 63: api-84").
        links.append(f'{url(min(page - 1, last))}; rel="prev"')
    if page < last:
        links.append(f'{url(page + 1)}; rel="next"')
    links.append(f'{url(last)}; rel="last"')
    return ", ".join(links)


LINK_HEADER = {
    "Link": {
        "description": "RFC 8288 links to the first, prev, next and last pages (`prev` of a page past the "
        "last is the last page)",
        "schema": {"type": "string"},
    }
}
ETAG_HEADER = {
    "ETag": {"description": "The representation's tag, for If-None-Match", "schema": {"type": "string"}}
}

# The request header that asks for a 304, as the spec declares it where an answer has an ETag.
IF_NONE_MATCH = {
    "in": "header",
    "name": "If-None-Match",
    "required": False,
    "description": "The ETag of the copy the client holds (with a bearer token): 304 without a body "
    "while it is current",
    "schema": {"type": "string"},
}


def etag_of(body: Any) -> str:
    """A strong ETag for a JSON body (its canonical serialisation's SHA-256, shortened)."""
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return '"' + hashlib.sha256(text.encode()).hexdigest()[:32] + '"'


def not_modified(tag: str) -> Response | None:
    """A 304 when the client's `If-None-Match` already names this tag, else None."""
    # If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" matches "x".
    if request.if_none_match.contains_weak(tag.strip('"')):
        return Response(status=304, headers={"ETag": tag})
    return None


FILE_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "xml": "application/xml",
    "csv": "text/csv",
    "zip": "application/zip",
}


class Download:
    """A finished temporary file as a response body, in pieces, closed when sent or dropped.

    Werkzeug's file wrapper leaves the file to its server to close; a client that drops the response
    unread would leave it to the garbage collector, with a warning. This closes it either way.
    """

    def __init__(self, stream: BinaryIO, size: int = 64 * 1024) -> None:
        self.stream, self.size = stream, size
        stream.seek(0)

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from iter(lambda: self.stream.read(self.size), b"")
        finally:
            self.close()

    def close(self) -> None:
        """Close (and so delete) the temporary file."""
        self.stream.close()

    def __del__(self) -> None:
        self.close()


@contextmanager
def download() -> Iterator[BinaryIO]:
    """A temporary file to make a download in; closed (and so gone) if making it fails."""
    out = tempfile.TemporaryFile()
    try:
        yield out
    except BaseException:
        out.close()
        raise


def file_response(stream: BinaryIO, name: str, ext: str, charset: str = "") -> Response:
    """A download of a finished temporary file, streamed and then closed. `charset`: the text file's own
    encoding (a claim in cp1252); without it Werkzeug would label any text/* file UTF-8."""
    length = stream.seek(0, 2)
    disposition = f'attachment; filename="{name}.{ext}"'
    headers = {"Content-Disposition": disposition, "Content-Length": str(length)}
    kind = f"{FILE_TYPES[ext]}; charset={charset}" if charset else FILE_TYPES[ext]
    return Response(Download(stream), content_type=kind, headers=headers, direct_passthrough=True)


def file_doc(*exts: str, shapes: dict[str, Any] | None = None) -> dict[str, Any]:
    """The OpenAPI content of a download of these types: binary, unless `shapes` gives a type's schema
    (the JSON export's fields)."""
    schemas = {ext: (shapes or {}).get(ext, {"type": "string", "format": "binary"}) for ext in exts}
    content = {FILE_TYPES[ext]: {"schema": schema} for ext, schema in schemas.items()}
    return {"content": content, "description": "The file, as a download", "headers": dict(DISPOSITION)}


# A download's header, in the spec: it also tells `hub.api.spec` that a JSON file is a file, not a read
# with an ETag (`hub.api.conditional` tags no file).
DISPOSITION = {
    "Content-Disposition": {
        "description": 'attachment; filename="…": the file\'s name to save it under',
        "schema": {"type": "string"},
    }
}
