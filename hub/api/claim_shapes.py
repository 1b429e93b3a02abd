"""The shapes of the API's listing of downloaded claims and how each has changed since (`claim_listing`)."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, validate

from hub.api.common import PageArgs, PageOut, until_id_arg
from hub.api.periods import ClaimPeriod

DECIMAL = {"type": "string", "pattern": r"^-?\d+\.\d{2}$"}


def _money(description: str, **kw: Any) -> fields.String:
    return fields.String(metadata={**DECIMAL, "description": description}, **kw)


class ChangedLineOut(Schema):
    """One participant's (or empty place's) amount in the claim sent and now."""

    participant_id = fields.String(
        required=True, allow_none=True, metadata={"description": "Null: a place that stood empty"}
    )
    place = fields.Integer(required=True, allow_none=True, metadata={"description": "The empty place"})
    amount_dkk_sent = _money("Null: not in the claim sent", required=True, allow_none=True)
    amount_dkk_now = _money("Null: not in the claim now", required=True, allow_none=True)
    difference_dkk = _money("Now less sent", required=True)


class ClaimChangeOut(Schema):
    """How the claim differs now from its last download."""

    lines_now = fields.Integer(required=True)
    amount_dkk_now = _money("The claim's amount now", required=True)
    difference_dkk = _money("Now less the last download's amount: what a correction asks for", required=True)
    participants = fields.Integer(
        required=True,
        allow_none=True,
        metadata={
            "description": "How many participants' amounts changed; null: the lines sent were not kept"
        },
    )
    changed_lines = fields.List(
        fields.Nested(ChangedLineOut),
        required=True,
        allow_none=True,
        metadata={"description": "Null for a download made before the hub kept its lines by participant"},
    )


class DownloadedClaimOut(Schema):
    """A period whose claim was downloaded: the last download, and whether the claim changed since."""

    period = fields.Nested(ClaimPeriod, required=True)
    downloaded_at = fields.DateTime(required=True, metadata={"description": "The last download"})
    lines = fields.Integer(required=True, metadata={"description": "Lines of the last download"})
    amount_dkk = _money("Amount of the last download", required=True)
    changed_since_download = fields.Nested(
        ClaimChangeOut, required=True, allow_none=True, metadata={"description": "Null: unchanged"}
    )


class ClaimListArgs(PageArgs):
    """Which agreement's claims, and which page of them."""

    agreement = fields.String(required=True, validate=validate.Length(min=1, max=64))
    until_id = until_id_arg(
        "Only the downloads logged up to this audit log entry. The `Link` header's pages carry the "
        "newest download's entry when the first page was read, so that following them neither repeats "
        "nor skips a period when a new period's claim is downloaded between pages (the list is newest "
        "period first); a period downloaded again since is shown by its download as of that read. Read "
        "the first page again, without it, for what came since"
    )


class ClaimListOut(PageOut):
    """A page of the municipality's downloaded claims of an agreement, newest period first."""

    municipality_code = fields.String(required=True)
    agreement = fields.String(required=True)
    claims = fields.List(fields.Nested(DownloadedClaimOut), required=True)
