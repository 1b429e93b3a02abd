"""The upload page: many files or a zip at once, each with live progress and its result (upload.js)."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, session, url_for
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from werkzeug.wrappers import Response

from hub.extensions import db
from hub.schemas.municipalities import municipality_name
from hub.services import corrections, made_records, scope, upload_sender
from hub.services.submission_status import place_of, records_of
from hub.web import nav, upload_filter, upload_types
from hub.web.guard import principal, requires
from hub.web.paging import submissions_page
from hub.web.upload_lines import FOLDED_FROM, made_name, problem_text, sent_name, sent_status
from hub.web.upload_senders import sent_as, sent_by_lead
from hub.web.upload_texts import texts

bp = Blueprint("upload", __name__)
# The sender the form was sent as without upload.js ("Send som kommune", a company's agreement), kept
# for the page it comes back to (hub/web/upload_sent.py).
SENT_AS = "upload_sent_as"
nav.register("upload.index", _l("Upload"), "submissions:create")


RECENT_PER_PAGE = 20  # files sent, a page of the upload page's list
# A submission's name, status and problems as the page's templates say them (`upload_lines`).
bp.add_app_template_filter(sent_name, "sent_name")
bp.add_app_template_filter(sent_status, "sent_status")
bp.add_app_template_filter(problem_text, "problem_text")
bp.add_app_template_filter(made_name, "made_name")


@bp.get("/upload")
@requires("submissions:create")
def index() -> str | Response:
    """Pick files or a zip (or drop them); each file's progress, status and problems appear in a table."""
    if cleaner := upload_filter.without_empty():
        return redirect(cleaner)
    who = principal()
    senders: list[tuple[str, str]] = []
    shown = texts(company=who.role == "company", lead=who.role == "lead")
    if who.role == "company":
        senders = [(a.id, a.name) for a in scope.agreements(db.session, who)]
    else:
        codes = [who.municipality or "", *upload_sender.partners_led(db.session, who)]
        senders = [(c, f"{municipality_name(c).removesuffix(' Kommune')} ({c})") for c in codes]
        shown |= upload_types.field(codes)
    scoped = scope.submission_clause(who)
    # Narrowed by what a caseworker remembers of a file (`upload_filter`): name, form, status, month.
    months = upload_filter.recent_months()
    wanted = upload_filter.asked(months)
    recent, pager = submissions_page(db.session, scoped & upload_filter.clause(who, wanted), RECENT_PER_PAGE)
    made = records_of(db.session, recent, scope.placement_clause(who))
    senders_of = sent_as(db.session, recent) if who.role == "lead" else None
    by_lead = sent_by_lead(db.session, recent) if who.role == "municipality" else set()
    named = made_records.grouped(db.session, made)
    # Each record is named by its intern and participant id (`made_records`): a company's read of them is
    # an audit entry, as the API's list of the same submissions is (`read.submissions`, DESIGN.md).
    if listed := [s.id for s in recent if named.get(s.id)]:
        detail = {"submissions": listed, "page": pager.page}
        scope.note_read(db.session, who, "read.submissions", "submissions", detail)
    return render_template(
        "upload.html",
        senders=senders,
        recent=recent,
        pager=pager,
        wanted=wanted,
        months=months,
        statuses=upload_filter.SHOWN_STATES,
        forms=upload_filter.form_choices(db.session, scoped, str(get_locale())),
        made=named,
        folded_from=FOLDED_FROM,
        corrected=corrections.links_of(db.session, recent),
        senders_of=senders_of,
        by_lead=by_lead,
        texts=shown,
        role=who.role,
        chosen=session.pop(SENT_AS, None),
    )


@bp.get("/upload/sent/<int:submission_id>")
@requires("submissions:create")
def sent(submission_id: int) -> Response:
    """A submission's line in the list of files sent, on the page of the list that holds it: a refused
    file's "Corrected by submission 413" led to the list's first page (`#submission-413`), where an
    older line, or a newer one once more files had come, was not (stop 59)."""
    who = principal()
    row = scope.submission(db.session, who, submission_id)
    page = place_of(db.session, scope.submission_clause(who), row) // RECENT_PER_PAGE + 1
    target = url_for("upload.index", page=page if page > 1 else None, _anchor=f"submission-{row.id}")
    return redirect(target, 303)
