"""The auditor's page of the reads of its municipality's citizens' data (`services.auditor_reads`): who
read what and when, newest first, a page at a time, read-only. Each view of it is itself an entry
(`read.audit_log`, `as` "auditor_reads"), as a view of the municipality's own log is (decision 0062,
"Stop 74: page-136")."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, render_template
from flask_babel import lazy_gettext as _l

from hub.extensions import db
from hub.services import audit_log_reads, auditor_reads
from hub.services.audit_list import newest_id
from hub.web import nav
from hub.web.audit_detail import detail_words
from hub.web.audit_log_asked import until_id
from hub.web.audit_words import action_words
from hub.web.guard import principal, requires
from hub.web.paging import requested_page, within

bp = Blueprint("auditor_reads", __name__)
nav.register("auditor_reads.index", _l("Reads of personal data"), "audit_reads:read")
PER_PAGE = 50


@bp.get("/audit/reads")
@requires("audit_reads:read")
def index() -> str:
    """The reads of the auditor's municipality's citizens' data in its period, newest first."""
    who, number = principal(), requested_page()
    wanted = auditor_reads.wanted(who)
    # Held still at the newest read the first page saw: this view is itself an entry (not a `read.` of a
    # citizen, so not on the page, but the pages must not shift under a later read of another user).
    until = until_id() or newest_id(db.session, wanted)
    held = replace(wanted, until_id=until)
    reads, total = auditor_reads.page_of(db.session, held, number, PER_PAGE)
    pinned = (("until_id", until),) if until else ()
    pager = within(number, PER_PAGE, total, list_id="reads", pinned=pinned)
    if pager.page != number:
        reads, total = auditor_reads.page_of(db.session, held, pager.page, PER_PAGE)
    shown = [(read, action_words(read.entry.action), detail_words(read.detail)) for read in reads]
    audit_log_reads.note_read(db.session, who, "auditor_reads", wanted, len(reads), page=pager.page)
    return render_template("auditor_reads.html", reads=shown, pager=pager, total=total)
