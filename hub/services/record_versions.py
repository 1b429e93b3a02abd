"""A record's versions as the record page lists them: when, why, from which file, and what each one
changed from the one before (masked as the page's values are), so that a correction can be read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.access import CprView
from hub.models import Record, RecordVersion, Submission
from hub.pseudonyms import show_cpr
from hub.schemas.paths import differences
from hub.services.placement_reads import shown_text


@dataclass(frozen=True)
class VersionRow:
    """One version of the record: when, why, from which submission."""

    version: int
    created_at: datetime
    reason: str
    submission_id: int
    filename: str
    # What this version changed from the one before, as the page shows values: (path, before, after);
    # none for the first.
    changes: tuple[tuple[str, str, str], ...] = ()
    # A form stored after a version from a form received after it (decision 0067): the first such
    # version, which the next one, `reapplied`, brings back. Without it the page read as if the older
    # form had corrected the newer.
    received_before: int | None = None


def shown_value(path: str, value: Any, view: CprView) -> str:
    """A canonical value as text for the record page (a CPR number with its dash, as the view allows)."""
    # `shown_data` has already masked the value as the view allows; a CPR number is written with its dash.
    if value is None:
        return ""
    if path.endswith("cpr") and isinstance(value, str):
        return show_cpr(value, "full" if view == "full" else "masked")
    return str(value)


def versions(
    session: Session, record: Record, view: CprView, masked: Callable[[dict[str, Any], bool], dict[str, Any]]
) -> list[VersionRow]:
    """The record's versions, each with what it changed, masked as the page's values are. `masked` is
    given each version's data and whether the company sent its form: what a company may see of a version
    turns on who sent that version, not the one the page shows (a job centre's end form and the company's
    own for the same intern are two versions of one record)."""
    rows = session.execute(
        select(RecordVersion, Submission.filename, Submission.from_company)
        .join(Submission, Submission.id == RecordVersion.submission_id)
        .where(RecordVersion.record_id == record.id)
        .order_by(RecordVersion.version)
    )
    found: list[VersionRow] = []
    before: dict[str, Any] | None = None
    for v, name, by_company in rows:
        after = masked(v.data, bool(by_company))
        changes = () if before is None else _changes(before, after, view)
        # Submission ids count in the order received.
        later = [r.version for r in found if r.submission_id > v.submission_id]
        first_later = min(later) if later and v.reason == "submitted" else None
        filename = shown_text(name, view)
        found.append(
            VersionRow(v.version, v.created_at, v.reason, v.submission_id, filename, changes, first_later)
        )
        before = after
    return found


def _changes(
    before: dict[str, Any], after: dict[str, Any], view: CprView
) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (path, shown_value(path, old, view), shown_value(path, new, view))
        for path, old, new in differences(before, after)
        if not (path.endswith("cpr") and view == "none")
    )
