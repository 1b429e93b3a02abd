"""Sønderborg's case system: CSV in UTF-8 with a BOM, commas, a header row and one data row per record.

Local keys are the column names, in column order. Dates are written 3/8-2026 and decimals with a
comma, which the CSV writer then quotes ("18,5").
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import cpr_dash, da_date, da_decimal, phone_spaced, split_name
from hub.demo.render_data import csv_bytes

FORMS = {"placement": "praktik", "progress_report": "statusmaaling", "placement_end": "ophoer"}
BENEFITS = {
    "kontanthjaelp": "kontanthjælp",
    "uddannelseshjaelp": "uddannelseshjælp",
    "sygedagpenge": "sygedagpenge",
    "ledighedsydelse": "ledighedsydelse",
    "ressourceforloebsydelse": "ressourceforløbsydelse",
    "selvforsoergende": "selvforsørgende",
    "unknown": "ukendt",
}
EMPLOYERS = {"company": "Virksomhed", "jobcentre": "Jobcenter"}
OUTCOMES = {
    "ordinary_job": "1",
    "education": "2",
    "flexjob": "3",
    "rehabilitation_team": "4",
    "other_municipal_offer": "5",
    "internship_other_company": "6",
    "long_term_sick": "7",
    "stopped_other": "8",
}
SCORES = {
    "Fremmoede": "attendance",
    "Punktlighed": "punctuality",
    "Samarbejde": "cooperation",
    "Opgaveloesning": "task_solving",
    "Selvstaendighed": "independence",
}


def _date(iso: str) -> str:
    return da_date(iso, "d/m-yyyy")


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record as Sønderborg's export does: 3/8-2026, "18,5", numeric outcome codes."""
    head = {"Cpr": cpr_dash(record["citizen"]["cpr"])}
    if form_type == "placement":
        first, last = split_name(record["citizen"]["name"])
        worker = record["caseworker"]
        return head | {
            "Fornavn": first,
            "Efternavn": last,
            "Cvr": record["company"]["cvr"],
            "Virksomhed": record["company"]["name"],
            "Pnr": record["site"]["p_number"],
            "Arbejdssted": record["site"]["name"],
            "Startdato": _date(record["period"]["start"]),
            "Slutdato": _date(record["period"]["end"]),
            "TimerPrUge": da_decimal(record["hours_per_week"]),
            "Ydelse": BENEFITS[record["benefit"]],
            "Visitation": record.get("visitation") or "",
            "Mentor": record["mentor"]["name"],
            "MentorAnsat": EMPLOYERS[record["mentor"]["employer"]],
            "Sagsbehandler": worker["name"],
            "Email": worker["email"],
            "Telefon": "+45 " + phone_spaced(worker["phone"]),
            "Formaal": record.get("purpose") or "",
        }
    head["Pnr"] = record["site"]["p_number"]
    if form_type == "progress_report":
        scores = {column: str(record["scores"][key]) for column, key in SCORES.items()}
        return (
            head
            | {"Maaledato": _date(record["measured_on"])}
            | scores
            | {"Bemaerkning": record.get("note") or ""}
        )
    if form_type == "placement_end":
        return head | {
            "Slutdato": _date(record["ended_on"]),
            "Aarsagskode": OUTCOMES[record["outcome"]],
            "Bemaerkning": record.get("note") or "",
        }
    raise KeyError(f"Sønderborg sends no {form_type!r} form")


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print the record as the export file: a header row and one data row."""
    return csv_bytes([list(local), list(local.values())], delimiter=",", encoding="utf-8-sig")
