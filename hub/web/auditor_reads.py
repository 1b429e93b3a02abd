"""The auditor's page of the reads of its municipality's citizens' data (`services.auditor_reads`): who
read what and when, newest first, a page at a time, read-only. Each view of it is itself an entry
(`read.audit_log`, `as` "auditor_reads"), as a view of the municipality's own log is (decision 0062,
"Stop 74: page-136")."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_babel import lazy_gettext as _l

from hub.extensions import db
from hub.services import audit_log_reads, auditor_reads
from hub.web import nav
from hub.web.audit_detail import detail_words
from hub.web.audit_log import PER_PAGE, held_page
from hub.web.audit_words import action_words
from hub.web.guard import principal, requires

bp = Blueprint("auditor_reads", __name__)
nav.register("auditor_reads.index", _l("Reads of personal data"), "audit_reads:read")


@bp.get("/audit/reads")
@requires("audit_reads:read")
def index() -> str:
    """The reads of the auditor's municipality's citizens' data in its period, newest first."""
    who = principal()
    wanted = auditor_reads.wanted(who)
    # Held still as the log's pages are (`held_page`): this view is itself an entry, though no read of a
    # citizen, and a later read by another user must not shift the pages under the auditor.
    reads, pager = held_page(
        wanted, "reads", lambda held, page: auditor_reads.page_of(db.session, held, page, PER_PAGE)
    )
    shown = [(read, action_words(read.entry.action), detail_words(read.detail)) for read in reads]
    audit_log_reads.note_read(db.session, who, "auditor_reads", wanted, len(reads), page=pager.page)
    return render_template("auditor_reads.html", reads=shown, pager=pager)
