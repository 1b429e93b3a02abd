"""Bench data: distinct demo forms by the thousand for ingestion, and placements by the thousand for the
outbound benchmark, written straight into the database.

Forms (`bench_forms`): the demo's citizens printed again by their municipality's stand-in case system, each
copy a new citizen (another CPR number on the same birth date), so every document has its own bytes and
its own placement: no duplicates, and the demo's mix of formats is kept.

Placements (`populate`):

Ingesting 10,000 placements through the adapters would measure ingestion, not payments or bundles: the
records here are valid canonical records (each checked by `load_record` once per shape), linked to
placements, with versions, provenance rows and a small stored document each, inserted in bulk. The
placements spread over Falck Hovedstaden's five municipalities and sites, all running in September 2026.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from hub.adapters.readers.sniff import sniff_format
from hub.demo.population import build_population, to_placement_record
from hub.demo.simulators import simulator
from hub.models import (
    AuditEvent,
    AuditPending,
    Document,
    Placement,
    Provenance,
    Record,
    RecordVersion,
    Submission,
)
from hub.pseudonyms import cpr_key, participant_id
from hub.schemas.records import load_record
from hub.services import agreements
from hub.services.demo import DemoForm, arrival

# Every placement in Gladsaxe, so that its bundle and its claim cover all N (payments and the company's
# export cover the whole agreement anyway).
MUNICIPALITIES = ("159",)
SITES = (("1900000101", "Falck Søborg"), ("1900000102", "Falck Ballerup"), ("1900000103", "Falck Taastrup"))
BATCH = 2000
_EVENTS = [0]  # the last audit entry id given (one process populates one database)


def other_cpr(cpr: str, used: set[str]) -> str:
    """A CPR number not in `used` with the same birth date, century digit and sex (the last digit's
    parity) as `cpr`; added to `used`."""
    head, tail = cpr[:7], int(cpr[7:])
    for step in range(1, 500):
        candidate = f"{head}{(tail + 2 * step) % 1000:03d}"
        if candidate not in used:
            used.add(candidate)
            return candidate
    raise ValueError(f"no free CPR number left for the birth date {cpr[:6]}")


@dataclass(frozen=True)
class BenchForms:
    """The bench's documents: at least N of each format, and at least N in the demo's mix."""

    per_format: dict[str, list[DemoForm]]
    mixed: list[DemoForm]


def _plan_forms(session: Session, copies: Sequence[int]) -> Iterator[tuple[str, int, DemoForm]]:
    """(format, copy, placement form) of every demo plan, `copies[i]` times for plan i: copy 0 as the
    demo prints it, every further copy for a new citizen."""
    stored = {a.id: a.data for a in agreements.list_agreements(session)}
    plans = build_population()
    used = {plan.cpr for plan in plans}
    for number, (plan, times) in enumerate(zip(plans, copies, strict=True), start=1):
        printer = simulator(plan.municipality)
        for copy in range(times):
            citizen = plan if copy == 0 else dataclasses.replace(plan, cpr=other_cpr(plan.cpr, used))
            record = to_placement_record(citizen, stored[plan.agreement_id])
            data = printer.render("placement", printer.localise("placement", record))
            fmt = sniff_format(data)
            name = f"bench-{copy:04d}-{number:02d}-placement.{fmt}"
            yield fmt, copy, DemoForm(plan.municipality, name, data, arrival(record))


def bench_forms(session: Session, at_least: int, mixed_at_least: int | None = None) -> BenchForms:
    """At least `at_least` distinct placement forms of each format the demo prints (each format's plans
    copied in whole rounds), and, from the same forms, at least `mixed_at_least` (default `at_least`)
    in the demo's mix (the first whole rounds of every plan)."""
    plans = build_population()
    formats = [fmt for fmt, _, _ in _plan_forms(session, [1] * len(plans))]
    plans_of = Counter(formats)
    copies = [max(1, math.ceil(at_least / plans_of[fmt])) for fmt in formats]
    rounds = max(1, math.ceil((mixed_at_least or at_least) / len(plans)))
    per_format: dict[str, list[DemoForm]] = {}
    mixed: list[tuple[int, DemoForm]] = []
    for fmt, copy, form in _plan_forms(session, [max(c, rounds) for c in copies]):
        per_format.setdefault(fmt, []).append(form)
        if copy < rounds:
            mixed.append((copy, form))
    # Round by round, as the demo's mix would arrive, rather than one citizen's copies in a row.
    return BenchForms(per_format, [form for _, form in sorted(mixed, key=lambda pair: pair[0])])


