"""Høje-Taastrup's case system: element-centric XML in one default namespace, with local benefit codes.

Local keys are element paths relative to the root (``Borger/CPRNummer``), in document order, so that
the rendered document follows the sequence of its XSD (``schemas/hoeje-taastrup/``). Mentor hours are
kept per day (``Registreringer/Dag[n]``), and progress scores as rating codes (``MG`` ... ``D``).
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import SCORE_NAMES, cpr_dash, phone_spaced, split_name
from hub.demo.render_data import xml_document
from hub.demo.timesheets import daily_hours

NAMESPACE = "urn:dk:hoeje-taastrup:jobcenter:praktik:1"
FORMS = {
    "placement": "praktikaftale",
    "mentor_support": "mentorbevilling",
    "mentor_hours": "mentortimer",
    "progress_report": "statusrapport",
    "placement_end": "praktikophoer",
}
ROOTS = {
    "placement": "Praktikaftale",
    "mentor_support": "Mentorbevilling",
    "mentor_hours": "Mentortimer",
    "progress_report": "Statusrapport",
    "placement_end": "Praktikophoer",
}

# (benefit, visitation) -> the local "ydelseskode"; one code carries both canonical fields.
BENEFIT_CODES = {
    ("kontanthjaelp", "aktivitetsparat"): "KH-AP",
    ("kontanthjaelp", "jobparat"): "KH-JP",
    ("uddannelseshjaelp", "uddannelsesparat"): "UH-UP",
    ("uddannelseshjaelp", "aktivitetsparat"): "UH-AP",
    ("sygedagpenge", None): "SDP",
    ("ledighedsydelse", None): "LY",
    ("ressourceforloebsydelse", None): "RF",
    ("selvforsoergende", None): "SF",
    ("unknown", None): "UKENDT",
}
EMPLOYERS = {"company": "virksomhed", "jobcentre": "jobcenter"}
OUTCOMES = {
    "ordinary_job": "ORD",
    "education": "UDD",
    "flexjob": "FLEX",
    "rehabilitation_team": "REHAB",
    "other_municipal_offer": "KOMM",
    "internship_other_company": "PRAK",
    "long_term_sick": "SYG",
    "stopped_other": "STOP",
}
RATINGS = {5: "MG", 4: "G", 3: "M", 2: "UM", 1: "D"}  # meget god, god, middel, under middel, dårlig


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record as Høje-Taastrup's system does: ISO dates, dot decimals, local codes."""
    if form_type == "placement":
        return _placement(record)
    cpr, p_number = cpr_dash(record["citizen"]["cpr"]), record["site"]["p_number"]
    if form_type == "mentor_support":
        return {
            "Borger/CPRNummer": cpr,
            "Arbejdssted/PNummer": p_number,
            "Mentor/Navn": record["mentor"]["name"],
            "Mentor/Ansat": EMPLOYERS[record["mentor"]["employer"]],
            "Bevilling/TimerPrUge": record["hours_per_week"],
            "Bevilling/Timesats": record["hourly_rate_dkk"],
            "Bevilling/Fra": record["period"]["start"],
            "Bevilling/Til": record["period"]["end"],
            "Bevilling/Bevilget": record["granted_on"],
        }
    if form_type == "mentor_hours":
        return _timesheet(record)
    if form_type == "progress_report":
        local = {"@version": "1", "Borger/CPRNummer": cpr, "Arbejdssted/PNummer": p_number}
        local["Vurdering/Dato"] = record["measured_on"]
        for score, name in SCORE_NAMES.items():
            local[f"Vurdering/{name}"] = RATINGS[record["scores"][score]]
        if record.get("note"):
            local["Bemaerkning"] = record["note"]
        return local
    if form_type == "placement_end":
        local = {
            "Borger/CPRNummer": cpr,
            "Arbejdssted/PNummer": p_number,
            "Ophoer/Dato": record["ended_on"],
            "Ophoer/Aarsagskode": OUTCOMES.get(record["outcome"], ""),
        }
        if record.get("note"):
            local["Ophoer/Bemaerkning"] = record["note"]
        return local
    raise KeyError(f"Høje-Taastrup sends no {form_type!r} form")


def _timesheet(record: dict[str, Any]) -> dict[str, str]:
    local = {
        "@version": "1",
        "Borger/CPRNummer": cpr_dash(record["citizen"]["cpr"]),
        "Arbejdssted/PNummer": record["site"]["p_number"],
        "Mentor/Navn": record["mentor"]["name"],
    }
    for n, (day, hours) in enumerate(daily_hours(record["entries"]), start=1):
        local |= {f"Registreringer/Dag[{n}]/Dato": day, f"Registreringer/Dag[{n}]/Timer": hours}
    if record["signed_by"] is not None:  # unsigned: the system leaves the attestation out
        local |= {"Attestation/Navn": record["signed_by"], "Attestation/Dato": record["signed_on"]}
    return local


def _placement(record: dict[str, Any]) -> dict[str, str]:
    first, last = split_name(record["citizen"]["name"])
    worker = record["caseworker"]
    local = {
        "@version": "1",
        "Sag/Sagsnummer": "HT-" + record["period"]["start"].replace("-", ""),
        "Sag/Sagsbehandler/Navn": worker["name"],
        "Sag/Sagsbehandler/Email": worker["email"],
        "Sag/Sagsbehandler/Telefon": phone_spaced(worker["phone"]),
        "Borger/CPRNummer": cpr_dash(record["citizen"]["cpr"]),
        "Borger/Fornavn": first,
        "Borger/Efternavn": last,
        "Borger/Ydelseskode": BENEFIT_CODES[(record["benefit"], record.get("visitation"))],
        "Virksomhed/CVRNummer": record["company"]["cvr"],
        "Virksomhed/Navn": record["company"]["name"],
        "Virksomhed/Arbejdssted/PNummer": record["site"]["p_number"],
        "Virksomhed/Arbejdssted/Navn": record["site"]["name"],
        "Periode/Startdato": record["period"]["start"],
        "Periode/Slutdato": record["period"]["end"],
        "Periode/TimerPrUge": record["hours_per_week"],
        "Mentor/Navn": record["mentor"]["name"],
        "Mentor/Ansat": EMPLOYERS[record["mentor"]["employer"]],
    }
    if record.get("purpose"):
        local["Formaal"] = record["purpose"]
    return local


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print the form as the case system's XML export."""
    return xml_document(ROOTS[form_type], {None: NAMESPACE}, local.items())
