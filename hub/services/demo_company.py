"""The demo's company forms: each month's one form the hub makes for an agreement whose company logs
mentor hours on it, filled in by the demo's stand-in mentor and submitted as the company would."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.demo.company_filler import fill_pdf, fill_xlsx
from hub.errors import HubError
from hub.exports.company_form_pdf import write_form_pdf
from hub.exports.company_form_xlsx import write_form_xlsx
from hub.models import Placement
from hub.periods import parse_period
from hub.pseudonyms import cpr_key
from hub.services import company, ingest, payments
from hub.services.demo_days import received_at


@dataclass(frozen=True)
class CompanyForm:
    """The company's one form for a month, filled in by the demo's stand-in mentor."""

    agreement_id: str
    filename: str
    data: bytes
    received: date


def participant_of(session: Session, secret: str, record: dict[str, Any]) -> str:
    """The stored participant id of a demo citizen's placement (the company's form names interns by it)."""
    query = select(Placement.participant_id).where(
        Placement.cpr_key == cpr_key(secret, record["citizen"]["cpr"]),
        Placement.p_number == record["site"]["p_number"],
    )
    found = session.scalars(query).first()
    if found is None:
        raise HubError(
            "the demo's placements are not stored: run `hub demo` on an empty database",
            "demoens praktikker er ikke gemt: kør `hub demo` på en tom database",
        )
    return found


def company_form(
    session: Session, agreement_id: str, month: str, filled: dict[str, dict[str, str]]
) -> CompanyForm:
    """The month's form made by the hub, filled in: PDF for odd months, the spreadsheet for even ones."""
    agreement = payments.agreement(session, agreement_id)
    period = parse_period(month)
    spec = company.form_spec(session, agreement, "mentor_hours", period)
    signer = next(iter(spec.interns)).mentor_name if spec.interns else "Mentor"
    signed_on = period.end + timedelta(days=1)
    out = io.BytesIO()
    if period.start.month % 2:
        write_form_xlsx(spec, out)
        data, suffix = fill_xlsx(out.getvalue(), filled, signer, signed_on), "xlsx"
    else:
        write_form_pdf(spec, out)
        data, suffix = fill_pdf(out.getvalue(), filled, signer, signed_on), "pdf"
    name = f"demo-{month}-{agreement_id}-mentortimer.{suffix}"
    return CompanyForm(agreement_id, name, data, signed_on + timedelta(days=2))


def submit_company(session: Session, form: CompanyForm) -> ingest.Submitted:
    """Submit a filled-in company form as the company would."""
    sender = f"demo:{form.agreement_id}"
    received = received_at(form.received)
    return ingest.submit_company(
        session, form.data, form.filename, form.agreement_id, "demo", sender, received
    )
