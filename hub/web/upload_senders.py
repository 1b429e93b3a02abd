"""Whom each file in a list of files sent was sent as, and which a partner's lead sent for it.

A lead's list holds its own municipality's forms, the company's forms on the agreements it leads and the
forms it sent for its partners (`scope.submission_clause`): a rejected one said where and why, and not
whom to tell. A partner's list is its municipality's files, and those are also the ones its lead sent as
it (a form forwarded to the lead, or sent again "as Herlev" after it was refused as the lead's own): the
partner's caseworker found a file there nobody in the office had sent (walk of stop 62), so such a line
says who sent it (`sent_by_lead`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import Agreement, Submission, User
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


def sent_by_lead(session: Session, rows: list[Submission]) -> set[int]:
    """The submissions among `rows` that a lead job centre's user (or its token) sent; one statement."""
    # `submitted_by` is the sender's audit name (`Principal.actor`): "user:NAME", " token:N" after it
    # for a system. Other channels ("demo:…", a worker's) name no user.
    users = {
        r.id: r.submitted_by.removeprefix("user:").split(" ")[0]
        for r in rows
        if r.submitted_by.startswith("user:")
    }
    leads = set(
        session.scalars(
            select(User.username).where(User.username.in_(set(users.values())), User.role == "lead")
        )
    )
    return {submission_id for submission_id, name in users.items() if name in leads}
