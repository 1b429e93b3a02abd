"""What the sender of a file should know of what was stored from it, though nothing in it was refused.

A notice is no problem: the file is accepted and its records kept. But some of what was kept will not
do what its sender expects, and the sender should hear it at the upload rather than from the month's
claim: a placement that takes its site past its places (`site_notices`), and a timesheet stored
without the mentor's signature, whose hours the claim leaves out (`exports/gaps.py`, "unsigned") until
a signed one comes. Each in English and Danish, naming the participant by its pseudonymous id (never
CPR: the notices go to every party that may follow the submission, the company included)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import Placement, Record, RecordVersion
from hub.quantities import hours_fixed_text
from hub.services import site_notices
from hub.services.site_notices import Notice


def of_versions(session: Session, version_ids: Sequence[int]) -> list[Notice]:
    """Every notice on these stored record versions: sites past their places, then unsigned timesheets."""
    if not version_ids:
        return []
    return site_notices.overbooked(session, version_ids) + unsigned(session, version_ids)


def unsigned(session: Session, version_ids: Sequence[int]) -> list[Notice]:
    """A notice for each mentor-hours version among these stored without a signature ("signed by" empty),
    in the order stored."""
    found = session.execute(
        select(Record.form_type, RecordVersion.data, Placement.participant_id)
        .join(Record, Record.id == RecordVersion.record_id)
        .join(Placement, Placement.id == Record.placement_id)
        .where(RecordVersion.id.in_(version_ids), Record.form_type == "mentor_hours")
        .order_by(RecordVersion.id)
    )
    return [notice for form, data, participant in found if (notice := of_record(form, data, participant))]


def of_record(form_type: str, data: Mapping[str, object], participant: str) -> Notice | None:
    """The notice of one stored version when it is a timesheet without the mentor's signature, else None:
    the upload's status and the record page say it from this one rule (the claim's `Timesheet.signed`)."""
    if form_type != "mentor_hours" or data.get("signed_by"):
        return None
    return said(participant, _hours(data))


def said(participant: str, hours: Decimal | None) -> Notice:
    """The notice of one unsigned timesheet in both languages, its hours when the form gives them."""
    en = f"its {hours_fixed_text(hours, 'en')} hours are" if hours is not None else "its hours are"
    da = f"dens {hours_fixed_text(hours, 'da')} timer" if hours is not None else "dens timer"
    return {
        "code": "timesheet_unsigned",
        "message": (
            f"The timesheet of {participant} was stored without the mentor's signature: {en} not "
            "counted in the claim. Send the timesheet again, signed by the mentor."
        ),
        "message_da": (
            f"Timesedlen for {participant} er gemt uden mentorens underskrift: {da} tælles ikke med "
            "i kravet. Send timesedlen igen, underskrevet af mentoren."
        ),
    }


def _hours(data: Mapping[str, object]) -> Decimal | None:
    try:
        return Decimal(str(data["total_hours"])) if data.get("total_hours") is not None else None
    except (InvalidOperation, KeyError):
        return None
