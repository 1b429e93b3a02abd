"""Herlev's spreadsheets, saved from Excel as CSV: semicolons, cp1252, a title line, "label;value" lines.

Local keys are the labels. Mentor hours are a per-day table: ``Dato[n]``, ``Timer[n]`` and
``Bemærkning[n]`` are its rows; ``Underskrevet af`` and ``Underskriftsdato`` are the two values of the
trailer line "Underskrevet af;<name>;<date>".
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import cpr_dash, da_date, da_decimal, phone_spaced
from hub.demo.render_data import csv_bytes, indexed, split_week

FORMS = {"placement": "praktikaftale", "mentor_hours": "mentortimer", "placement_end": "praktikophoer"}
TITLES = {
    "placement": "Praktikaftale - Jobcenter Herlev",
    "mentor_hours": "Mentortimer - Jobcenter Herlev",
    "placement_end": "Praktikophør - Jobcenter Herlev",
}
BENEFITS = {
    "kontanthjaelp": "Kontanthjælp",
    "uddannelseshjaelp": "Uddannelseshjælp",
    "sygedagpenge": "Sygedagpenge",
    "ledighedsydelse": "Ledighedsydelse",
    "ressourceforloebsydelse": "Ressourceforløbsydelse",
    "selvforsoergende": "Selvforsørgende",
    "unknown": "Ukendt",
}
EMPLOYERS = {"company": "Virksomhed", "jobcentre": "Jobcenter"}
OUTCOMES = {
    "ordinary_job": "Ordinært job",
    "education": "Uddannelse",
    "flexjob": "Fleksjob",
    "rehabilitation_team": "Rehabiliteringsteam",
    "other_municipal_offer": "Andet kommunalt tilbud",
    "internship_other_company": "Praktik i anden virksomhed",
    "long_term_sick": "Langvarig sygemelding",
    "stopped_other": "Afbrudt af anden årsag",
}
_TABLE = ("Dato", "Timer", "Bemærkning")
_SIGNATURE = ("Underskrevet af", "Underskriftsdato")


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record as Herlev's sheets do: 03-08-2026, "18,5", Danish words."""
    head = {"CPR-nr.": cpr_dash(record["citizen"]["cpr"])}
    if form_type == "placement":
        worker = record["caseworker"]
        return head | {
            "Navn": record["citizen"]["name"],
            "Virksomhed": record["company"]["name"],
            "CVR-nr.": record["company"]["cvr"],
            "Arbejdssted": record["site"]["name"],
            "P-nr.": record["site"]["p_number"],
            "Startdato": da_date(record["period"]["start"], "dd-mm-yyyy"),
            "Slutdato": da_date(record["period"]["end"], "dd-mm-yyyy"),
            "Timer pr. uge": da_decimal(record["hours_per_week"]),
            "Ydelse": BENEFITS[record["benefit"]],
            "Visitation": (record.get("visitation") or "").capitalize(),
            "Mentor": record["mentor"]["name"],
            "Mentor ansat hos": EMPLOYERS[record["mentor"]["employer"]],
            "Sagsbehandler": worker["name"],
            "E-mail": worker["email"],
            "Telefon": phone_spaced(worker["phone"]),
            "Formål": record.get("purpose") or "",
        }
    if form_type == "mentor_hours":
        local = head | {"P-nr.": record["site"]["p_number"], "Mentor": record["mentor"]["name"]}
        days = [day for entry in record["entries"] for day in split_week(entry["week"], entry["hours"])]
        for n, (day, hours) in enumerate(days, 1):
            local |= {f"Dato[{n}]": da_date(day, "dd-mm-yyyy"), f"Timer[{n}]": da_decimal(hours)}
            local[f"Bemærkning[{n}]"] = ""
        local["Underskrevet af"] = record["signed_by"]
        local["Underskriftsdato"] = da_date(record["signed_on"], "dd-mm-yyyy")
        return local
    if form_type == "placement_end":
        return head | {
            "P-nr.": record["site"]["p_number"],
            "Ophørsdato": da_date(record["ended_on"], "dd-mm-yyyy"),
            "Årsag": OUTCOMES[record["outcome"]],
            "Bemærkning": record.get("note") or "",
        }
    raise KeyError(f"Herlev sends no {form_type!r} form")


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print the sheet as Excel saves it: "CSV (semikolonsepareret)", Windows-1252."""
    rows: list[list[str]] = [[TITLES[form_type]], []]
    rows += [[label, value] for label, value in local.items() if "[" not in label and label not in _SIGNATURE]
    if form_type == "mentor_hours":
        columns = [indexed(local, name) for name in _TABLE]
        rows += [[], list(_TABLE)]
        rows += [[date, hours, note] for date, hours, note in zip(*columns, strict=True)]
        rows += [[], [_SIGNATURE[0], local[_SIGNATURE[0]], local[_SIGNATURE[1]]]]
    return csv_bytes(rows, delimiter=";", encoding="cp1252")
