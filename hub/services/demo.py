"""The demo: the seeds' 81 citizens as each municipality's own forms, for the real adapters to read.

Forms are printed by `hub.demo.simulators` (stand-ins for each municipality's case system) and then
submitted like any upload; nothing is written to the canonical store except through ingestion.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hub.demo.population import build_population, to_end_record, to_placement_record
from hub.demo.simulators import simulator
from hub.errors import HubError
from hub.services import agreements, ingest


@dataclass(frozen=True)
class DemoForm:
    """One printed form: who sends it and its file name."""

    municipality: str
    filename: str
    data: bytes


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
            yield DemoForm(plan.municipality, f"demo-{number:02d}-{form_type}.{suffix}", data)


def _suffix(data: bytes) -> str:
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK"):
        return "xlsx"
    return "xml" if data.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<") else "csv"


def submit(session: Session, form: DemoForm) -> ingest.Submitted:
    """Submit one demo form as its municipality would."""
    return ingest.submit(
        session, form.data, form.filename, form.municipality, "demo", f"demo:{form.municipality}"
    )