def _cpr(n: int) -> str:
    born = date(1960, 1, 1) + timedelta(days=n % 15000)
    return f"{born:%d%m%y}{n % 4}{n % 1000:03d}"


def _records(n: int, start: date, code: str, site: tuple[str, str]) -> Iterator[dict[str, Any]]:
    cpr = _cpr(n)
    head = {
        "schema_version": 1,
        "municipality_code": code,
        "citizen": {"cpr": cpr},
        "site": {"p_number": site[0]},
    }
    end = start + timedelta(weeks=26) - timedelta(days=1)
    yield head | {
        "form_type": "placement",
        "citizen": {"cpr": cpr, "name": f"Deltager {n}"},
        "company": {"cvr": "22222228", "name": "Falck Danmark"},
        "site": {"p_number": site[0], "name": site[1]},
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "hours_per_week": "20.0",
        "benefit": "kontanthjaelp",
        "visitation": "aktivitetsparat",
        "mentor": {"name": "Mads Eksempel", "employer": "company"},
        "caseworker": {"name": "Susanne Holm", "email": "susanne.holm@gladsaxe.example.dk"},
    }
    yield head | {
        "form_type": "mentor_support",
        "mentor": {"name": "Mads Eksempel", "employer": "company"},
        "hours_per_week": "3.0",
        "hourly_rate_dkk": "275.00",
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "granted_on": (start - timedelta(days=5)).isoformat(),
    }
    for first, last in ((32, 35), (36, 40), (41, 44)):
        entries = [
            {"week": f"2026-W{w:02d}", "hours": "3.0" if (n + w) % 7 else "2.5"}
            for w in range(first, last + 1)
        ]
        total = sum(float(e["hours"]) for e in entries)
        yield head | {
            "form_type": "mentor_hours",
            "mentor": {"name": "Mads Eksempel"},
            "entries": entries,
            "total_hours": f"{total:.1f}",
            "signed_by": "Mads Eksempel" if n % 13 else None,
            "signed_on": "2026-10-01" if n % 13 else None,
        }
    for measured in (date(2026, 8, 27), date(2026, 9, 24)):
        scores = {"attendance": 4, "punctuality": 3, "cooperation": 4, "task_solving": 3, "independence": 2}
        yield head | {"form_type": "progress_report", "measured_on": measured.isoformat(), "scores": scores}


