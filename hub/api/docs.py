"""The API's documentation page works offline: Swagger UI's files come from the `swagger-ui-bundle`
package, served by the hub itself, never from a CDN (the machine may have no network)."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, abort
from swagger_ui_bundle import swagger_ui_path

from hub.web.guard import requires

bp = Blueprint("api_docs_assets", __name__)
URL = "/api/docs/assets/"
# Only what flask-smorest's Swagger UI page loads; the package also holds maps and an index page.
ASSETS = frozenset({"swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js"})


@bp.route(URL + "<name>")
@requires("public")
def asset(name: str) -> Response:
    """One of Swagger UI's files."""
    if name not in ASSETS:
        abort(404)
    # Read whole rather than streamed from an open file: three small files, and no handle left open
    # when a client drops the response unread.
    data = (Path(swagger_ui_path) / name).read_bytes()
    kind = "text/css" if name.endswith(".css") else "text/javascript"
    return Response(data, mimetype=kind, headers={"Cache-Control": "public, max-age=86400"})
