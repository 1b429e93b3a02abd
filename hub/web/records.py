"""The record page: "where does this value come from" for every value of a canonical record."""

from __future__ import annotations

import io
import re
from typing import Any

from flask import Blueprint, render_template, request, send_file

from hub.errors import HubError
from hub.extensions import blobs, db
from hub.filenames import last_part
from hub.services import original_type, record_view, submission_view
from hub.web.guard import principal, requires

bp = Blueprint("records", __name__)
_NUMBER = re.compile(r"[0-9]{1,9}")
# The keys every record starts with (`hub.adapters.mapping.form.record_header`): the hub sets them from the
# form it recognised, its own format and the sender, and reads none of them in the file, so they have no
# provenance by design; "no provenance kept" beside "Kommune: Herlev" read as something lost.
SET_BY_HUB = frozenset({"form_type", "schema_version", "municipality_code"})


def _version() -> int | None:
    """`?version=`: a version number, or None (not given) for the current one."""
    text = request.args.get("version", "").strip()
    if not text:
        return None
    # Not `type=int`, which reads "x" as not given: the current version's values or file would then be
    # shown as the one asked for.
    if not _NUMBER.fullmatch(text):
        shown = text[:40]
        raise HubError(
            f"version must be a version number (1, 2, ...), not {shown!r}",
            f"version skal være et versionsnummer (1, 2, ...), ikke {shown!r}",
        )
    return int(text)


@bp.get("/records/<int:record_id>")
@requires("records:read")
def show(record_id: int) -> str:
    """A record's values, each with the file, locator, raw value and transforms it came from."""
    page = record_view.record_page(db.session, principal(), record_id, _version())
    # Which reading and config made the version is for those who check the hub (staff, the auditor); a
    # company's HR person read "Læst med hubbens læsning deb983e6704c …" as a fault code (stop 47).
    checker = principal().role != "company"
    return render_template("record.html", page=page, set_by_hub=SET_BY_HUB, show_made_with=checker)


@bp.get("/records/<int:record_id>/original")
@requires("records:read")
def original(record_id: int) -> Any:
    """The original document a version (`?version=`, else the current one) was read from, to those who
    may see it."""
    who = principal()
    found, sent = record_view.original(db.session, who, record_id, _version())
    # Read whole and checked against its hash (a relative blob folder would confuse send_file's paths).
    data = blobs.store.get(found.sha256)
    response = send_file(
        io.BytesIO(data),
        mimetype=found.media_type,
        as_attachment=True,
        # A zip's member: its own name, not the zip's path. Named as every page names the file to this
        # user: a company names its forms after an intern too, and its bytes hold no CPR but the name did.
        download_name=submission_view.shown(last_part(found.filename), submission_view.view_for(who, sent)),
    )
    # Set whole afterwards: send_file would add "; charset=utf-8" to any text/* type, a charset given too.
    response.headers["Content-Type"] = original_type.served_type(
        found, data, original_type.form_encoding(sent)
    )
    return response
