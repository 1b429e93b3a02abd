"""The record page: "where does this value come from" for every value of a canonical record."""

from __future__ import annotations

import io
from typing import Any

from flask import Blueprint, render_template, request, send_file

from hub.extensions import blobs, db
from hub.filenames import last_part
from hub.services import record_view
from hub.web.guard import principal, requires

bp = Blueprint("records", __name__)


@bp.get("/records/<int:record_id>")
@requires("records:read")
def show(record_id: int) -> str:
    """A record's values, each with the file, locator, raw value and transforms it came from."""
    version = request.args.get("version", type=int)
    page = record_view.record_page(db.session, principal(), record_id, version)
    return render_template("record.html", page=page)


@bp.get("/records/<int:record_id>/original")
@requires("records:read")
def original(record_id: int) -> Any:
    """The original document a version (`?version=`, else the current one) was read from, to those who
    may see it."""
    version = request.args.get("version", type=int)
    found = record_view.original(db.session, principal(), record_id, version)
    # Read whole and checked against its hash (a relative blob folder would confuse send_file's paths).
    return send_file(
        io.BytesIO(blobs.store.get(found.sha256)),
        mimetype=found.media_type,
        as_attachment=True,
        download_name=last_part(found.filename),  # a zip's member: its own name, not the zip's path
    )
