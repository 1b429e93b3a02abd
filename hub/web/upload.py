"""The upload page: many files or a zip at once, each with live progress and its result (upload.js)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from flask import Blueprint, render_template, session
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from markupsafe import Markup, escape

from hub.errors import FieldProblem, said_at
from hub.extensions import db
from hub.models import Submission
from hub.schemas.field_names import field_name
from hub.schemas.municipalities import municipality_name
from hub.services import form_titles, scope, submission_view, upload_sender
from hub.services.awaiting import WAITS_IN
from hub.services.submission_status import records_of
from hub.web import nav, upload_types
from hub.web.guard import principal, requires
from hub.web.paging import submissions_page
from hub.web.refusals import sentence
from hub.web.upload_senders import sent_as

bp = Blueprint("upload", __name__)
# The sender the form was sent as without upload.js ("Send som kommune", a company's agreement), kept
# for the page it comes back to (hub/web/upload_sent.py).
SENT_AS = "upload_sent_as"
nav.register("upload.index", _l("Upload"), "submissions:create")


def form_title(form_id: str, sent: Submission | None) -> str:
    """A form as its sender's adapter titles it ('Praktikaftale - virksomhedspraktik (JCB 2.1)'), not
    by the config's id, in the page's language; the id when the sender, its adapter or the form is not
    known (any more)."""
    if sent is None:
        return form_id
    lang = str(get_locale())
    return form_titles.form_title(form_id, sent.agreement_id, sent.municipality_code, lang)


@bp.app_template_filter("sent_name")
def sent_name(sent: Submission) -> str:
    """A submission's file name as this user may see it (`submission_view`)."""
    return str(submission_view.shown(sent.filename, submission_view.view_for(principal(), sent)))


@bp.app_template_filter("sent_status")
def sent_status(sent: Submission) -> str:
    """The key in `texts()` of the words a list of files sent shows for `sent`: `waiting` while it is
    held for a placement agreement another file may still bring (`hub.services.awaiting`: queued with
    `waiting_since`), which "Waiting in line" would hide; `unchanged` when it was accepted with no
    version of its own (its content repeats one stored before); else its status."""
    if sent.waiting_since is not None and sent.status in WAITS_IN:
        return "waiting"
    if sent.status == "accepted" and sent.unchanged_version_id:
        return "unchanged"
    return sent.status


@bp.app_template_filter("problem_text")
def problem_text(problem: dict[str, Any], sent: Submission | None = None) -> Markup:
    """A stored problem (`FieldProblem.to_dict`) as one line in the page's language: where, then why.
    Where is the document's own words (its file name, its form's title from the adapter of `sent`, a
    field's label as printed): `translate="no"`. Under the row of `sent`, which is titled by its file
    name, the file is not named again ("p.pdf: ikke en blanket fra …" under the row "p.pdf"); a zip's
    member, named otherwise than its row, still is."""
    row = ""
    if sent is not None:  # CPR-like text in a quoted value or a file name, as this user may see it
        problem = submission_view.shown(problem, submission_view.view_for(principal(), sent))
        row = sent_name(sent)
    known = {name: problem[name] for name in FieldProblem.__dataclass_fields__ if name in problem}
    found = replace(FieldProblem(**known), form=form_title(str(known.get("form") or ""), sent))
    if row and found.file == row:
        found = replace(found, file="")
    lang = str(get_locale())
    reason = found.reason_da if lang == "da" else found.reason_en
    item = (found.item_da or found.item) if lang == "da" else found.item
    locator = (found.locator_da or found.locator) if lang == "da" else found.locator
    # The document's own words (file name, form, where in it) are not to be translated; the field's
    # name is ours, in the page's language.
    where = " / ".join(p for p in (found.file, found.form, item, locator) if p)
    named = field_name(found.field, lang) if found.field else ""
    if said_at(locator, named):  # 'side 1, feltet "Deltager-id"' names it: said once
        named = ""
    if not where and not named:
        return quoted_as_is(sentence(reason))  # standing alone, it reads as a sentence (`hub.web.refusals`)
    why = quoted_as_is(reason)
    if not where:
        return Markup("{}: {}").format(named, why)
    if not named:
        return Markup('<span translate="no">{}</span>: {}').format(where, why)
    return Markup('<span translate="no">{}</span> / {}: {}').format(where, named, why)


# A value a reason quotes: the document's or its config's words ('32.08.2026', a printed title), never
# the hub's. An apostrophe inside a word ("the company's") opens no quote.
RECENT_PER_PAGE = 20  # files sent, a page of the upload page's list
_QUOTED = re.compile(r"(?<!\w)'([^'\n]+)'(?!\w)")


