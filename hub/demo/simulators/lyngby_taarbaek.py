"""Lyngby-Taarbæk's case system: attribute-heavy XML with the prefix ``lt``, Danish dates and commas.

Local keys are paths relative to the root (``@cpr``, ``lt:Borger/@navn``, ``lt:Dag[2]/@timer``).
Mentor hours are kept per day (each canonical week spread over its working days), the five progress
scores as attributes of one ``lt:Vurdering``.
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import (
    BENEFIT_NAMES,
    OUTCOME_NAMES,
    SCORE_NAMES,
    cpr_dash,
    da_date,
    da_decimal,
    phone_spaced,
)
from hub.demo.render_data import xml_document
from hub.demo.timesheets import daily_hours

NAMESPACE = "http://lyngby-taarbaek.dk/ns/virksomhedspraktik/2"
FORMS = {
    "placement": "forloeb",
    "mentor_support": "mentorbevilling",
    "mentor_hours": "mentortimer",
    "progress_report": "statusrapport",
    "placement_end": "afslutning",
}
ROOTS = {
    "placement": "lt:Forloeb",
    "mentor_support": "lt:Mentorbevilling",
    "mentor_hours": "lt:Mentortimer",
    "progress_report": "lt:Statusrapport",
    "placement_end": "lt:Afslutning",
}

BENEFITS = BENEFIT_NAMES | {"unknown": "Ikke oplyst"}
EMPLOYERS = {"company": "Virksomhedsmentor", "jobcentre": "Jobcentermentor"}
OUTCOMES = OUTCOME_NAMES | {"stopped_other": "Stoppet af anden grund"}


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record as Lyngby-Taarbæk's system does: attributes, 03.08.2026, "1,5"."""
    cpr = cpr_dash(record["citizen"]["cpr"])
    if form_type == "placement":
        return _placement(record)
    if form_type == "mentor_hours":
        local = {"@cpr": cpr, "@pnr": record["site"]["p_number"], "@mentor": record["mentor"]["name"]}
        for n, (day, hours) in enumerate(daily_hours(record["entries"]), 1):
            local[f"lt:Dag[{n}]/@dato"] = da_date(day)
            local[f"lt:Dag[{n}]/@timer"] = da_decimal(hours)
        if record["signed_by"] is not None:  # unsigned: no attestation yet
            local["lt:Attestation/@navn"] = record["signed_by"]
            local["lt:Attestation/@dato"] = da_date(record["signed_on"])
        return local
    if form_type == "mentor_support":
        return {
            "@cpr": cpr,
            "@pnr": record["site"]["p_number"],
            "@bevilget": da_date(record["granted_on"]),
            "lt:Mentor/@navn": record["mentor"]["name"],
            "lt:Mentor/@type": EMPLOYERS[record["mentor"]["employer"]],
            "lt:Bevilling/@fra": da_date(record["period"]["start"]),
            "lt:Bevilling/@til": da_date(record["period"]["end"]),
            "lt:Bevilling/@timerPrUge": da_decimal(record["hours_per_week"]),
            "lt:Bevilling/@timesats": da_decimal(record["hourly_rate_dkk"]),
        }
    if form_type == "progress_report":
        local = {"@cpr": cpr, "@pnr": record["site"]["p_number"], "@dato": da_date(record["measured_on"])}
        for score, name in SCORE_NAMES.items():
            local[f"lt:Vurdering/@{name.lower()}"] = str(record["scores"][score])
        if record.get("note"):
            local["lt:Note"] = record["note"]
        return local
    if form_type == "placement_end":
        local = {
            "@cpr": cpr,
            "@pnr": record["site"]["p_number"],
            "@dato": da_date(record["ended_on"]),
            "@aarsag": OUTCOMES.get(record["outcome"], ""),
        }
        if record.get("note"):
            local["lt:Note"] = record["note"]
        return local
    raise KeyError(f"Lyngby-Taarbæk sends no {form_type!r} form")


def _placement(record: dict[str, Any]) -> dict[str, str]:
    local = {
        "@cpr": cpr_dash(record["citizen"]["cpr"]),
        "@start": da_date(record["period"]["start"]),
        "@slut": da_date(record["period"]["end"]),
        "@timerPrUge": da_decimal(record["hours_per_week"]),
        "lt:Borger/@navn": record["citizen"]["name"],
        "lt:Borger/@ydelse": BENEFITS[record["benefit"]],
    }
    if record.get("visitation"):
        local["lt:Borger/@visitation"] = record["visitation"].capitalize()
    local |= {
        "lt:Virksomhed/@cvr": record["company"]["cvr"],
        "lt:Virksomhed/@navn": record["company"]["name"],
        "lt:Virksomhed/lt:Sted/@pnr": record["site"]["p_number"],
        "lt:Virksomhed/lt:Sted/@navn": record["site"]["name"],
        "lt:Mentor/@navn": record["mentor"]["name"],
        "lt:Mentor/@type": EMPLOYERS[record["mentor"]["employer"]],
        "lt:Sagsbehandler/@navn": record["caseworker"]["name"],
        "lt:Sagsbehandler/@mail": record["caseworker"]["email"],
        "lt:Sagsbehandler/@tlf": phone_spaced(record["caseworker"]["phone"]),
    }
    if record.get("purpose"):
        local["lt:Formaal"] = record["purpose"]
    return local


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print the form as the case system's XML export."""
    return xml_document(ROOTS[form_type], {"lt": NAMESPACE}, local.items())
