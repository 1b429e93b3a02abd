"""An agreement as one municipality's auditor's bundle shows it (decision 0012, "Stop 39").

The agreement is stored as one file for all its municipalities: each one's allotted places and each job
centre's contact. The bundle of one municipality keeps its own places and contacts, the company's and
the lead's (the lead holds the company's forms the bundle names), and leaves out the other members':
their staff and their allotment are not this municipality's documentation.
"""

from __future__ import annotations

import copy
from typing import Any

# A municipality taken out of the agreement is no longer in the stored file: the versions of the terms
# that list it, in the bundle's period, are what its claim for its days as a member was priced by.
MEMBER_TERMS = "terms_as_member"
# A member's agreement is stored as it is now: a period before a change of the terms was priced by the
# versions in effect in it, which the stored file (the newest terms) no longer says (stop 51).
PERIOD_TERMS = "terms_in_period"


def for_municipality(data: dict[str, Any], code: str) -> dict[str, Any]:
    """A copy of the stored agreement `data` without the other municipalities' places and job-centre
    contacts; a contact that names no municipality stays."""
    shown = copy.deepcopy(data)
    payment = shown.get("payment")
    if isinstance(payment, dict) and isinstance(payment.get("places_per_municipality"), dict):
        places = payment["places_per_municipality"]
        payment["places_per_municipality"] = {key: value for key, value in places.items() if key == code}
    contacts = shown.get("contacts")
    jobcentres = contacts.get("jobcentre") if isinstance(contacts, dict) else None
    if isinstance(contacts, dict) and isinstance(jobcentres, dict):
        keep = {code, shown.get("lead_municipality")}
        contacts["jobcentre"] = {
            role: contact
            for role, contact in jobcentres.items()
            if not isinstance(contact, dict) or contact.get("municipality_code", code) in keep
        }
    return shown


def with_member_terms(
    shown: dict[str, Any], code: str, versions: list[dict[str, Any]], key: str = MEMBER_TERMS
) -> dict[str, Any]:
    """`shown` (from `for_municipality`) with the versions of the terms (`Version.describe()`) the
    municipality was a member under in the period, each with only its own places, under `key`:
    `MEMBER_TERMS` for one taken out since (decision 0010, "Payments and dashboards"), `PERIOD_TERMS`
    for a member now."""
    own = [{**v, "places": {code_: n for code_, n in v["places"].items() if code_ == code}} for v in versions]
    return {**shown, key: own}
