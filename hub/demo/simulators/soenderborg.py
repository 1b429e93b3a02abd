"""Sønderborg's case system: CSV in UTF-8 with a BOM, commas, a header row and one data row per record.

Local keys are the column names, in column order. Dates are written 3/8-2026 and decimals with a
comma, which the CSV writer then quotes ("18,5"). A timesheet is one row per day (``Dato[n]``,
``Timer[n]``), each row repeating the citizen, the mentor and the signature, blank while unsigned.
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import (
    BENEFIT_NAMES,
    OUTCOME_CODES,
    Table,
    cpr_dash,
    da_decimal,
    dated,
    fill,
    first_names,
    last_name,
    phone_spaced,
    same,
)
from hub.demo.render_data import csv_bytes, indexed
from hub.demo.timesheets import daily_hours

FORMS = {
    "placement": "praktik",
    "mentor_hours": "mentortimer",
    "progress_report": "statusmaaling",
    "placement_end": "ophoer",
}
BENEFITS = {benefit: name.lower() for benefit, name in BENEFIT_NAMES.items()}
EMPLOYERS = {"company": "Virksomhed", "jobcentre": "Jobcenter"}
OUTCOMES = OUTCOME_CODES
SCORES = {
    "Fremmoede": "attendance",
    "Punktlighed": "punctuality",
    "Samarbejde": "cooperation",
    "Opgaveloesning": "task_solving",
    "Selvstaendighed": "independence",
}
_date = dated("d/m-yyyy")
_HEAD: Table = {"Cpr": ("citizen.cpr", cpr_dash), "Pnr": ("site.p_number", same)}
TEXT: dict[str, Table] = {
    "placement": {
        "Cpr": ("citizen.cpr", cpr_dash),
        "Fornavn": ("citizen.name", first_names),
        "Efternavn": ("citizen.name", last_name),
        "Cvr": ("company.cvr", same),
        "Virksomhed": ("company.name", same),
        "Pnr": ("site.p_number", same),
        "Arbejdssted": ("site.name", same),
        "Startdato": ("period.start", _date),
        "Slutdato": ("period.end", _date),
        "TimerPrUge": ("hours_per_week", da_decimal),
        "Ydelse": ("benefit", BENEFITS.__getitem__),
        "Visitation": ("visitation", same),
        "Mentor": ("mentor.name", same),
        "MentorAnsat": ("mentor.employer", EMPLOYERS.__getitem__),
        "Sagsbehandler": ("caseworker.name", same),
        "Email": ("caseworker.email", same),
        "Telefon": ("caseworker.phone", lambda phone: "+45 " + phone_spaced(phone)),
        "Formaal": ("purpose", same),
    },
    "mentor_hours": _HEAD
    | {
        "Mentor": ("mentor.name", same),
        "UnderskrevetAf": ("signed_by", same),
        "Underskriftsdato": ("signed_on", _date),
    },
    "progress_report": _HEAD
    | {"Maaledato": ("measured_on", _date)}
    | {column: (f"scores.{score}", same) for column, score in SCORES.items()}
    | {"Bemaerkning": ("note", same)},
    "placement_end": _HEAD
    | {
        "Slutdato": ("ended_on", _date),
        "Aarsagskode": ("outcome", OUTCOMES.__getitem__),
        "Bemaerkning": ("note", same),
    },
}


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record as Sønderborg's export does: 3/8-2026, "18,5", numeric outcome codes."""
    if form_type not in TEXT:
        raise KeyError(f"Sønderborg sends no {form_type!r} form")
    local = fill(record, TEXT[form_type], blank=True)
    if form_type == "mentor_hours":
        for n, (day, hours) in enumerate(daily_hours(record["entries"]), start=1):
            local |= {f"Dato[{n}]": _date(day), f"Timer[{n}]": da_decimal(hours)}
    return local


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print the record as the export file: a header row and one data row (a timesheet: one a day)."""
    if form_type != "mentor_hours":
        return csv_bytes([list(local), list(local.values())], delimiter=",", encoding="utf-8-sig")
    head = [local["Cpr"], local["Pnr"], local["Mentor"]]
    signature = [local["UnderskrevetAf"], local["Underskriftsdato"]]
    days = zip(indexed(local, "Dato"), indexed(local, "Timer"), strict=True)
    rows = [["Cpr", "Pnr", "Mentor", "Dato", "Timer", "UnderskrevetAf", "Underskriftsdato"]]
    rows += [[*head, day, hours, *signature] for day, hours in days]
    return csv_bytes(rows, delimiter=",", encoding="utf-8-sig")
