"""The auditor's side as the spec documents it: completeness per placement, the signed checkpoint, and
the proofs from the audit log (inclusion, consistency) with the query asking for one; the operator's
list of the log's entries with its filter.

Apart from the routes (`hub.api.audit`), as the other `*_shapes` modules are: what the answers hold,
which a test and `tools/bench_completeness.py` read too.
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from hub.api.common import PageArgs, PageOut, until_id_arg
from hub.api.periods import ClaimPeriod


class DocumentOut(Schema):
    """A stored document a check looked at."""

    filename = fields.String(required=True)
    sha256 = fields.String(required=True)
    record_id = fields.Integer(required=True)


class CheckOut(Schema):
    """One audit rule applied to one placement."""

    rule = fields.String(required=True)
    rule_en = fields.String(required=True)
    rule_da = fields.String(required=True)
    status = fields.String(required=True)
    detail_en = fields.String(required=True)
    detail_da = fields.String(required=True)
    documents = fields.List(fields.Nested(DocumentOut), required=True)


class PlacementCheckOut(Schema):
    """A placement's checks: CPR in full for the municipality's staff, as its rules say for its auditor."""

    agreement_id = fields.String(required=True)
    participant_id = fields.String(required=True)
    citizen = fields.Dict(required=True, metadata={"description": "{cpr, name}"})
    site = fields.Dict(required=True)
    period = fields.Dict(required=True)
    complete = fields.Boolean(required=True)
    checks = fields.List(fields.Nested(CheckOut), required=True)


class CompletenessOut(Schema):
    """`hub audit check --json`: the municipality's audit rules per placement."""

    municipality_code = fields.String(required=True)
    municipality = fields.String(required=True)
    period = fields.Nested(ClaimPeriod, required=True)
    cpr_in_bundles = fields.String(required=True)
    placements = fields.List(fields.Nested(PlacementCheckOut), required=True)
    complete = fields.Integer(required=True)
    incomplete = fields.Integer(required=True)


class HeadOut(Schema):
    """A signed tree head: which log, how many entries, their root, and the signed note itself."""

    origin = fields.String(required=True)
    tree_size = fields.Integer(required=True)
    root_hash = fields.String(required=True, metadata={"description": "Base64 SHA-256"})
    checkpoint = fields.String(
        required=True, metadata={"description": "The signed note (C2SP tlog-checkpoint)"}
    )


class InclusionOut(Schema):
    """An entry's audit path to the newest signed root."""

    algorithm = fields.String(required=True)
    event_id = fields.Integer(required=True)
    leaf_index = fields.Integer(required=True)
    leaf_hash = fields.String(required=True)
    audit_path = fields.List(fields.String(), required=True)
    to = fields.Nested(HeadOut, required=True)


class SizeOut(Schema):
    """An earlier tree's size and its root, as this log computes it (compare with the kept checkpoint)."""

    tree_size = fields.Integer(required=True)
    root_hash = fields.String(required=True)


class ConsistencyOut(Schema):
    """The proof that an earlier tree is a prefix of the newest signed one."""

    algorithm = fields.String(required=True)
    from_ = fields.Nested(SizeOut, required=True, data_key="from", attribute="from")
    to = fields.Nested(HeadOut, required=True)
    consistency_proof = fields.List(fields.String(), required=True)


class ConsistencyArgs(Schema):
    """`?from_size=`: the tree size of the checkpoint the caller kept; `&to_size=`: of a later one (a
    later bundle's `log/checkpoint.txt`), else the newest."""

    from_size = fields.Integer(required=True, validate=validate.Range(min=1, max=2**62))
    to_size = fields.Integer(
        load_default=None,
        validate=validate.Range(min=1, max=2**62),
        metadata={"description": "Prove to this tree size instead of the newest (its checkpoint is signed)"},
    )


class EntriesArgs(PageArgs):
    """`GET /api/audit/entries`' filter, as `hub audit log`'s and the admin's page's: each part given must
    match."""

    action = fields.String(
        validate=validate.Length(min=1, max=64),
        metadata={"description": "Entries whose action starts so: `read.` (every read), `submission.`"},
    )
    actor = fields.String(
        validate=validate.Length(min=1, max=200),
        metadata={
            "description": "A user (`revisor-ballerup` or `user:revisor-ballerup`, its tokens too), or "
            "`cli`, `worker`, `demo`"
        },
    )
    subject = fields.String(
        validate=validate.Length(min=1, max=200),
        metadata={"description": "What the entries are about, whole: `record:42`, `user:falck`"},
    )
    since = fields.Date(load_default=None, metadata={"description": "From this day (Danish time) on"})
    until = fields.Date(load_default=None, metadata={"description": "To this day (Danish time), included"})
    until_id = until_id_arg(
        "The newest entry's id when the first page was read (the `Link` header's pages carry it): each read"
        " of the log is an entry, so without it the next page would begin with the last page's last entry"
    )

    @validates_schema
    def _days_in_order(self, data: dict[str, Any], **_kwargs: Any) -> None:
        first, last = data.get("since"), data.get("until")
        if first is not None and last is not None and first > last:
            raise ValidationError(f"Before 'since' ({first}): no day is in both.", field_name="until")


class EntryOut(Schema):
    """One entry of the audit log. `detail` never holds a CPR number."""

    id = fields.Integer(required=True)
    occurred_at = fields.String(required=True, metadata={"description": "ISO 8601 in Danish time"})
    actor = fields.String(required=True)
    action = fields.String(required=True)
    action_en = fields.String(required=True, metadata={"description": "The action in words; '' if none"})
    action_da = fields.String(required=True, metadata={"description": "The action in Danish words"})
    subject = fields.String(required=True)
    detail = fields.Dict(required=True)


class EntryList(PageOut):
    """A page of the audit log's entries that match, newest first."""

    entries = fields.List(fields.Nested(EntryOut), required=True)
