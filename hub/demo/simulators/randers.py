"""Jobcenter Randers: two-page forms with CamelCase names, typed in by the job centre for the company.

Dates `03.08.26` (two-digit year), CPR `010190 1234`, hours `18,5`; the benefit and the visitation written
out in words; the mentor's hours as a table of eight weeks (`Uge1`/`Timer1` ... `Uge8`/`Timer8`); the
progress scores typed as digits 1-5.
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import (
    BENEFIT_NAMES,
    OUTCOME_CODES,
    SCORE_NAMES,
    cpr_space,
    da_decimal,
    dated,
    fill,
    phone_plain,
    same,
    week_number,
)
from hub.demo.render_pdf import render_pdf
from hub.demo.simulators.randers_layouts import LAYOUTS, ROWS
from hub.demo.timesheets import numbered

FORMS = {
    "placement": "praktikaftale",
    "mentor_support": "mentorbevilling",
    "mentor_hours": "mentortimer",
    "progress_report": "statusrapport",
    "placement_end": "afslutning",
}

BENEFITS = BENEFIT_NAMES
VISITATIONS = {
    "jobparat": "Jobparat",
    "aktivitetsparat": "Aktivitetsparat",
    "uddannelsesparat": "Uddannelsesparat",
}
OUTCOMES = OUTCOME_CODES  # Randers' afgangskoder
_date = dated("dd.mm.yy")


TEXT: dict[str, dict[str, tuple[str, Any]]] = {
    "placement": {
        "CprNr": ("citizen.cpr", cpr_space),
        "Navn": ("citizen.name", same),
        "Ydelse": ("benefit", BENEFITS.__getitem__),
        "Visitation": ("visitation", VISITATIONS.__getitem__),
        "CvrNr": ("company.cvr", same),
        "Virksomhed": ("company.name", same),
        "PNr": ("site.p_number", same),
        "Arbejdssted": ("site.name", same),
        "StartDato": ("period.start", _date),
        "SlutDato": ("period.end", _date),
        "TimerUge": ("hours_per_week", da_decimal),
        "Formaal": ("purpose", same),
        "MentorNavn": ("mentor.name", same),
        "Sagsbehandler": ("caseworker.name", same),
        "Email": ("caseworker.email", same),
        "Telefon": ("caseworker.phone", phone_plain),
    },
    "mentor_hours": {
        "CprNr": ("citizen.cpr", cpr_space),
        "PNr": ("site.p_number", same),
        "MentorNavn": ("mentor.name", same),
        "TimerIalt": ("total_hours", da_decimal),
        "Underskrift": ("signed_by", same),
        "UnderskriftDato": ("signed_on", _date),
    },
    "mentor_support": {
        "CprNr": ("citizen.cpr", cpr_space),
        "PNr": ("site.p_number", same),
        "MentorNavn": ("mentor.name", same),
        "BevilgetTimer": ("hours_per_week", da_decimal),
        "Timesats": ("hourly_rate_dkk", da_decimal),
        "BevilgetFra": ("period.start", _date),
        "BevilgetTil": ("period.end", _date),
        "BevillingsDato": ("granted_on", _date),
    },
    "progress_report": {
        "CprNr": ("citizen.cpr", cpr_space),
        "PNr": ("site.p_number", same),
        "StatusDato": ("measured_on", _date),
        **{name: (f"scores.{score}", same) for score, name in SCORE_NAMES.items()},
        "Bemaerkning": ("note", same),
    },
    "placement_end": {
        "CprNr": ("citizen.cpr", cpr_space),
        "PNr": ("site.p_number", same),
        "SidsteDag": ("ended_on", _date),
        "Afgangskode": ("outcome", OUTCOMES.__getitem__),
        "Bemaerkning": ("note", same),
    },
}


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record the way a Randers job consultant fills the form."""
    local = fill(record, TEXT[form_type])
    if form_type == "mentor_hours":
        weeks = [(week_number(e["week"]), da_decimal(e["hours"])) for e in record["entries"]]
        local |= numbered(weeks, [lambda n: f"Uge{n}", lambda n: f"Timer{n}"], ROWS, "Randers timesheet")
    return local


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print one Randers form holding the local values."""
    return render_pdf(LAYOUTS[form_type], local)
