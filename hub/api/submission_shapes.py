"""The shapes of the submissions API (`hub.api.submissions`): the upload's body and answer, and a
submission as its sender follows it. Kept apart from the views, which are about what happens."""

from __future__ import annotations

from flask_smorest.fields import Upload
from marshmallow import Schema, fields, validate

from hub.api.common import PageArgs, PageOut, until_id_arg
from hub.api.placement_shapes import MunicipalityCodeArg
from hub.api.problem_shapes import Problem
from hub.models import CHANNELS


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
            " number in the name masked, `XXXXXX-XXXX`: no URL carries one)"
        },
    )
    problems = fields.List(fields.Nested(Problem), required=True)
    note_en = fields.String(
        allow_none=True, metadata={"description": "A duplicate: the earlier file and when it came in"}
    )
    note_da = fields.String(allow_none=True, metadata={"description": "The same, in Danish"})
    items = fields.List(
        fields.Nested("ItemOut"),
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


class ItemOut(Schema):
    """One record of a document that holds several (a row, a citizen of an export)."""

    position = fields.Integer(required=True)
    label = fields.String(required=True)
    label_da = fields.String(required=True)
    status = fields.String(required=True)
    problems = fields.List(fields.Nested(Problem), required=True)
    record_id = fields.Integer(allow_none=True)
    version = fields.Integer(allow_none=True)
    participant = fields.String(
        allow_none=True,
        metadata={
            "description": "The stored record's pseudonymous participant id; null when none was stored"
        },
    )


class StoredVersionOut(Schema):
    """A record version the submission made, or the one its content repeats."""

    record_id = fields.Integer(required=True)
    version = fields.Integer(required=True)
    url = fields.String(
        required=True,
        metadata={
            "description": "The record's page for people (HTML, for a browser signed in; a token does not "
            "open it): its values, where each came from, its versions"
        },
    )
    api_url = fields.String(
        required=True,
        metadata={
            "description": "The record in this API (`GET /api/records/{id}`): every version with its "
            "provenance, as JSON, for the same token"
        },
    )
    unchanged = fields.Boolean(
        required=True,
        metadata={
            "description": "True: the document's content is that of this version, stored before from "
            "another file, so it made no version of its own (the status is still accepted)"
        },
    )


class NoticeOut(Schema):
    """Something the sender should know of what was stored, though nothing in it was wrong."""

    code = fields.String(required=True, metadata={"description": "site_overbooked: a site past its places"})
    message = fields.String(required=True, metadata={"description": "In English"})
    message_da = fields.String(required=True, metadata={"description": "In Danish"})


class SubmissionOut(Schema):
    """One submission: its status and, when processed, its result."""

    id = fields.Integer(required=True)
    filename = fields.String(required=True)
    status = fields.String(
        required=True,
        metadata={
            "description": "received, queued, processing, accepted, partial, rejected, failed (the hub "
            "failed reading it, nothing is wrong with the file: it is kept, and read again when the hub's "
            "administrator queues it again; send nothing)"
        },
    )
    final = fields.Boolean(required=True, metadata={"description": "Whether the status will not change"})
    waiting_since = fields.DateTime(
        allow_none=True,
        metadata={
            "description": "Set while the status is queued or received because a follow-up form waits "
            "for its placement, which another submission of the sender not yet read may bring: since when "
            "(it is tried again when that one is stored, and for the last time an hour after this); null "
            "otherwise"
        },
    )
    channel = fields.String(
        required=True,
        validate=validate.OneOf(list(CHANNELS)),
        metadata={"description": "How it came in: " + "; ".join(f"{k}: {v}" for k, v in CHANNELS.items())},
    )
    municipality = fields.String(allow_none=True)
    agreement = fields.String(allow_none=True)
    form_id = fields.String(allow_none=True)
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)
    status_url = fields.String(required=True)
    problems = fields.List(fields.Nested(Problem), required=True)
    items = fields.List(fields.Nested(ItemOut), required=True)
    records = fields.List(fields.Nested(StoredVersionOut), required=True)
    notices = fields.List(
        fields.Nested(NoticeOut),
        required=True,
        metadata={"description": "Once stored: what the sender should know, such as a site past its places"},
    )


class SubmissionPage(PageOut):
    """A page of submissions, newest first."""

    submissions = fields.List(fields.Nested(SubmissionOut), required=True)


class StatusArgs(Schema):
    """`?sent_as=`: the name the caller sent the submission's bytes under, when it sent them again."""

    sent_as = fields.String(
        validate=validate.Length(min=1, max=1000),
        metadata={
            "description": "The name the same bytes were sent again under (a duplicate's `status_url` "
            "carries it): each problem naming the file first sent names this one, as the upload's answer "
            "did; `filename` stays the name the submission was stored under"
        },
    )


class SubmissionFilter(PageArgs):
    """Which submissions: the filters of the placements' list, by the same names, and whether final (a
    case system asks for what it still waits for)."""

    agreement_id = fields.String(validate=validate.Length(min=1, max=64))
    municipality_code = MunicipalityCodeArg(
        metadata={"description": "The municipality it was sent for: 159 or 0159, one of the 98"}
    )
    final = fields.Boolean(
        metadata={"description": "true: accepted, partial, rejected or failed; false: still waiting"}
    )
    until_id = until_id_arg(
        "Only submissions numbered up to this one. The `Link` header's pages carry the newest number "
        "the list held when its first page was read, so that following them neither repeats nor skips a "
        "submission when new ones come in between pages (the list is newest first); read the first page "
        "again, without it, for what came since"
    )
