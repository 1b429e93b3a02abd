"""Audit entries planted about two municipalities' citizens, for the tests of a municipality's own share of
the log (page-116, stop 70): one of each subject the scope must hold for (a record, a placement, a
document, a claim, a bundle), for each municipality alike, and reads that name both."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from agreements_once import seeds_loaded
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import AuditEvent, Document, Placement, Record, Submission
from hub.services import audit


@dataclass
class Planted:
    """The ids of the entries planted, by whose they are, and each municipality's participant id."""

    of: dict[str, list[int]] = field(default_factory=dict)  # code -> its own entries
    shared: list[int] = field(default_factory=list)  # reads naming both municipalities
    participant: dict[str, str] = field(default_factory=dict)
    placement: dict[str, int] = field(default_factory=dict)
    record: dict[str, int] = field(default_factory=dict)


def _citizen(code: str, n: int) -> None:
    """One placement of `code` with a record and the document it came from, written straight in."""
    db.session.add(
        Document(sha256=f"{n:064x}", size=1, media_type="text/csv", format="csv", filename="x.csv")
    )
    submission = Submission(
        document_sha256=f"{n:064x}",
        municipality_code=code,
        channel="test",
        submitted_by="test",
        filename="x.csv",
        status="accepted",
        created_at=datetime(2026, 9, 1, tzinfo=UTC),
    )
    placement = Placement(
        agreement_id="falck-hovedstaden",
        municipality_code=code,
        cpr_key=f"key-{n}",
        participant_id=f"P-TEST{n}",
        p_number="1900000101",
        start=date(2026, 8, 3),
        end=date(2026, 12, 31),
    )
    db.session.add_all([submission, placement])
    db.session.flush()
    db.session.add(
        Record(
            form_type="placement",
            identity=f"t:{n}",
            municipality_code=code,
            placement_id=placement.id,
            current_version=1,
        )
    )
    db.session.commit()


def citizens(app: Flask, codes: tuple[str, ...]) -> None:
    """The seeds' agreements and one citizen of each of `codes` in Falck Hovedstaden, on a fresh app."""
    with app.app_context():
        seeds_loaded()
        for n, code in enumerate(codes, start=1):
            _citizen(code, n)


def _objects(code: str) -> tuple[Placement, int, int]:
    placement = db.session.scalars(
        select(Placement).where(Placement.municipality_code == code).order_by(Placement.id)
    ).first()
    assert placement is not None, code
    record = db.session.scalar(select(Record.id).where(Record.placement_id == placement.id).limit(1))
    submission = db.session.scalar(
        select(Submission.id).where(Submission.municipality_code == code).order_by(Submission.id).limit(1)
    )
    assert record is not None and submission is not None, code
    return placement, record, submission


def plant(app: Flask, codes: tuple[str, str]) -> Planted:
    """Entries of each kind about each of `codes`' citizens, the same actors for both, and two shared
    reads naming both; one entry of the second whose detail holds the first's code as another value."""
    planted = Planted()
    with app.app_context():
        for code in codes:
            placement, record, submission = _objects(code)
            agreement = f"agreement:{placement.agreement_id}"
            planted.participant[code] = placement.participant_id
            planted.placement[code] = placement.id
            planted.record[code] = record
            rows = [
                ("user:falck", "read.record", f"record:{record}", {"version": 1, "municipalities": [code]}),
                ("user:falck", "read.placement", f"placement:{placement.id}", {"municipalities": [code]}),
                ("user:falck token:3", "read.submission", f"submission:{submission}", {}),
                ("user:revisor-ballerup", "read.document", f"record:{record}", {"version": 1}),
                (
                    "user:lead-gladsaxe",
                    "export.claim",
                    agreement,
                    {"municipality": code, "period": "2026-Q3"},
                ),
                ("user:revisor-ballerup", "bundle.created", f"municipality:{code}", {"period": "2026-Q3"}),
                ("user:kommune-herlev", "record.corrected", f"record:{record}", {"version": 2}),
            ]
            planted.of[code] = [_add(*row) for row in rows]
        first, second = codes
        both = sorted(planted.participant.values())
        places = sorted(planted.placement.values())
        shared = [
            (
                "user:falck",
                "read.company_page",
                agreement,
                {"participants": both, "municipalities": sorted(codes)},
            ),
            (
                "user:revisor-ballerup",
                "read.placements",
                "placements",
                {"placements": places, "municipalities": sorted(codes)},
            ),
        ]
        planted.shared = [_add(*row) for row in shared]
        # The second's, its detail holding the first's code as a period's name: not the first's.
        trap = ("user:falck", "read.company_page", agreement, {"municipalities": [second], "period": first})
        planted.of[second].append(_add(*trap))
        db.session.commit()
    return planted


def _add(actor: str, action: str, subject: str, detail: dict[str, object]) -> int:
    entry = audit.append(db.session, actor, action, subject, detail)
    db.session.flush()
    return entry.id


def newest_log_read(app: Flask) -> AuditEvent:
    """The newest read of the audit log (`read.audit_log`): the one a page view just wrote."""
    with app.app_context():
        last = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "read.audit_log").order_by(AuditEvent.id.desc())
        ).first()
        assert last is not None
        db.session.expunge(last)
        return last
