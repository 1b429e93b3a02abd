"""A submission as the API shows it (`hub.api.submissions`): where its status and its records are read,
its result as the caller may see it, and whether it names a person, whose read is logged."""

from __future__ import annotations

from typing import Any

from flask import url_for

from hub.datewords import note_text, reason_text
from hub.extensions import db
from hub.filenames import clean_path
from hub.models import Submission
from hub.pseudonyms import MASKED_WHOLLY, mask_cpr_like
from hub.services import corrections, scope, submission_view, uploads
from hub.services.form_titles import titled
from hub.services.submission_status import result_of
from hub.web.guard import principal
from hub.web.i18n import SHOWN_AS


def status_url(submission_id: int, sent_as: str | None = None) -> str:
    """Where a submission's status is read; `sent_as` the name its bytes were sent again under, a CPR
    number in it masked wholly (`XXXXXX-XXXX`, not even the birth date): a URL is written to access
    logs, proxies' and the case system's own, where no CPR number may go (a name like `0507789117.pdf`
    is how many a scanner files a form)."""
    shown = mask_cpr_like(sent_as, MASKED_WHOLLY) if sent_as else None
    # Whole, from the request (and a trusted proxy's `X-Forwarded-*`): a client follows it as it is.
    return url_for(
        "submissions_api.get_submission", submission_id=submission_id, sent_as=shown, _external=True
    )


def record_url(record_id: int) -> str:
    """The record's page for people (its values and where each came from), whole as `status_url` is."""
    return url_for("records.show", record_id=record_id, _external=True)


def record_api_url(record_id: int) -> str:
    """The record in the API, where the caller's token reads it as JSON, whole as `status_url` is."""
    return url_for("placements_api.get_record", record_id=record_id, _external=True)


def note_items_shown(shown: list[dict[str, Any]]) -> None:
    """Log the reads of an upload's answer as it is shown whole (`sent_files`' outcomes): a file sent
    again is answered with the items of the submission it repeats, as that submission's status shows
    them, and so is a read of personal data by a company as that status's is (`get_submission`). Once
    for each submission shown, however many of the files repeat it. Only what is shown: the upload
    form sent without upload.js says a repeat by its note alone (`hub.web.upload_sent`), and logs none."""
    for submission_id in dict.fromkeys(o["submission_id"] for o in shown if names_people(o)):
        subject = f"submission:{submission_id}"
        scope.note_read(db.session, principal(), "read.submission", subject, {"sent_again": True})


def names_people(shown: dict[str, Any]) -> bool:
    """Whether a submission as shown names a person: an item's participant id (pseudonymous, and so still
    personal data), whose read by a company is an audit entry as a placement's is (DESIGN.md). A status
    with no items yet, polled until it is final, names nobody and is not logged at every poll."""
    return any(item.get("participant") for item in shown["items"])


def show(row: Submission, sent_as: str | None = None) -> dict[str, Any]:
    """A submission's status and result as the caller may see it, each problem's form by its title too;
    `sent_as` the name its bytes were sent again under (a duplicate's)."""
    result = result_of(db.session, row)
    if sent_as:  # before the view masks them, so that the name given is masked as the stored one is
        name = clean_path(sent_as)  # as a sent name is kept: no path tricks, no bidi overrides
        result["problems"] = uploads.sent_as(result["problems"], row.filename, name)
        result["items"] = [
            {**i, "problems": uploads.sent_as(i["problems"], row.filename, name)} for i in result["items"]
        ]
    # Each problem's form by its title too, for people (upload.js): `form` stays the id.
    sender = (row.agreement_id, row.municipality_code)
    result["problems"] = titled(result["problems"], *sender)
    result["items"] = [{**i, "problems": titled(i["problems"], *sender)} for i in result["items"]]
    result = submission_view.shown(result, submission_view.view_for(principal(), row))
    versions = [
        {**v, "url": record_url(v["record_id"]), "api_url": record_api_url(v["record_id"])}
        for v in result["records"]
    ]
    linked = corrections.links_of(db.session, [row]).get(row.id, corrections.Links())
    return {
        **result,
        "records": versions,
        "status_url": status_url(row.id, sent_as),
        # The refused file's correction, and what an accepted one corrected (as the upload page says).
        "corrected_by": _linked(linked.corrected_by) if linked.corrected_by else None,
        "corrects": [_linked(earlier) for earlier in linked.corrects],
    }


def _linked(submission_id: int) -> dict[str, Any]:
    return {"id": submission_id, "status_url": status_url(submission_id)}


def in_language(shown: dict[str, Any], lang: str) -> dict[str, Any]:
    """`shown` (a status, or an upload's file) with each problem's reason and each notice in `lang` as a
    page says it (`reason_text`), and a duplicate's note (`note_text`), for the upload page (upload.js
    asks with `lang`): its live lines read as its list does after a reload, English dates and all."""
    locale = SHOWN_AS[lang]

    def told(problems: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**p, "reason_text": reason_text(p["reason_en"], p["reason_da"], locale)} for p in problems]

    items = [{**i, "problems": told(i["problems"])} for i in shown["items"]]
    out = {**shown, "problems": told(shown["problems"]), "items": items}
    if "notices" in shown:  # a status's: what was stored but should be known, its dates the page's too
        out["notices"] = [
            {**n, "text": reason_text(n["message"], n["message_da"], locale)} for n in shown["notices"]
        ]
    if shown.get("note_en"):
        out["note_text"] = note_text(shown["note_en"], shown["note_da"], locale)
    return out
