"""An upload's files stored as its principal sends them, and each one's outcome as the API answers it.

The API's upload (`hub.api.submissions`) and the upload page's form sent without upload.js
(`hub.web.upload_sent`) both store through this, so that a file is refused, audited and queued the same
way whichever sent it.
"""

from __future__ import annotations

from typing import Any

from flask import current_app
from werkzeug.datastructures import FileStorage

from hub.api.submission_shown import status_url
from hub.api.upload_parts import sent_name
from hub.api.upload_queue import KEPT, queue_all
from hub.extensions import db
from hub.services import submission_view, upload_sender, uploads
from hub.services.form_titles import titled
from hub.web.guard import principal


def sent_files(files: list[FileStorage], choice: dict[str, Any]) -> list[dict[str, Any]]:
    """Store the documents of this request's upload as its principal sends them (`choice`: the form's
    `municipality` or `agreement`, `UploadChoice`) and queue the new ones; each one's outcome as the API
    answers it (`UploadOut`'s files). The upload page's form sent without upload.js is stored by this
    too (`hub.web.upload_sent`), so that it is refused, audited and queued exactly as the API's is.
    Reading what it returns is each caller's to log, by what it shows of it (`note_items_shown`)."""
    who = principal()
    sender = upload_sender.sender_for(db.session, who, choice.get("municipality"), choice.get("agreement"))
    incoming = [uploads.Incoming(sent_name(f), f.read()) for f in files]
    limits = uploads.Limits.from_config(current_app.config)
    outcomes = uploads.upload(db.session, who, sender, incoming, limits, choice.get("corrects"))
    kept = queue_all(outcomes, who.actor)
    out = []
    for o in outcomes:
        # A duplicate's status told as the file sent now, as this answer's problems are (upload.js polls it).
        again = o.filename if o.outcome == "duplicate" else None
        url = status_url(o.submission_id, again) if o.submission_id is not None and o.followable else None
        sent_by = (sender.agreement_id, sender.municipality_code)
        problems = titled([p.to_dict() for p in o.problems], *sent_by)
        # A duplicate's items: each one's problems with its form's title too, as at a status URL.
        items = [{**i, "problems": titled([p.to_dict() for p in i["problems"]], *sent_by)} for i in o.items]
        note = KEPT if o.submission_id in kept else (None, None)
        out.append(
            {**vars(o), "status_url": url, "problems": problems, "message": note[0], "message_da": note[1]}
            | {"items": items}
        )
    if who.role == "company":
        # No CPR number reaches a company (DESIGN.md), not even in the names it sent: its list and each
        # status hide them wholly (`submission_view`), and so does this answer, a duplicate's note that
        # names the file first sent too.
        return [submission_view.shown(o, "none") for o in out]
    return out
