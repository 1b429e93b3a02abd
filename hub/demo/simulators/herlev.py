"""Herlev's spreadsheets, saved from Excel as CSV: semicolons, cp1252, a title line, "label;value" lines.

Local keys are the labels. Mentor hours are a per-day table: ``Dato[n]``, ``Timer[n]`` and
``Bemærkning[n]`` are its rows; ``Underskrevet af`` and ``Underskriftsdato`` are the two values of the
trailer line "Underskrevet af;<name>;<date>", both blank while unsigned. Progress scores are words
("Meget godt" ... "Dårligt").
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import (
    BENEFIT_NAMES,
    OUTCOME_NAMES,
    SCORE_TITLES,
    Table,
    capitalised,
    cpr_dash,
    da_decimal,
    dated,
    fill,
    phone_spaced,
    same,
)
from hub.demo.render_data import csv_bytes, indexed
from hub.demo.timesheets import daily_hours

FORMS = {
    "placement": "praktikaftale",
    "mentor_support": "mentorbevilling",
    "mentor_hours": "mentortimer",
    "progress_report": "statusrapport",
    "placement_end": "praktikophoer",
}
TITLES = {
    "placement": "Praktikaftale - Jobcenter Herlev",
    "mentor_support": "Bevilling af mentorstøtte - Jobcenter Herlev",
    "mentor_hours": "Mentortimer - Jobcenter Herlev",
    "progress_report": "Statusrapport - Jobcenter Herlev",
    "placement_end": "Praktikophør - Jobcenter Herlev",
}
BENEFITS = BENEFIT_NAMES
EMPLOYERS = {"company": "Virksomhed", "jobcentre": "Jobcenter"}
OUTCOMES = OUTCOME_NAMES | {
    "long_term_sick": "Langvarig sygemelding",
    "stopped_other": "Afbrudt af anden årsag",
}
RATINGS = {5: "Meget godt", 4: "Godt", 3: "Middel", 2: "Under middel", 1: "Dårligt"}
_TABLE = ("Dato", "Timer", "Bemærkning")
_date = dated("dd-mm-yyyy")
_SIGNATURE: Table = {"Underskrevet af": ("signed_by", same), "Underskriftsdato": ("signed_on", _date)}
_HEAD: Table = {"CPR-nr.": ("citizen.cpr", cpr_dash), "P-nr.": ("site.p_number", same)}
TEXT: dict[str, Table] = {
    "placement": {
        "CPR-nr.": ("citizen.cpr", cpr_dash),
        "Navn": ("citizen.name", same),
        "Virksomhed": ("company.name", same),
        "CVR-nr.": ("company.cvr", same),
        "Arbejdssted": ("site.name", same),
        "P-nr.": ("site.p_number", same),
        "Startdato": ("period.start", _date),
        "Slutdato": ("period.end", _date),
        "Timer pr. uge": ("hours_per_week", da_decimal),
        "Ydelse": ("benefit", BENEFITS.__getitem__),
        "Visitation": ("visitation", capitalised),
        "Mentor": ("mentor.name", same),
        "Mentor ansat hos": ("mentor.employer", EMPLOYERS.__getitem__),
        "Sagsbehandler": ("caseworker.name", same),
        "E-mail": ("caseworker.email", same),
        "Telefon": ("caseworker.phone", phone_spaced),
        "Formål": ("purpose", same),
    },
    "mentor_support": _HEAD
    | {
        "Mentor": ("mentor.name", same),
        "Mentor ansat hos": ("mentor.employer", EMPLOYERS.__getitem__),
        "Timer pr. uge": ("hours_per_week", da_decimal),
        "Timesats": ("hourly_rate_dkk", da_decimal),
        "Bevilget fra": ("period.start", _date),
        "Bevilget til": ("period.end", _date),
        "Bevilget den": ("granted_on", _date),
    },
    "mentor_hours": _HEAD | {"Mentor": ("mentor.name", same)},
    "progress_report": _HEAD
    | {"Dato for vurdering": ("measured_on", _date)}
    | {title: (f"scores.{score}", lambda v: RATINGS[int(v)]) for score, title in SCORE_TITLES.items()}
    | {"Bemærkning": ("note", same)},
    "placement_end": _HEAD
    | {
        "Ophørsdato": ("ended_on", _date),
        "Årsag": ("outcome", OUTCOMES.__getitem__),
        "Bemærkning": ("note", same),
    },
}


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record as Herlev's sheets do: 03-08-2026, "18,5", Danish words."""
    if form_type not in TEXT:
        raise KeyError(f"Herlev sends no {form_type!r} form")
    local = fill(record, TEXT[form_type], blank=True)
    if form_type == "mentor_hours":
        for n, (day, hours) in enumerate(daily_hours(record["entries"]), 1):
            local |= {f"Dato[{n}]": _date(day), f"Timer[{n}]": da_decimal(hours), f"Bemærkning[{n}]": ""}
        local |= fill(record, _SIGNATURE, blank=True)
    return local


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print the sheet as Excel saves it: "CSV (semikolonsepareret)", Windows-1252."""
    rows: list[list[str]] = [[TITLES[form_type]], []]
    rows += [[label, value] for label, value in local.items() if "[" not in label and label not in _SIGNATURE]
    if form_type == "mentor_hours":
        columns = [indexed(local, name) for name in _TABLE]
        rows += [[], list(_TABLE)]
        rows += [[date, hours, note] for date, hours, note in zip(*columns, strict=True)]
        rows += [[], ["Underskrevet af", local["Underskrevet af"], local["Underskriftsdato"]]]
    return csv_bytes(rows, delimiter=";", encoding="cp1252")
