"""A claim changed after its download, for the tests of what the payments page and the API say of it:
an hour taken off a Herlev participant's signed timesheet of one September week.

Falck Hovedstaden pays 275,00 kr. an hour of the claimable hours, min(granted, delivered). An hour taken
off a signed week that lies wholly in September and in the placement takes one hour off the delivered
hours; where those were at most the grant, the claimable hours fall by one too, and the line by 275,00 kr.
"""

from __future__ import annotations

import copy
from decimal import Decimal as D

from accounts import bearer
from flask import Flask
from page_support import add_version
from sqlalchemy import select

from hub.extensions import db
from hub.models import Placement, Record, RecordVersion

WEEK = "2026-W38"  # Monday 14 to Sunday 20 September 2026: wholly in September
PAYMENTS = "/api/agreements/falck-hovedstaden/payments?period=2026-09"


def take_an_hour_off(app: Flask, participant: str) -> D:
    """Take an hour off the participant's signed hours of `WEEK` (a new version of its timesheet); the
    hours the week had."""
    with app.app_context():
        versions = db.session.execute(
            select(Record, RecordVersion)
            .join(Placement, Placement.id == Record.placement_id)
            .join(
                RecordVersion,
                (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version),
            )
            .where(Placement.participant_id == participant, Record.form_type == "mentor_hours")
        ).all()
        for record, current in versions:
            entries = current.data.get("entries") or []
            week = next((e for e in entries if e.get("week") == WEEK and D(e["hours"]) >= 1), None)
            if week is None or not current.data.get("signed_by"):
                continue
            data = copy.deepcopy(current.data)
            had = D(week["hours"])
            for entry in data["entries"]:
                if entry["week"] == WEEK:
                    entry["hours"] = str(had - 1)
            data["total_hours"] = str(D(data["total_hours"]) - 1)
            add_version(record, data)
            return had
    raise AssertionError(f"{participant} has no signed hours in {WEEK}")


def chosen(app: Flask) -> str:
    """A Herlev participant placed all September whose delivered hours were at most the grant (so that
    one hour less delivered is one hour less claimable) and who has signed hours in `WEEK`."""
    paid = app.test_client().get(PAYMENTS, headers=bearer(app, "kommune-herlev")).get_json()
    for line in paid["lines"]:
        whole = line["period"] == {"start": "2026-09-01", "end": "2026-09-30"}
        if (
            line["municipality_code"] == "163"
            and whole
            and D(line["delivered_hours"]) <= D(line["granted_hours"])
        ):
            return str(line["participant_id"])
    raise AssertionError("no Herlev line of all September delivered at most its grant")
