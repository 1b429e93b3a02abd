"""The shapes of an upload to the submissions API (`POST /api/submissions`, `hub.api.submissions`; the
upload page sends the same form fields): the multipart body, whom it is sent as, and what became of each
document. A submission as its sender follows it afterwards is `submission_shapes`'."""

from __future__ import annotations

from flask_smorest.fields import Upload
from marshmallow import Schema, fields

from hub.api.following import WHOLE_URL
from hub.api.problem_shapes import Problem
from hub.api.submission_shapes import ItemOut, page_lang


class UploadChoice(Schema):
    """Whom the documents are sent as, when the user may send as more than one party (form fields)."""

    municipality = fields.String(
        metadata={
            "description": "Staff: the municipality's code, a lead's partner's (default: the user's own); "
            "a company sending it is refused (422)"
        }
    )
    agreement = fields.String(
        metadata={
            "description": "A company: the agreement (default: its only one); staff sending it is "
            "refused (422)"
        }
    )
    corrects = fields.Integer(
        metadata={
            "description": "The id of a rejected submission of the same sender that this one file is the "
            'fixed version of (the upload page\'s "Send a fixed file" sends it): once accepted, it is that '
            "submission's `corrected_by`, and its `corrects` names that one alone. Only with one document (a "
            "zip of one document counts as that document; a zip of several, or several files, is 422); "
            "another sender's, or one not rejected, is refused (422). Left out, a correction is linked by "
            "form, CPR and P-number as `corrected_by` describes"
        }
    )
    lang = page_lang(
        "each problem then carries `reason_text` and a duplicate `note_text`, in that language as the "
        "hub's pages write them"
    )


class UploadFiles(UploadChoice):
    """The multipart body: the documents (each a PDF, XML, XLSX or CSV form, or a zip of them) and the
    choice of sender. flask-smorest documents one body, so this one names the form fields too; they are
    read from the form by `UploadChoice`."""

    files = fields.List(
        Upload(),
        required=True,
        metadata={
            "description": "One part per file, each named `files` and with a `filename`; a file part "
            "under any other name (`file`) is refused whole with a 422 naming it, never ignored"
        },
    )


class FileOut(Schema):
    """What became of one uploaded document."""

    filename = fields.String(required=True)
    outcome = fields.String(required=True, metadata={"description": "received, duplicate or refused"})
    submission_id = fields.Integer(allow_none=True)
    status = fields.String(allow_none=True)
    status_url = fields.String(
        allow_none=True,
        metadata={
            "description": "Where to follow the submission; null for a refused file, or for bytes another"
            " user already sent for the same party (`note_en` says so; `status` is its status now). A"
            " duplicate's carries `sent_as`, so that its problems name the file sent now there too (a CPR"
            " number in the name masked, `XXXXXX-XXXX`: no URL carries one)." + WHOLE_URL
        },
    )
    problems = fields.List(fields.Nested(Problem), required=True)
    note_en = fields.String(
        allow_none=True, metadata={"description": "A duplicate: the earlier file and when it came in"}
    )
    note_da = fields.String(allow_none=True, metadata={"description": "The same, in Danish"})
    note_text = fields.String(
        metadata={
            "description": "Only when sent with `lang`: the note in that language as the hub's pages write "
            "it (6 Dec 2026, 07:12; 6. dec. 2026 kl. 07.12). Left out otherwise"
        }
    )
    items = fields.List(
        fields.Nested(ItemOut),
        required=True,
        metadata={
            "description": "A duplicate of a document of several records: the earlier submission's items,"
            " each one's problems naming the file sent now; empty otherwise (the status URL gives them)"
        },
    )
    message = fields.String(
        allow_none=True,
        metadata={
            "description": "A note for the user, when there is one: kept, processed when the queue is back"
        },
    )
    message_da = fields.String(allow_none=True, metadata={"description": "The note in Danish"})


class UploadOut(Schema):
    """Every document of the upload, in the order received (zip members in the zip's order)."""

    files = fields.List(fields.Nested(FileOut), required=True)
