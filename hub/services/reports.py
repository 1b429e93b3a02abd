"""Reports computed from the canonical store (the current version of every record)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hub.exports.outcomes import OutcomeReport, compute_outcomes
from hub.services.records import current_records


def outcomes(session: Session) -> OutcomeReport:
    """The seed-002 style results table, from the stored placement and placement_end records."""
    placements = [v.data for v in current_records(session, "placement")]
    ends = [v.data for v in current_records(session, "placement_end")]
    return compute_outcomes(placements, ends)
