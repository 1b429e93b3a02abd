"""Whom each file in a lead's list of files sent was sent as.

A lead's list holds its own municipality's forms, the company's forms on the agreements it leads and the
forms it sent for its partners (`scope.submission_clause`): a rejected one said where and why, and not
whom to tell. A partner's and a company's lists are their own files only and need no such column.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import Agreement, Submission
from hub.schemas.municipalities import municipality_name


def sent_as(session: Session, rows: list[Submission]) -> dict[int, str]:
    """Each submission's sender by name: its municipality ("Herlev", as the upload form names it) or,
    for a company's form, the agreement's company ("Falck Danmark"); one statement for a page."""
    agreements = sorted({r.agreement_id for r in rows if r.agreement_id and not r.municipality_code})
    found = session.execute(select(Agreement.id, Agreement.company_name).where(Agreement.id.in_(agreements)))
    companies = {agreement_id: name for agreement_id, name in found}
    return {
        r.id: municipality_name(r.municipality_code).removesuffix(" Kommune")
        if r.municipality_code
        else companies.get(r.agreement_id or "", "")
        for r in rows
    }
