"""The words upload.js shows on the upload page and the company's page, in the page's language: each
status of a file sent, each refusal's advice and each live line, handed to the script as JSON.
"""

from __future__ import annotations

from flask import url_for
from flask_babel import gettext as _

from hub.web import upload_types


def texts(company: bool = False, lead: bool = False) -> dict[str, str]:
    """The words upload.js shows, in the page's language; a `company` sends no placements, so what
    its rejected file does not fit is the job centre's to put right; a `lead` is the one a partner asks
    whether the hub is to read a municipality's forms, and asks the hub's administrator in turn."""
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
        "refused": _("Not received"),
        "duplicate": _("Already received"),
        "uploading": _("Uploading"),
        "choose_files": _("Choose at least one file to send."),
        "send_again": _("Send a fixed file"),
        # A problem with what the hub holds, not with the file (`FieldProblem.outside_document`): once
        # that is put right, the same bytes are read again (`ingest` retries them), so nothing is to fix.
        "send_same": _("Send the file again"),
        # The file looks like another municipality's form (`FieldProblem.send_as`): "{name}" is its name.
        "send_as": _("Send the file as {name}"),
        # Several rows refused only for being partners' forms: each sent as its own (upload.js `offerAllAs`).
        "send_all_as": _("Send the {n} files, each as the municipality whose form it looks like"),
        # Said in the live region once the button above stands, after the rows' own lines: a screen reader
        # heard each row's suggestion but not that one press sends them all (page-110). "{button}": its name.
        "all_as_offered": _('The button "{button}", below the list of files, sends them all with one press.'),
        # Whose form the file looks like, said as what it is, after the faults and not counted among them.
        "suggestion": _("Suggestion: {text}"),
        "outside_file": _(
            "Nothing is wrong in the file itself: it does not fit the placements the hub holds. Ask the job "
            "centre to put that right, then send the same file again."
        )
        if company
        else _(
            "Nothing is wrong in the file itself: it does not fit what the hub holds (most often the "
            "citizen's placement agreement is not sent yet). Put that right, then send the same file again."
        ),
        # The hub's own config for the form is unfinished (`FieldProblem.config_unfinished`): who puts it
        # right, and that the same file then goes again.
        "config_unfinished": _(
            "Nothing is wrong in the file itself: the hub's set-up for this form is not finished. The hub's "
            "administrator must complete it, then send the same file again."
        ),
        # The file looks like the form of a municipality the sender has no agreement to send for
        # (`FieldProblem.belongs_elsewhere`): nothing in it is to fix, so no "Send a fixed file".
        "belongs_elsewhere": _(
            "Nothing in the file is to fix: it is another municipality's form, which you have no agreement "
            "to send. Give it to that municipality's job centre or, if you chose the wrong file, send the "
            "right one with the field above."
        ),
        # No form of any municipality the hub reads fits the file (`FieldProblem.read_nowhere`): most
        # likely one the hub has no set-up for, so nothing in it is the sender's to fix (stop 65).
        "read_nowhere": _(
            "None of the forms the hub reads fits the file: the hub does not read this municipality's forms "
            "(yet), so nothing in it is yours to fix. The hub's administrator sets up the forms the hub "
            "reads: ask them if it is to read these. If the file should be one of your own forms, check that "
            "it is the right one and send it with the field above."
        )
        if lead  # "Ask the lead job centre" sent the lead to itself (walk-107)
        else _(
            "None of the forms the hub reads fits the file: the hub does not read this municipality's forms "
            "(yet), so nothing in it is yours to fix. Ask the lead job centre whether the hub is to read "
            "them. If the file should be one of your own forms, check that it is the right one and send it "
            "with the field above."
        ),
        # After the first problem said aloud: how many more the row lists ("(+1)" said nothing).
        "more_problem": _("and 1 more problem in the table"),
        "more_problems": _("and {n} more problems in the table"),
        "record": _("Record"),
        "same_as": _("The same content as"),
        "error": _("The upload failed"),
        # A 409: the file's first sending (the same `Idempotency-Key`) is still being stored, and a proxy
        # dropped the wait (`Retry-After`) the page would have waited. The API's words ("ask again with
        # the same key in 2 s") are a client's; the button sends the same request again (stop 67).
        "still_stored": _(
            "The hub is still storing this file from its first sending, so it was not stored twice. Wait a "
            'moment and press "{again}": the page then shows what became of the first sending.'
        ),
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
        # A refused file sent again whose form was corrected since, and a corrected one: as the list says
        # it (`corrections`), "{n}" the other submission's number, linked to its line (`sent`).
        "corrected_by": _("Corrected by submission %(num)s", num="{n}"),
        "corrects": _("Corrects submission %(num)s", num="{n}"),
        "sent_url": url_for("upload.sent", submission_id=0).removesuffix("0"),
    } | (
        # A company's files are read as the hub's own form (config/company.toml: PDF or XLSX), so it is
        # not offered the municipalities' XML and CSV, which would only be refused after the upload.
        {
            "file_hint": _("Or drop the forms here: each as PDF or XLSX, or a zip of them."),
            "accept": upload_types.accept(("pdf", "xlsx")),
        }
        if company
        else upload_types.field(())  # every type; the upload page names its senders' (`index`)
    )
