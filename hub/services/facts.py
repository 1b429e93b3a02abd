"""Placements and their current records, read from the database as `PlacementFacts`, streamed.

One query per call, rows grouped by placement as they arrive, so that 10,000 placements are read in
constant memory; payments, claims, completeness checks and the company's export all start here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from itertools import groupby
from typing import Any

from sqlalchemy import ColumnElement, Row, exists, select
from sqlalchemy.orm import Session, aliased

from hub.exports.facts import Dated, Grant, PlacementFacts, Source, Timesheet
from hub.models import Placement, Record, RecordVersion, Submission
from hub.periods import Period
from hub.services.id_lists import among

BATCH = 1000


def _query(
    agreement_id: str | None,
    municipality: str | None,
    period: Period | None,
    placements: ColumnElement[bool] | None = None,
) -> Any:
    query = (
        select(
            Placement.id,
            Placement.participant_id,
            Placement.municipality_code,
            Placement.p_number,
            Placement.start,
            Placement.end,
            Record.id.label("record_id"),
            Record.form_type,
            RecordVersion.version,
            RecordVersion.data,
            Submission.document_sha256,
            Submission.filename,
            Submission.created_at,
        )
        .select_from(Placement)
        .outerjoin(Record, Record.placement_id == Placement.id)
        .outerjoin(
            RecordVersion,
            (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version),
        )
        .outerjoin(Submission, Submission.id == RecordVersion.submission_id)
    )
    if agreement_id is not None:
        query = query.where(Placement.agreement_id == agreement_id)
    if placements is not None:  # which placements (`id_lists.among`)
        query = query.where(placements)
    if municipality is not None:
        query = query.where(Placement.municipality_code == municipality)
    if period is not None:
        query = query.where(touching(period))
    return query.order_by(Placement.municipality_code, Placement.id, Record.id)


def touching(period: Period) -> ColumnElement[bool]:
    """The WHERE clause on `Placement` for those that may have run a day of the period: planned to, or run
    on into it past their planned end, as their end form's day says (the form wins over the plan:
    decision 0009; decision 0012, "Stop 39"). Without the second, the claim (read by the period) missed
    the days of such a placement while the checks (read from 14 days before it) saw them. One planned
    into the period but ended before it is still read: every rule drops it by its last day
    (`PlacementFacts.last_day`)."""
    end_form, current = aliased(Record), aliased(RecordVersion)
    ran_on = exists().where(
        end_form.placement_id == Placement.id,
        end_form.form_type == "placement_end",
        current.record_id == end_form.id,
        current.version == end_form.current_version,
        current.data["ended_on"].as_string() >= period.start.isoformat(),  # ISO days sort as text
    )
    return (Placement.start <= period.end) & ((Placement.end >= period.start) | ran_on)


def placement_facts(
    session: Session, agreement_id: str, municipality: str | None = None, period: Period | None = None
) -> Iterator[PlacementFacts]:
    """Every placement of an agreement (of one municipality; touching one period), with its records."""
    return _grouped(session, _query(agreement_id, municipality, period))


def facts_of_many(session: Session, placement_ids: Sequence[int]) -> Iterator[PlacementFacts]:
    """These placements with their records, in one query (those that do not exist are left out)."""
    return _grouped(session, _query(None, None, None, among(session, Placement.id, placement_ids)))


def _grouped(session: Session, query: Any) -> Iterator[PlacementFacts]:
    rows = session.execute(query.execution_options(yield_per=BATCH))
    for _, group in groupby(rows, key=lambda row: row.id):
        facts = _facts(list(group))
        if facts is not None:
            yield facts


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _facts(rows: list[Row[Any]]) -> PlacementFacts | None:
    first = rows[0]
    placement: dict[str, Any] | None = None
    placement_source = ended = None
    grants, timesheets, reports = [], [], []
    for row in rows:
        if row.record_id is None or row.data is None:
            continue
        data: dict[str, Any] = row.data
        received = row.created_at.date() if row.created_at else None
        source = Source(
            row.record_id, row.version, row.form_type, row.document_sha256, row.filename, received
        )
        kind = row.form_type
        if kind == "placement":
            placement, placement_source = data, source
        elif kind == "mentor_support":
            grants.append(_grant(data, source))
        elif kind == "mentor_hours":
            timesheets.append(_timesheet(data, source))
        elif kind == "progress_report":
            reports.append(Dated(date.fromisoformat(data["measured_on"]), source))
        elif kind == "placement_end":
            ended = Dated(date.fromisoformat(data["ended_on"]), source)
    if placement is None:  # cannot happen: a placement row is made from its placement record
        return None
    return PlacementFacts(
        participant_id=first.participant_id,
        municipality_code=first.municipality_code,
        name=placement["citizen"]["name"],
        p_number=first.p_number,
        site_name=placement["site"]["name"],
        start=first.start,
        end=first.end,
        mentor_name=placement["mentor"]["name"],
        cpr=placement["citizen"]["cpr"],
        placement_id=first.id,
        ended=ended,
        grants=tuple(grants),
        timesheets=tuple(timesheets),
        progress_reports=tuple(sorted(reports, key=lambda r: r.day)),
        placement_source=placement_source,
    )


def _grant(data: dict[str, Any], source: Source) -> Grant:
    return Grant(
        start=date.fromisoformat(data["period"]["start"]),
        end=date.fromisoformat(data["period"]["end"]),
        hours_per_week=Decimal(data["hours_per_week"]),
        hourly_rate_dkk=Decimal(data["hourly_rate_dkk"]),
        granted_on=date.fromisoformat(data["granted_on"]),
        mentor_name=data["mentor"]["name"],
        source=source,
    )


def _timesheet(data: dict[str, Any], source: Source) -> Timesheet:
    return Timesheet(
        weeks=tuple((entry["week"], Decimal(entry["hours"])) for entry in data["entries"]),
        signed_by=data.get("signed_by"),
        signed_on=_day(data.get("signed_on")),
        mentor_name=data["mentor"]["name"],
        source=source,
    )
