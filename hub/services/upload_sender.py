"""Whom a signed-in user may send documents as (`sender_for`): staff their own municipality or, a lead,
a partner of an agreement it leads (`partners_led`); a company one of its agreements. The upload itself
is `uploads`'."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.access import Principal
from hub.errors import FieldProblem, NotFound, Rejection
from hub.models import Agreement, AgreementMunicipality
from hub.schemas.field_names import field_name
from hub.schemas.municipalities import by_name
from hub.services import scope
from hub.services.ingest_types import Submitter
from hub.services.registry import registry


def sender_for(
    session: Session, who: Principal, municipality: str | None, agreement_id: str | None
) -> Submitter:
    """Whom the user may send as: staff their own municipality (a lead also a partner of an agreement it
    leads); a company one of its agreements (the only one when it has one). A choice the user's role
    does not make is refused, not ignored: the documents would be sent as someone else than asked."""
    if who.role == "company":
        if municipality:
            raise form_refused(
                "municipality",
                "a company sends as itself: leave out `municipality` (give `agreement` if in several)",
                "en virksomhed indsender som sig selv: udelad `municipality` (angiv `agreement`, hvis den er "
                "i flere)",
            )
        if agreement_id:
            return Submitter(agreement_id=scope.agreement(session, who, agreement_id).id)
        mine = scope.agreements(session, who)
        if len(mine) != 1:
            ids = ", ".join(a.id for a in mine)
            raise form_refused(
                "agreement",
                f"the company is in several agreements: give the one the form is for ({ids})",
                f"virksomheden er med i flere aftaler: angiv den, skemaet hører til ({ids})",
            )
        return Submitter(agreement_id=mine[0].id)
    if agreement_id:
        raise form_refused(
            "agreement",
            "a municipality sends as a municipality: leave out `agreement` (it is a company's choice)",
            "en kommune indsender som kommune: udelad `agreement` (det vælger kun en virksomhed)",
        )
    own = who.municipality or ""
    # "0163" is Herlev as much as "163" is (DESIGN.md), as on the claim's and the bundle's URLs.
    code = registry().code_of(municipality) if municipality else own
    if code == own or code in partners_led(session, who):
        return Submitter(municipality_code=code)
    # Like another party's objects: not found, rather than telling which codes are partners.
    raise NotFound(
        f"you may not send documents as municipality {code}",
        f"du må ikke indsende dokumenter for kommune {code}",
    )


def form_refused(name: str, reason_en: str, reason_da: str) -> Rejection:
    """A 422 naming one field of the upload's form. A reason that names a field to send or leave out
    names it as the form's key (`agreement`) in both languages: the API's field names are not
    translated, and "udelad aftale" left a program's author to guess which key that was."""
    problem = FieldProblem(reason_en, reason_da, field=name, locator="form", locator_da="formularen")
    refused = Rejection([problem])
    # The Danish line names the field in Danish ("aftale"), not by the form's English key (`field` keeps
    # that for a program).
    refused.message_da = f"formularen / {field_name(name, 'da')}: {problem.reason_da}"
    return refused


def partners_led(session: Session, who: Principal) -> list[str]:
    """The municipality codes a lead may upload for besides its own: the partners of agreements it leads,
    in the Danish order of their names (as the upload page lists them)."""
    if who.role != "lead":
        return []
    return led_partners(session, who.municipality or "")


def led_partners(session: Session, lead: str) -> list[str]:
    """The partners of the agreements municipality `lead` leads (none when it leads none), by name: whose
    forms it has an agreement to send besides its own."""
    query = (
        select(AgreementMunicipality.municipality_code)
        .join(Agreement, Agreement.id == AgreementMunicipality.agreement_id)
        .where(Agreement.lead_municipality == lead)
        .where(AgreementMunicipality.municipality_code != lead)
        .distinct()
    )
    return by_name(session.scalars(query))
