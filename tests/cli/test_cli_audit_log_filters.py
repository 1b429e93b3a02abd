"""`hub audit log` as an operator types it: a user by the name `hub users list` shows, and a day range
the wrong way round said so, not an empty answer that reads as "nobody read anything"."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Flask
from sqlalchemy import update

from hub.extensions import db
from hub.models import AuditEvent
from hub.services import audit

WRITTEN = [
    ("user:revisor-ballerup", "read.record", "record:7", {"version": 1}),
    ("user:revisor-ballerup token:4", "read.placements", "placements", {"page": 1}),
    ("user:revisor-ballerup2", "read.record", "record:8", {"version": 1}),  # another user, a longer name
    ("cli", "claim.downloaded", "agreement:falck-hovedstaden", {"period": "2026-10"}),
]


def _write(app: Flask) -> None:
    with app.app_context():
        for entry in WRITTEN:
            audit.append(db.session, *entry)
        db.session.commit()
        db.session.execute(update(AuditEvent).values(occurred_at=datetime(2026, 12, 2, 9, 0, tzinfo=UTC)))
        db.session.commit()


def _subjects(output: str) -> list[str]:
    return [line.split("\t")[4] for line in output.splitlines()]


def test_a_bare_username_is_that_user(app: Flask, runner: Any) -> None:
    _write(app)
    bare = runner.invoke(args=["audit", "log", "--actor", "revisor-ballerup"])
    assert bare.exit_code == 0, bare.output
    # By session and by token; not revisor-ballerup2, nor the command line's entry.
    assert _subjects(bare.output) == ["placements", "record:7"]
    prefixed = runner.invoke(args=["audit", "log", "--actor", "user:revisor-ballerup"])
    assert prefixed.output == bare.output
    # Usernames are kept in lower case; typed as a person writes it, it is still the user.
    assert runner.invoke(args=["audit", "log", "--actor", "Revisor-Ballerup"]).output == bare.output
    # An actor that is not a user is still matched as it is: the command line's entry, and the command's
    # three reads of the log above, each an entry of its own (stop 70), newest first.
    assert _subjects(runner.invoke(args=["audit", "log", "--actor", "cli"]).output) == [
        *["audit-log"] * 3,
        "agreement:falck-hovedstaden",
    ]


def test_since_after_until_is_bad_input_in_both_languages(app: Flask, runner: Any) -> None:
    _write(app)
    result = runner.invoke(args=["audit", "log", "--since", "2026-12-05", "--until", "2026-12-01"])
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert lines[0].startswith("error: --since 2026-12-05 is after --until 2026-12-01")
    assert lines[1].startswith("fejl: --since 2026-12-05 ligger efter --until 2026-12-01")
    assert "Traceback" not in result.output
    same_day = runner.invoke(args=["audit", "log", "--since", "2026-12-02", "--until", "2026-12-02"])
    assert same_day.exit_code == 0 and len(same_day.output.splitlines()) == len(WRITTEN)
