"""The shapes of `hub.api.placements`: a placement, its records and their versions with provenance, and
the filters of the placements' list (as `submission_shapes` are of `submissions`)."""

from __future__ import annotations

import re
from typing import Any

from marshmallow import Schema, ValidationError, fields, validate

from hub.api.common import PageArgs, PageOut
from hub.schemas.fields import MunicipalityCode
from hub.schemas.messages import Said

VIEWS = ("full", "masked", "none")
CPR_VIEW = fields.String(
    required=True,
    validate=validate.OneOf(VIEWS),
    metadata={"description": "How the CPR number is shown: full, masked (DDMMYY-XXXX) or none (no key)"},
)


class Citizen(Schema):
    """The citizen as the caller may see them: a name, and the CPR number only when `cpr_view` allows."""

    name = fields.String()
    cpr = fields.String(metadata={"description": "10 digits (full) or DDMMYY-XXXX (masked); absent: none"})


class SiteOut(Schema):
    """A workplace by P-number."""

    p_number = fields.String(required=True)
    name = fields.String()


class PlacementPeriod(Schema):
    """First and planned last day."""

    start = fields.Date(required=True)
    end = fields.Date(required=True)


class PlacementOut(Schema):
    """One citizen's internship at one site of one agreement."""

    id = fields.Integer(required=True)
    agreement_id = fields.String(required=True)
    municipality_code = fields.String(required=True, metadata={"description": "The citizen's municipality"})
    participant_id = fields.String(required=True, metadata={"description": "The pseudonymous id, always"})
    cpr_view = CPR_VIEW
    citizen = fields.Nested(Citizen, required=True)
    site = fields.Nested(SiteOut, required=True)
    period = fields.Nested(PlacementPeriod, required=True)
    benefit = fields.String(allow_none=True, metadata={"description": "Never shown to a company"})
    visitation = fields.String(allow_none=True, metadata={"description": "Never shown to a company"})


class PlacementPage(PageOut):
    """A page of placements."""

    placements = fields.List(fields.Nested(PlacementOut), required=True)


class MunicipalityCodeArg(MunicipalityCode):
    """A municipality's code in a query, as Danish lists write it (`159`, or `0159` as DST and KL do), and
    one of the 98; loaded as the hub's canonical 3 digits (DESIGN.md). A slug is no code here."""

    PATTERN = r"^0?\d{3}$"

    def __init__(self, **kwargs: Any) -> None:
        metadata = {"pattern": self.PATTERN, "example": "159", **kwargs.pop("metadata", {})}
        super().__init__(metadata=metadata, **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        if not isinstance(value, str) or re.fullmatch(self.PATTERN, value, re.ASCII) is None:
            raise ValidationError(
                Said(
                    "a municipality code is 3 digits, or 4 with a leading zero (159, 0159)",
                    "en kommunekode er 3 cifre, eller 4 med et nul foran (159, 0159)",
                )
            )
        return super()._deserialize(value, attr, data, **kwargs)


class PlacementFilter(PageArgs):
    """Which placements: all the caller may read, or one agreement's, or one municipality's citizens'."""

    agreement_id = fields.String(validate=validate.Length(min=1, max=64))
    municipality_code = MunicipalityCodeArg(
        metadata={"description": "The citizens' municipality: 159 or 0159, one of the 98"}
    )


RECORD_DATA = fields.Dict(
    required=True,
    metadata={
        "description": "The canonical record (DESIGN.md, contract version 1) with the caller's CPR view "
        "applied; benefit and visitation left out for a company"
    },
)


class RecordOut(Schema):
    """A canonical record's current version."""

    id = fields.Integer(required=True)
    form_type = fields.String(required=True)
    placement_id = fields.Integer(required=True)
    participant_id = fields.String(required=True)
    municipality_code = fields.String(required=True)
    current_version = fields.Integer(required=True)
    cpr_view = CPR_VIEW
    data = RECORD_DATA


class RecordList(PageOut):
    """A page of a placement's records, by id."""

    records = fields.List(fields.Nested(RecordOut), required=True)


class ProvenanceOut(Schema):
    """Where one canonical value came from."""

    path = fields.String(required=True, metadata={"description": "Canonical path, e.g. citizen.name"})
    document_sha256 = fields.String(required=True)
    locator = fields.Dict(required=True, metadata={"description": "Page, XPath or cell in the document"})
    source_key = fields.String(allow_none=True)
    raw_value = fields.String(allow_none=True)
    transforms = fields.List(fields.Raw(), required=True)


class VersionOut(Schema):
    """One version of a record; a correction adds a version and never overwrites one."""

    version = fields.Integer(required=True)
    reason = fields.String(
        required=True,
        metadata={
            "enum": ["submitted", "reprocessed", "reapplied"],
            "description": "reapplied: the content of a form received after the version before it, stored "
            "again on top because an older form was stored after it (decision 0067)",
        },
    )
    submission_id = fields.Integer(required=True)
    created_at = fields.String(required=True, metadata={"format": "date-time"})
    read_with = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "SHA-256 of the hub's reading code its document was read with, on the day it "
            "was read (a version reprocess made from a kept extraction keeps that day's); null: not noted"
        },
    )
    mapped_with = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "SHA-256 of the adapter config and hub code its record was mapped with, when "
            "this version was stored; null: not noted"
        },
    )
    data = RECORD_DATA
    provenance = fields.List(fields.Nested(ProvenanceOut), required=True)


class RecordWithVersions(RecordOut):
    """A record with every version and its provenance."""

    versions = fields.List(fields.Nested(VersionOut), required=True)