def populate(
    session: Session,
    blob_dir: Path,
    count: int,
    agreement_id: str = "falck-hovedstaden",
    municipalities: tuple[str, ...] = MUNICIPALITIES,
) -> None:
    """Insert `count` placements with their records, documents and provenance, in batches, shared out
    over `municipalities` in turn. Each placement's records came in one document (as from a case
    system's export of one citizen's file)."""
    now = datetime(2026, 11, 1, tzinfo=UTC)
    models = (Document, Submission, Placement, Record, RecordVersion, Provenance, AuditEvent, AuditPending)
    rows: dict[type, list[dict[str, Any]]] = {model: [] for model in models}
    checked: set[str] = set()
    record_id = 0
    _EVENTS[0] = session.scalar(select(func.max(AuditEvent.id))) or 0
    for n in range(1, count + 1):
        code, site = municipalities[n % len(municipalities)], SITES[n % 3]
        start = date(2026, 5, 4) + timedelta(weeks=n % 17)
        cpr = _cpr(n)
        digest, name = _document(blob_dir, n)
        rows[Document].append(
            {
                "sha256": digest,
                "size": 64,
                "media_type": "text/csv",
                "format": "csv",
                "filename": name,
                "received_at": now,
                "extraction": None,
            }
        )
        rows[Submission].append(
            {
                "id": n,
                "document_sha256": digest,
                "municipality_code": code,
                "agreement_id": None,
                "channel": "bench",
                "submitted_by": "bench",
                "filename": name,
                "status": "accepted",
                "form_id": "bench",
                "problems": None,
                "error": None,
                "job_id": None,
                "created_at": now,
                "updated_at": now,
            }
        )
        rows[Placement].append(
            {
                "id": n,
                "agreement_id": agreement_id,
                "municipality_code": code,
                "cpr_key": cpr_key("bench-secret", cpr),
                "p_number": site[0],
                "start": start,
                "end": start + timedelta(weeks=26, days=-1),
                "participant_id": participant_id("bench-secret", cpr, site[0], start.isoformat()),
                "created_at": now,
            }
        )
        for record in _records(n, start, code, site):
            if record["form_type"] not in checked:  # every shape is a valid canonical record
                load_record(record)
                checked.add(record["form_type"])
            record_id += 1
            _add(rows, record_id, n, record, digest, now)
            _logged(rows, f"record:{record_id}", "record.submitted", now)
        _logged(rows, f"submission:{n}", "submission.accepted", now)
        if len(rows[Provenance]) >= BATCH * 5:
            _flush(session, rows)
    _flush(session, rows)
    session.commit()


def _logged(rows: dict[type, list[dict[str, Any]]], subject: str, action: str, now: datetime) -> None:
    """An audit entry about a subject, waiting for the sequencer, as ingestion would have written it."""
    _EVENTS[0] += 1
    event = _EVENTS[0]
    rows[AuditEvent].append(
        {
            "id": event,
            "occurred_at": now,
            "actor": "bench",
            "action": action,
            "subject": subject,
            "detail": {},
        }
    )
    rows[AuditPending].append({"event_id": event})


def _document(blob_dir: Path, n: int) -> tuple[str, str]:
    data = f"bench document {n:08d} for one placement's forms\n".encode()
    digest = hashlib.sha256(data).hexdigest()
    _blob(blob_dir, digest, data)
    return digest, f"placement-{n}.csv"


def _add(
    rows: dict[type, list[dict[str, Any]]],
    record_id: int,
    n: int,
    record: dict[str, Any],
    digest: str,
    now: datetime,
) -> None:
    rows[Record].append(
        {
            "id": record_id,
            "form_type": record["form_type"],
            "identity": f"{n}:{record_id}",
            "municipality_code": record["municipality_code"],
            "placement_id": n,
            "current_version": 1,
            "created_at": now,
        }
    )
    rows[RecordVersion].append(
        {
            "id": record_id,
            "record_id": record_id,
            "version": 1,
            "submission_id": n,
            "reason": "submitted",
            "data": record,
            "created_at": now,
        }
    )
    for path in ("citizen.cpr", "site.p_number"):
        rows[Provenance].append(
            {
                "record_version_id": record_id,
                "path": path,
                "document_sha256": digest,
                "locator": {"cell": "B2", "row": 2, "col": 2},
                "source_key": "B2",
                "raw_value": "x",
                "transforms": [],
            }
        )


def _blob(root: Path, digest: str, data: bytes) -> None:
    """Write a blob where the blob store keeps it (without its fsync: the bench throws it away)."""
    target = root / digest[:2] / digest[2:4] / digest
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as handle:
        handle.write(data)
    os.chmod(target, 0o444)


def _flush(session: Session, rows: dict[type, list[dict[str, Any]]]) -> None:
    for model, batch in rows.items():
        if batch:
            session.execute(insert(model), batch)
            batch.clear()
