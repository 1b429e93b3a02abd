"""`hub audit log`: the entries an operator filters, newest first, in Danish time, with nothing hidden."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from flask import Flask
from sqlalchemy import update

from hub.extensions import db
from hub.models import AuditEvent
from hub.services import audit

WRITTEN = [
    ("user:revisor-ballerup", "read.record", "record:7", {"version": 1}),
    ("user:falck", "read.company_page", "agreement:falck-hovedstaden", {"period": "2026-09"}),
    ("user:revisor-ballerup", "read.completeness", "municipality:151", {"period": "2026-Q3"}),
    ("cli", "submission.accepted", "submission:3", {"form": "aftale"}),
    ("user:revisor-ballerup2", "read.record", "record:8", {"version": 1}),  # another user, a longer name
    ("user:revisor-ballerup", "completeness.read", "municipality:151", {"period": "2026-Q2"}),  # old name
    ("user:revisor-ballerup token:4", "read.placements", "placements", {"page": 1}),
]


def _write(app: Flask) -> None:
    with app.app_context():
        for entry in WRITTEN:
            audit.append(db.session, *entry)
        db.session.commit()
        # The first two on 30 November at 23:30 UTC, which is 1 December in Denmark; the rest on 2 December.
        late = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
        db.session.execute(
            update(AuditEvent)
            .where(AuditEvent.subject.in_(["record:7", "agreement:falck-hovedstaden"]))
            .values(occurred_at=late)
        )
        db.session.execute(
            update(AuditEvent)
            .where(AuditEvent.subject.not_in(["record:7", "agreement:falck-hovedstaden"]))
            .values(occurred_at=datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
        )
        db.session.commit()


def test_every_read_by_one_user_newest_first(app: Flask, runner: Any) -> None:
    _write(app)
    result = runner.invoke(args=["audit", "log", "--action", "read.", "--actor", "user:revisor-ballerup"])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.output.splitlines()]
    # Its reads by session and by token, under today's names and the old; not revisor-ballerup2's.
    assert [(line[2], line[3], line[4]) for line in lines] == [
        ("user:revisor-ballerup token:4", "read.placements", "placements"),
        ("user:revisor-ballerup", "completeness.read", "municipality:151"),
        ("user:revisor-ballerup", "read.completeness", "municipality:151"),
        ("user:revisor-ballerup", "read.record", "record:7"),
    ]
    assert lines[3][1] == "2026-12-01T00:30:00+01:00"  # Danish time
    assert json.loads(lines[2][5]) == {"period": "2026-Q3"}


def test_by_subject_day_and_as_json(app: Flask, runner: Any) -> None:
    _write(app)
    one = runner.invoke(args=["audit", "log", "--subject", "agreement:falck-hovedstaden", "--json"])
    (row,) = [json.loads(line) for line in one.output.splitlines()]
    assert (row["actor"], row["action"], row["detail"]) == (
        "user:falck",
        "read.company_page",
        {"period": "2026-09"},
    )
    # 30 November 23:30 UTC is 1 December in Denmark: in a day's listing of 1 December, not of 30 November.
    first = runner.invoke(args=["audit", "log", "--since", "2026-12-01", "--until", "2026-12-01"])
    assert sorted(line.split("\t")[4] for line in first.output.splitlines()) == [
        "agreement:falck-hovedstaden",
        "record:7",
    ]
    assert runner.invoke(args=["audit", "log", "--until", "2026-11-30"]).output == ""
    newest = runner.invoke(args=["audit", "log", "--limit", "1"])
    assert len(newest.output.splitlines()) == 1
    assert runner.invoke(args=["audit", "log", "--since", "1. december"]).exit_code == 2


def test_the_commands_own_read_is_an_entry_as_the_pages_is(app: Flask, runner: Any) -> None:
    _write(app)
    shown = runner.invoke(args=["audit", "log", "--action", "read.", "--actor", "revisor-ballerup", "--json"])
    assert shown.exit_code == 0, shown.output
    assert len(shown.output.splitlines()) == 4  # the entries before this read: not the read itself
    newest = runner.invoke(args=["audit", "log", "--limit", "1", "--json"])
    (row,) = [json.loads(line) for line in newest.output.splitlines()]
    assert (row["actor"], row["action"], row["subject"]) == ("cli", "read.audit_log", "audit-log")
    assert row["detail"] == {
        "as": "cli",
        "filter": {"action": "read.", "actor": "revisor-ballerup"},
        "entries": 4,
    }
