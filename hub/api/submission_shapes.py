"""The shapes of the submissions API (`hub.api.submissions`): a submission as its sender follows it
(its status, items, stored versions and notices) and the list's filters. The upload's body and answer
are `upload_shapes`'. Kept apart from the views, which are about what happens."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from hub.api.common import PageArgs, PageOut, until_id_arg
from hub.api.following import WHOLE_URL
from hub.api.placement_shapes import MunicipalityCodeArg
from hub.api.problem_shapes import Problem
from hub.models import CHANNELS


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
            "open it): its values, where each came from, its versions." + WHOLE_URL
        },
    )
    api_url = fields.String(
        required=True,
        metadata={
            "description": "The record in this API (`GET /api/records/{id}`): every version with its "
            "provenance, as JSON, for the same token." + WHOLE_URL
        },
    )
    unchanged = fields.Boolean(
        required=True,
        metadata={
            "description": "True: the document's content is that of this version, stored before from "
            "another file, so it made no version of its own (the status is still accepted)"
        },
    )


class LinkedSubmissionOut(Schema):
    """Another submission of the same form, of the same citizen at the same site, from the same sender."""

    id = fields.Integer(required=True)
    status_url = fields.String(
        required=True, metadata={"description": "Where its status is read." + WHOLE_URL}
    )


class NoticeOut(Schema):
    """Something the sender should know of what was stored, though nothing in it was wrong."""

    code = fields.String(
        required=True,
        metadata={
            "description": "site_overbooked: a site past its places; timesheet_unsigned: mentor hours "
            "stored without the mentor's signature, not counted in the claim"
        },
    )
    message = fields.String(required=True, metadata={"description": "In English"})
    message_da = fields.String(required=True, metadata={"description": "In Danish"})
    text = fields.String(
        metadata={
            "description": "Only when the status is asked with `lang`: the notice in that language for "
            "people, dates as the hub's pages write them (14 Sep 2026, 14. sep. 2026). Left out otherwise"
        }
    )


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
    status_url = fields.String(required=True, metadata={"description": "This status." + WHOLE_URL})
    problems = fields.List(fields.Nested(Problem), required=True)
    items = fields.List(fields.Nested(ItemOut), required=True)
    records = fields.List(fields.Nested(StoredVersionOut), required=True)
    corrected_by = fields.Nested(
        LinkedSubmissionOut,
        allow_none=True,
        required=True,
        metadata={
            "description": "Set on a rejected submission whose form was sent again corrected and accepted: "
            "the first later accepted submission of the same sender and the same form (`form_id`) whose "
            "record is of the same citizen at the same site (CPR and P-number as the rejected file reads "
            "them; never by file name). Null otherwise, also when the rejected file's CPR or P-number "
            "cannot be read. The rejected submission's status stays rejected"
        },
    )
    corrects = fields.List(
        fields.Nested(LinkedSubmissionOut),
        required=True,
        metadata={
            "description": "On an accepted submission: the rejected submissions it is the correction of "
            "(each one's `corrected_by` is this one), oldest first; empty otherwise"
        },
    )
    notices = fields.List(
        fields.Nested(NoticeOut),
        required=True,
        metadata={"description": "Once stored: what the sender should know, such as a site past its places"},
    )


class SubmissionPage(PageOut):
    """A page of submissions, newest first."""

    submissions = fields.List(fields.Nested(SubmissionOut), required=True)


def page_lang(what: str) -> fields.String:
    """`lang`, for a page that shows an answer to people (the upload page): `what` it then carries."""
    return fields.String(
        validate=validate.OneOf(["da", "en"]),
        metadata={
            "description": f"For a page that shows the answer to people (the upload page): {what}. "
            "Without it the answer is as ever: `reason_en` and `reason_da`, dates in ISO 8601"
        },
    )


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
    lang = page_lang(
        "each problem then carries `reason_text`, its reason in that language as the hub's pages write it"
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
