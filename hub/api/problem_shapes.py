"""The API's problem and error shapes: one thing wrong at its locator, and the one error body (RFC 9457
problem details, `hub.web.problems`)."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields

from hub.schemas.field_names import entry_field_name


def _field_words(problem: Any, language: str) -> str:
    def get(name: str) -> str:
        return str(problem.get(name, "") if isinstance(problem, dict) else getattr(problem, name, ""))

    entry = (get("entry_da") or get("entry")) if language == "da" else get("entry")
    return entry_field_name(get("field"), entry, language) if get("field") else ""


class Problem(Schema):
    """One thing wrong, at its locator (`hub.errors.FieldProblem`)."""

    reason_en = fields.String()
    reason_da = fields.String()
    file = fields.String()
    form = fields.String()
    locator = fields.String(metadata={"description": 'Where, in English: field "X" on page 1, cell B7'})
    locator_da = fields.String(metadata={"description": 'Where, in Danish: felt "X" på side 1, celle B7'})
    field = fields.String(metadata={"description": "The canonical path: citizen.cpr, entries[0].hours"})
    field_en = fields.Function(
        lambda p: _field_words(p, "en"),
        metadata={
            "type": "string",
            "description": "The field in words, in English: CPR number, line 1: hours",
        },
    )
    field_da = fields.Function(
        lambda p: _field_words(p, "da"),
        metadata={
            "type": "string",
            "description": "The field in words, in Danish: CPR-nummer, linje 1: timer",
        },
    )
    item = fields.String()
    item_da = fields.String()
    entry = fields.String(
        metadata={
            "description": "Only for a list entry's field: the entry as the document shows it, in English "
            "(entry 2 (row 3 of the form)); `field`'s index counts the entries read"
        }
    )
    entry_da = fields.String(metadata={"description": "The same in Danish (post 2 (række 3 i formularen))"})
    reason_text = fields.String(
        metadata={
            "description": "Only when the status is asked with `lang`: the reason in that language for "
            "people, dates as the hub's pages write them (1 Nov 2026, 1. nov. 2026; a document's own "
            "quoted words as they were). Left out otherwise"
        }
    )
    outside_document = fields.Boolean(
        metadata={
            "description": "The reason lies outside the document (no agreement for its site yet, no "
            "placement to link it to): send the same file again once that is fixed"
        }
    )
    form_title = fields.String(
        metadata={
            "description": "The form's title as its sender's adapter gives it (Praktikaftale - "
            "virksomhedspraktik), for people; `form` is its id. The id when no title is known; left out "
            "when the problem names no form. In English where the hub words the form itself (the "
            "company's: Mentortimer (the company's form))"
        }
    )
    form_title_da = fields.String(
        metadata={
            "description": "The form's title in Danish (Mentortimer (virksomhedens skema)); the same as "
            "`form_title` for a form's own printed title"
        }
    )
    not_recognised = fields.Boolean(
        metadata={
            "description": "No form of the sender's adapter fits: if it is another municipality's or the "
            "company's form, that sender may send the same file and have it read as theirs"
        }
    )
    send_as = fields.String(
        metadata={
            "description": "With a problem saying whose form the document looks like: that municipality's "
            "code, to send the same file as it (the lead sends its partners' forms). Such a problem is a "
            "suggestion, not a fault in the file: the upload page lists it apart and counts only the others. "
            "Left out otherwise"
        }
    )
    config_unfinished = fields.Boolean(
        metadata={
            "description": "True when the reason lies in the hub's own config for the form (not finished by "
            "the hub's administrator): nothing in the file is at fault; send the same file again once the "
            "administrator has completed it. Left out otherwise"
        }
    )
    belongs_elsewhere = fields.Boolean(
        metadata={
            "description": "With `send_as`: true when the sender has no agreement to send that "
            "municipality's forms (it leads none with it). Nothing in the file is to fix: it is that "
            "municipality's job centre's to send, or the wrong file was chosen. Left out otherwise"
        }
    )
    read_nowhere = fields.Boolean(
        metadata={
            "description": "With `not_recognised`: true when no form of any municipality the hub reads fits "
            "the file either (most likely a municipality the hub has no set-up for yet). Nothing in the file "
            "is to fix: ask the lead job centre, or check that it is the right file. Left out otherwise"
        }
    )
    unknown_form = fields.Boolean(
        metadata={
            "description": "With `not_recognised`, on a problem of its own: true when no form fits but the "
            "file comes in a format the sender's own forms are read in, so it looks like the sender's form "
            "changed (a new version). A suggestion, as one with `send_as`: not a fault in the file. Left "
            "out otherwise"
        }
    )
    may_be_in_document = fields.Boolean(
        metadata={
            "description": "With `outside_document`: true when the file's own value may as well be what is "
            "wrong (dates that fit none of the sender's placements the hub holds, a P-number that looks like "
            "a CPR number), as the reason says: send a corrected file (`corrects`), or the same file once "
            "what the hub holds is put right. Left out otherwise"
        }
    )


class ErrorShape(Schema):
    """The API's one error shape: RFC 9457 problem details (`type`, `title`, `status`, `detail`,
    `instance`) with the hub's own members (a code, the message in English and Danish, any problems)."""

    type = fields.String(
        required=True,
        metadata={
            "format": "uri",
            "description": "The kind of error, as a URI whose page documents it (`/api/problems/<code>`); "
            "`about:blank` for a plain HTTP error the hub does not word itself",
        },
    )
    title = fields.String(required=True, metadata={"description": "The kind's summary, the same each time"})
    status = fields.Integer(required=True, metadata={"description": "The HTTP status code"})
    detail = fields.String(required=True, metadata={"description": "This occurrence, in English (`message`)"})
    offered = fields.List(
        fields.String(),
        metadata={"description": "A 406's media types that the operation answers with, to ask for instead"},
    )
    instance = fields.String(
        metadata={
            "description": "The path asked for, where the error is about it (not for 401, 429 and the "
            "server's own 5xx), without its query; a CPR-like number in it (as in any text of an error) "
            "masked as `XXXXXX-XXXX`"
        }
    )
    code = fields.String(required=True, metadata={"description": "Machine-readable error code"})
    message = fields.String(required=True, metadata={"description": "What went wrong, in English"})
    message_da = fields.String(required=True, metadata={"description": "The same in Danish"})
    problems = fields.List(
        fields.Nested(Problem),
        required=True,
        metadata={"description": "Each problem at its locator; empty when no field or value is to blame"},
    )