def quoted_as_is(reason: str) -> Markup:
    """A reason, escaped, with each quoted value marked `translate="no"`: a page in English quoting a
    Danish title is not Danish on an English page, and no translator should touch it."""
    parts, last = [], 0
    for found in _QUOTED.finditer(reason):
        parts.append(escape(reason[last : found.start()]))
        parts.append(Markup('<span translate="no">{}</span>').format(found.group(0)))
        last = found.end()
    parts.append(escape(reason[last:]))
    return Markup("").join(parts)


def texts(company: bool = False) -> dict[str, str]:
    """The words upload.js shows, in the page's language; a `company` sends no placements, so what
    its rejected file does not fit is the job centre's to put right."""
    return {
        "received": _("Received"),
        "queued": _("Waiting in line"),
        "waiting": _("Waiting for a placement agreement not yet read"),
        "processing": _("Being read"),
        "accepted": _("Accepted"),
        "partial": _("Partly accepted"),
        "rejected": _("Rejected"),
        "unchanged": _("Unchanged"),
        "failed": _("Failed on our side; the file is kept, and the hub's administrator can queue it again"),
        "refused": _("Not accepted"),
        "duplicate": _("Already received"),
        "uploading": _("Uploading"),
        "choose_files": _("Choose at least one file to send."),
        "send_again": _("Send a fixed file"),
        # A problem with what the hub holds, not with the file (`FieldProblem.outside_document`): once
        # that is put right, the same bytes are read again (`ingest` retries them), so nothing is to fix.
        "send_same": _("Send the file again"),
        # The file looks like another municipality's form (`FieldProblem.send_as`): "{name}" is its name.
        "send_as": _("Send the file as {name}"),
        "outside_file": _(
            "Nothing is wrong in the file itself: it does not fit the placements the hub holds. Ask the job "
            "centre to put that right, then send the same file again."
        )
        if company
        else _(
            "Nothing is wrong in the file itself: it does not fit what the hub holds (most often the "
            "citizen's placement agreement is not sent yet). Put that right, then send the same file again."
        ),
        # After the first problem said aloud: how many more the row lists ("(+1)" said nothing).
        "more_problem": _("and 1 more problem in the table"),
        "more_problems": _("and {n} more problems in the table"),
        "record": _("Record"),
        "same_as": _("The same content as"),
        "error": _("The upload failed"),
        "signed_out": _("You are no longer signed in, so the file was not sent."),
        "sign_in_again": _("Sign in again, then send it."),
        "signed_out_following": _(
            "You are no longer signed in. The file was received and is read all the same."
        ),
        "sign_in_to_follow": _("Sign in again to see how it ended."),
        "items": _("Rows and citizens in the file"),
        # Before an item's participant id, in a sentence's middle: "participant P-… (group 3)".
        "participant": _("participant"),
        "lists_updated": _("The lists on this page are up to date with the files sent."),
    } | (
        # A company's files are read as the hub's own form (config/company.toml: PDF or XLSX), so it is
        # not offered the municipalities' XML and CSV, which would only be refused after the upload.
        {
            "file_hint": _("Or drop the forms here: each as PDF or XLSX, or a zip of them."),
            "accept": ".pdf,.xlsx,.zip",
        }
        if company
        else upload_types.field(())  # every type; the upload page names its senders' (`index`)
    )


@bp.get("/upload")
@requires("submissions:create")
def index() -> str:
    """Pick files or a zip (or drop them); each file's progress, status and problems appear in a table."""
    who = principal()
    senders: list[tuple[str, str]] = []
    shown = texts(company=who.role == "company")
    if who.role == "company":
        senders = [(a.id, a.name) for a in scope.agreements(db.session, who)]
    else:
        codes = [who.municipality or "", *upload_sender.partners_led(db.session, who)]
        senders = [(c, f"{municipality_name(c).removesuffix(' Kommune')} ({c})") for c in codes]
        shown |= upload_types.field(codes)
    recent, pager = submissions_page(db.session, scope.submission_clause(who), RECENT_PER_PAGE)
    made = records_of(db.session, recent, scope.placement_clause(who))
    senders_of = sent_as(db.session, recent) if who.role == "lead" else None
    return render_template(
        "upload.html",
        senders=senders,
        recent=recent,
        pager=pager,
        made=made,
        senders_of=senders_of,
        texts=shown,
        role=who.role,
        chosen=session.pop(SENT_AS, None),
    )
