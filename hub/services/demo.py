"""The demo: the seeds' 81 citizens as each municipality's own forms, for the real adapters to read.

Forms are printed by `hub.demo.simulators` (stand-ins for each municipality's case system) and then
submitted like any upload; nothing is written to the canonical store except through ingestion.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from flask import current_app
from sqlalchemy.orm import Session

from hub import interrupts
from hub.demo.lifecycle import lifecycle
from hub.demo.population import build_population, to_end_record, to_placement_record
from hub.demo.simulators import simulator
from hub.errors import HubError, Rejection
from hub.services import agreements, ingest
from hub.services.demo_company import CompanyForm, company_form, participant_of, submit_company
from hub.services.demo_days import received_at
from hub.services.registry import registry


@dataclass(frozen=True)
class DemoForm:
    """One printed form: who sends it, its file name, and the day it would have arrived."""

    municipality: str
    filename: str
    data: bytes
    received: date | None = None


def arrival(record: dict[str, Any]) -> date:
    """The day a demo form would have come in: a placement a week before it starts, a grant the day
    after it was granted, a timesheet two days after it was signed (or after its month), a progress
    report two days after it was measured, an end form two days after the last day."""
    kind = record["form_type"]
    if kind == "placement":
        return date.fromisoformat(record["period"]["start"]) - timedelta(days=7)
    if kind == "mentor_support":
        return date.fromisoformat(record["granted_on"]) + timedelta(days=1)
    if kind == "mentor_hours":
        last = date.fromisoformat(record["entries"][-1]["week"] + "-7")
        signed = date.fromisoformat(record["signed_on"]) if record["signed_on"] else last
        return max(signed, last) + timedelta(days=2)
    day = record["measured_on"] if kind == "progress_report" else record["ended_on"]
    return date.fromisoformat(day) + timedelta(days=2)


def demo_forms(session: Session, form_types: tuple[str, ...]) -> Iterator[DemoForm]:
    """Print every demo citizen's forms of the given types, in each municipality's dialect."""
    stored = {a.id: a.data for a in agreements.list_agreements(session)}
    for number, plan in enumerate(build_population(), start=1):
        agreement = stored.get(plan.agreement_id)
        if agreement is None:
            raise HubError(
                f"agreement {plan.agreement_id} is not loaded: run `hub agreements load` first",
                f"aftalen {plan.agreement_id} er ikke indlæst: kør `hub agreements load` først",
            )
        printer = simulator(plan.municipality)
        for form_type in form_types:
            record = (
                to_placement_record(plan, agreement)
                if form_type == "placement"
                else to_end_record(plan, agreement)
            )
            if record is None or form_type not in printer.FORMS:
                continue
            data = printer.render(form_type, printer.localise(form_type, record))
            suffix = _suffix(data)
            name = f"demo-{number:02d}-{form_type}.{suffix}"
            yield DemoForm(plan.municipality, name, data, arrival(record))


def _suffix(data: bytes) -> str:
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK"):
        return "xlsx"
    return "xml" if data.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<") else "csv"


def submit(session: Session, form: DemoForm) -> ingest.Submitted:
    """Submit one demo form as its municipality would."""
    return ingest.submit(
        session,
        form.data,
        form.filename,
        form.municipality,
        "demo",
        f"demo:{form.municipality}",
        received_at(form.received),
    )


def submit_all(session: Session, forms: Sequence[DemoForm]) -> list[ingest.Submitted]:
    """Submit many demo forms, each municipality's in one transaction (`ingest.submit_many`); their
    outcomes in the forms' order. A refused form is the demo's own error: raised."""
    mine: dict[str, list[int]] = {}
    for n, form in enumerate(forms):
        mine.setdefault(form.municipality, []).append(n)
    done: dict[int, ingest.Submitted] = {}
    for municipality, numbers in mine.items():
        party = ingest.party_of(session, municipality)
        items = [
            ingest.Item(forms[n].data, forms[n].filename, received_at(forms[n].received)) for n in numbers
        ]
        for n, outcome in zip(
            numbers, ingest.submit_many(session, party, items, "demo", f"demo:{municipality}"), strict=True
        ):
            if isinstance(outcome, Rejection):
                raise outcome
            done[n] = outcome
    return [done[n] for n in range(len(forms))]


def lifecycle_forms(session: Session) -> tuple[list[DemoForm], list[CompanyForm]]:
    """August–October 2026 as each municipality's own forms, and the company's filled-in monthly forms
    for the agreements whose company logs mentor hours on the one form."""
    stored = {a.id: a.data for a in agreements.list_agreements(session)}
    grant_forms = {c.slug for c in registry().all() if any(f.form_type == "mentor_support" for f in c.forms)}
    own: list[DemoForm] = []
    hours: dict[tuple[str, str], dict[str, dict[str, str]]] = {}
    secret = str(current_app.config["PSEUDONYM_KEY"])
    for number, life in enumerate(lifecycle(build_population(), stored, grant_forms), start=1):
        interrupts.check()  # `hub demo` stops here on a Ctrl-C Python dropped (a no-op elsewhere)
        record = life.record
        kind = record["form_type"]
        if life.company is not None:
            pid = participant_of(session, secret, record)
            hours.setdefault((life.company, life.month), {})[pid] = {
                e["week"]: e["hours"] for e in record["entries"]
            }
            continue
        printer = simulator(life.municipality)
        data = printer.render(kind, printer.localise(kind, record))
        own.append(
            DemoForm(
                life.municipality,
                f"demo-{life.month}-{number:03d}-{kind}.{_suffix(data)}",
                data,
                arrival(record),
            )
        )
    company_forms = [
        company_form(session, agreement_id, month, filled)
        for (agreement_id, month), filled in sorted(hours.items())
    ]
    return own, company_forms


def submit_in_order(
    session: Session, own: Sequence[DemoForm], company: Sequence[CompanyForm]
) -> list[ingest.Submitted]:
    """Submit the months' forms day by day in the order they came in, the company's among the
    municipalities': the lists of files sent are newest first by submission, so they read as a calendar."""
    days = sorted({form.received or date.min for form in own} | {form.received for form in company})
    submitted: list[ingest.Submitted] = []
    for day in days:
        submitted += submit_all(session, [form for form in own if (form.received or date.min) == day])
        submitted += [submit_company(session, form) for form in company if form.received == day]
    return submitted
