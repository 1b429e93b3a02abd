"""A municipality's own audit-log page: the entries about its citizens, their placements, documents, claims
and bundles, for its staff (lead and partner), who are data controllers for them: who (a company's user, an
auditor, their own staff) read or changed their citizens' data, and when, without opening a bundle.

The operator's page's code (`audit_log`), at an address of the municipality's own: the same filters, the
same pinned pages and udtræk, scoped in the query to the reader's municipality (`audit_scope`; decision
0062, "Stop 70: page-116"). Each read of it is an entry too (`read.audit_log`).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint
from flask_babel import lazy_gettext as _l

from hub.web import nav
from hub.web.audit_log import Where, listed, udtraek_of
from hub.web.guard import requires
from hub.web.head_refusal import made_when_asked

bp = Blueprint("own_audit_log", __name__)
nav.register("own_audit_log.index", _l("Audit log"), "audit_log:own")
OWN = Where("own_audit_log.index", "own_audit_log.udtraek")


@bp.get("/audit-log")
@requires("audit_log:own")
def index() -> tuple[str, int]:
    """The entries about the municipality's citizens that match, newest first, a page at a time."""
    return listed(OWN)


@bp.get("/audit-log/udtraek.csv")
@requires("audit_log:own")
@made_when_asked
def udtraek() -> Any:
    """The municipality's entries that match (the newest 100,000) as CSV for Danish Excel."""
    return udtraek_of(OWN)
