"""The upload form sent as a plain form, without upload.js (JavaScript off, or the script did not load).

A GOV.UK-style page works without its script: the form posts to the page (`POST /upload`, its CSRF token
a hidden field), the files are stored by the API's own code (`hub.api.upload_stored.sent_files`, after the
API's own checks of the body and its parts), so that they are refused, audited, queued and found to be
the same bytes again exactly as the API's upload is, and the browser is sent back to the page it came
from (303) with what became of each file said there, in the page's language (flashed).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, request, session, url_for
from flask_babel import gettext as _
from marshmallow import fields
from webargs.flaskparser import parser
from werkzeug.datastructures import FileStorage
from werkzeug.wrappers import Response

from hub.api.upload_body import multipart_only
from hub.api.upload_shapes import UploadChoice, UploadFiles
from hub.api.upload_stored import sent_files
from hub.datewords import note_text
from hub.errors import HubError
from hub.web.guard import requires
from hub.web.i18n import locale, shown_as
from hub.web.refusals import sentence
from hub.web.targets import page_path
from hub.web.upload import SENT_AS
from hub.web.upload_lines import problem_text
from hub.web.upload_texts import texts

bp = Blueprint("upload_sent", __name__)
# Files said one by one on the page; the rest are counted (a flash lives in the session cookie, ~4 kB).
SAID_FILES = 10
# A refused file's reasons said in its line; the rest counted ("… (+2)").
SAID_REASONS = 2


class FormChoice(UploadChoice):
    """The form's fields besides its files: the API's choice of sender, and what only the page sends."""

    csrf_token = fields.String(load_only=True)  # checked by the guard before the view runs
    back = fields.String(load_only=True)  # the page the form is on (the upload page, or the company's)


@bp.post("/upload")
@requires("submissions:create")
def send() -> Response:
    """The upload form sent without upload.js: its files stored as the API stores them, and the browser
    sent back to the form's page (303: a reload there does not send the files again), where a message
    says what became of each file."""
    send_form()
    # The page comes back with the sender as chosen: it fell back to the first (the lead's own
    # municipality), so a file fixed after a refusal, or after "choose a file", went as that (stop 51).
    if sender := request.form.get("municipality") or request.form.get("agreement"):
        session[SENT_AS] = sender
    return redirect(back_to(), 303)


def back_to() -> str:
    """Where the browser goes after sending: the form's page when it is one of this site's, else the
    upload page."""
    return page_path(request.form.get("back")) or url_for("upload.index")


def send_form() -> None:
    """Store the form's files as the API does and flash what became of each; or flash why the upload
    was refused whole (nothing of it is stored)."""
    parts = request.files.getlist("files")
    if all(not p.filename for p in parts) and not any(peek(p) for p in parts):
        # Send pressed with no file chosen: the browser sends one empty part without a name. upload.js
        # says the same without sending anything, so this is no attempt to log.
        flash(texts()["choose_files"], "error")
        return
    refused = multipart_only()  # the API's own refusals of a body and its parts, audited as there
    if refused is not None:
        said(refused.get_json(), "error")
        return
    choice = parser.parse(FormChoice, request, location="form")
    files = parser.parse(UploadFiles, request, location="files")["files"]
    try:
        outcomes = sent_files(files, {k: v for k, v in choice.items() if k in UploadChoice().fields})
    except HubError as exc:
        if exc.status_code != 422:
            # Another party's municipality or agreement is not found (404), here as on every page.
            raise
        said(exc.to_dict(), "error")  # too many files, an unsafe zip, a sender chosen the wrong way
        return
    # No `note_items_shown`: a file sent again is said by its note (its name, the submission's number
    # and when it came), never by the items of the submission it repeats, so no one's data is read here.
    for outcome in outcomes[:SAID_FILES]:
        flash(file_line(outcome), "error" if outcome["outcome"] == "refused" else "success")
    if len(outcomes) > SAID_FILES:
        flash(
            _(
                "%(n)s more files were sent; the list below shows those received.",
                n=len(outcomes) - SAID_FILES,
            ),
            "success",
        )


def peek(part: FileStorage) -> bytes:
    """A part's first byte, its stream left where it was."""
    first = part.stream.read(1)
    part.stream.seek(0)
    return first


def said(body: dict[str, Any], category: str) -> None:
    """An upload refused whole, said in the page's language: the API's message, and that nothing is kept."""
    message = body["message_da"] if locale() == "da" else body["message"]
    flash(
        _("The upload was not accepted, and nothing of it was stored: %(why)s", why=sentence(message)),
        category,
    )


def file_line(outcome: dict[str, Any]) -> str:
    """One file of the upload as the page says it (an API answer's file, `sent_files`)."""
    name = outcome["filename"]
    if outcome["outcome"] == "duplicate":  # "x.csv: samme indhold som …, modtaget … som indsendelse 7"
        # The English keeps the API's ISO moment ("2026-12-06 07:12 CET"): written as the page's.
        return sentence(note_text(outcome["note_en"], outcome["note_da"], shown_as()))
    if outcome["outcome"] == "refused":
        problems = outcome["problems"]
        # Each reason at its locator, without the file's name again (the line begins with it).
        reasons = [
            str(problem_text({**p, "file": ""} if p.get("file") == name else p).striptags())
            for p in problems[:SAID_REASONS]
        ]
        more = f" (+{len(problems) - SAID_REASONS})" if len(problems) > SAID_REASONS else ""
        return _("%(name)s: not received: %(why)s", name=name, why=" ".join(reasons) + more)
    if outcome["message"]:  # kept while the job queue is down
        note = outcome["message_da"] if locale() == "da" else outcome["message"]
        return _("%(name)s: received; %(note)s.", name=name, note=note)
    if outcome["status"] == "queued":
        return _("%(name)s: received and waiting in line to be read.", name=name)
    status = texts().get(outcome["status"], outcome["status"])
    return _("%(name)s: received; status: %(status)s.", name=name, status=status)
