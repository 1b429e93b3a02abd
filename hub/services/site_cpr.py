"""A placement form's P-number that reads as a CPR number and is the site of no agreement (decision 0060,
"Stop 58: quiet-67").

A caseworker who pastes the citizen's CPR number into the P-number's field (both are ten digits) was
refused "site 0101901234 is not a site of any agreement ...": the number quoted into the stored reason,
and the reason naming the site, not the slip. Many real P-numbers read as a CPR number too (a P-number
is ten digits, any of them a date and four more), so the shape alone refuses nothing: only where no
agreement of the sender has the site, where the form is refused anyway, is it told as what it most
likely is, without quoting it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from hub.errors import FieldProblem, Rejection
from hub.pseudonyms import holds_cpr_like
from hub.services.agreements import agreements_for_site


def refuse_cpr_like_site(session: Session, record: dict[str, Any]) -> None:
    """A `Rejection` at `site.p_number` of a placement form whose P-number looks like a CPR number and
    is the site of no agreement its municipality is part of; nothing otherwise (linking then says what
    it says of the site). A follow-up form is left to linking: it waits for its placement."""
    if record.get("form_type") != "placement":
        return
    p_number, municipality = record["site"]["p_number"], record["municipality_code"]
    if not holds_cpr_like(p_number) or agreements_for_site(session, p_number, municipality):
        return
    en = (
        f"the P-number looks like a CPR number and is the site of no agreement that municipality"
        f" {municipality} is part of: write the site's P-number (10 digits, as the agreement names the site)"
    )
    da = (
        f"P-nummeret ligner et CPR-nummer og er ikke et arbejdssted i nogen aftale, som kommune"
        f" {municipality} er med i: skriv arbejdsstedets P-nummer (10 cifre, som aftalen nævner det)"
    )
    # Read again if an agreement names that site after all; but most likely the file's P-number is wrong,
    # as the words say: the page offers a fixed file (walk-110).
    problem = FieldProblem(en, da, field="site.p_number", outside_document=True, may_be_in_document=True)
    raise Rejection([problem])
