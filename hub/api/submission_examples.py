"""Examples of the submission answers in the spec, as the hub answered them (`hub.api.submissions`): what
an integrator meets first, an upload's three outcomes, a status accepted and one rejected at its cell,
and a refused upload's 422. `tests/api/test_spec_examples.py` holds each to its schema, closed, so an
example cannot drift from the answer it stands for."""

from __future__ import annotations

from typing import Any

_NO_NOTE = {"note_en": None, "note_da": None, "message": None, "message_da": None}

RECEIVED: dict[str, Any] = {
    "filename": "aftale.csv",
    "outcome": "received",
    "submission_id": 331,
    "status": "queued",
    "status_url": "https://hub.example/api/submissions/331",
    "problems": [],
    "items": [],
    **_NO_NOTE,
}
DUPLICATE = {
    **RECEIVED,
    "filename": "aftale-igen.csv",
    "outcome": "duplicate",
    "status": "accepted",
    "status_url": "https://hub.example/api/submissions/331?sent_as=aftale-igen.csv",
    "note_en": "aftale-igen.csv: the same bytes as aftale.csv, received on 2026-12-05 08:24 CET as "
    "submission 331",
    "note_da": "aftale-igen.csv: samme indhold som aftale.csv, modtaget 5. dec. 2026 kl. 08.24 som "
    "indsendelse 331",
}


def _problem(**given: Any) -> dict[str, Any]:
    """A problem as the API words it, every key there (`Problem`), empty where not given."""
    keys = ("field", "field_da", "field_en", "file", "form", "item", "item_da", "locator", "locator_da")
    return {key: "" for key in keys} | {"not_recognised": False, "outside_document": False} | given


REFUSED = {
    "filename": "scan.pdf",
    "outcome": "refused",
    "submission_id": None,
    "status": None,
    "status_url": None,
    "problems": [_problem(file="scan.pdf", reason_en="the file is empty", reason_da="filen er tom")],
    "items": [],
    **_NO_NOTE,
}
UPLOADED = {
    "received": {
        "summary": "A new document, queued: follow `status_url` (also the `Location` header)",
        "value": {"files": [RECEIVED]},
    },
    "duplicate": {
        "summary": "The same bytes again: the first one's submission and status, said in `note_en`",
        "value": {"files": [DUPLICATE]},
    },
    "refused": {
        "summary": "Refused before it was stored: nothing to follow, the reason in `problems`",
        "value": {"files": [REFUSED]},
    },
}

_STATUS = {
    "id": 331,
    "filename": "aftale.csv",
    "channel": "api",
    "municipality": "163",
    "agreement": None,
    "form_id": "praktikaftale",
    "final": True,
    "created_at": "2026-12-05T07:24:13.946610+00:00",
    "updated_at": "2026-12-05T07:24:14.136406+00:00",
    "waiting_since": None,
    "status_url": "https://hub.example/api/submissions/331",
    "items": [],
    "notices": [],
    "corrected_by": None,
    "corrects": [],
}
STATUSES = {
    "accepted": {
        "summary": "Accepted: the record it made or changed, for the token (`api_url`) and for people",
        "value": _STATUS
        | {
            "status": "accepted",
            "problems": [],
            "records": [
                {"record_id": 33, "version": 2, "unchanged": False}
                | {"api_url": "https://hub.example/api/records/33", "url": "https://hub.example/records/33"}
            ],
        },
    },
    "rejected": {
        "summary": "Rejected: each problem at its place in the document (here a spreadsheet cell); "
        "`corrected_by` the later submission of its corrected form",
        "value": _STATUS
        | {
            "status": "rejected",
            "records": [],
            # Its corrected file was sent and accepted later: the rejection stays, and says so.
            "corrected_by": {"id": 332, "status_url": "https://hub.example/api/submissions/332"},
            "problems": [
                _problem(
                    field="period.start",
                    field_en="first day",
                    field_da="startdato",
                    file="aftale.csv",
                    form="praktikaftale",
                    form_title="Praktikaftale",
                    locator="row 9, column 2 (B9)",
                    locator_da="række 9, kolonne 2 (B9)",
                    reason_en="not a date: '99-01-2026' (January 2026 has 31 days)",
                    reason_da="ikke en dato: '99-01-2026' (januar 2026 har 31 dage)",
                )
            ],
        },
    },
}

_PART = (
    "documents are read only from parts named 'files': send this file as a part named 'files' (nothing "
    "of this upload was stored)"
)
_PART_DA = (
    "dokumenter læses kun fra dele ved navn 'files': send filen som en del ved navn 'files' (intet fra "
    "denne upload er gemt)"
)
UPLOAD_REFUSED = {
    "type": "https://hub.example.dk/api/problems/unprocessable_entity",
    "title": "Invalid arguments",
    "status": 422,
    "detail": f"Part 'file': {_PART}.",
    "instance": "/api/submissions",
    "code": "unprocessable_entity",
    "message": f"Part 'file': {_PART}.",
    "message_da": f"Delen 'file': {_PART_DA}.",
    "problems": [
        _problem(
            field="file",
            field_en="file",
            field_da="file",
            locator="files",
            locator_da="filerne",
            reason_en=_PART,
            reason_da=_PART_DA,
        )
    ],
}
