"""Every page of the app (GET, not under `/api/`) with its URL for each role that may open it.

For the Danish-first and accessibility tests. The pages come from the app's URL map, never from a list;
their URLs and roles come from the access matrix (`tests/web/matrix_*.py`), which every endpoint must
have: a page is opened by each role its entry lets see it (200 on its own party), with the URL arguments
of that role's own objects in the demo copy (`targets`). Public pages are opened by every role.

    from web_pages import matrix_app, pages, targets   # the fixtures come along with the names
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from flask import Flask

WEB = Path(__file__).resolve().parent / "web"
# The matrix modules live in tests/web, which pytest puts on the path only once it collects that folder.
if str(WEB) not in sys.path:
    sys.path.insert(0, str(WEB))

from matrix import OWN_AND_OTHER, Target  # noqa: E402
from test_access_matrix import ENTRIES, LIBRARY, matrix_app, targets  # noqa: E402

__all__ = ["Page", "matrix_app", "pages", "targets"]


@dataclass(frozen=True)
class Page:
    """One page to open: its endpoint, the user who opens it, and its URL."""

    endpoint: str
    username: str
    url: str


def pages(app: Flask, targets: dict[str, Target], role: str) -> list[Page]:
    """The pages `role` may open, from the URL map; fails on a page without a matrix entry."""
    found, missing = [], []
    username = OWN_AND_OTHER[role][0]
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if "GET" not in (rule.methods or set()) or rule.rule.startswith("/api/") or rule.endpoint in LIBRARY:
            continue
        item = ENTRIES.get((rule.endpoint, "GET"))
        if item is None:
            missing.append(rule.endpoint)
        elif item.page and item.ok == 200 and (not item.roles or role in item.roles):
            found.append(Page(rule.endpoint, username, item.path(targets[username])))
    assert not missing, f"pages without an access-matrix entry: {missing}"
    return found
