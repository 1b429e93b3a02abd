"""Jobcenter Gladsaxe: Acrobat forms whose fields are "Tekstfelt12"/"Afkrydsningsfelt3", meaning in tooltips.

Dates `03.08.2026`, hours `18,5`, CPR `010190-1234`; benefit and visitation together as one ticked box
of a group, one box per combination. The mentor's timesheet has a row per day (the hub sums them into
ISO weeks), and the progress report a row of five boxes (1-5) per score.
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import cpr_dash, da_decimal, dated, fill, phone_spaced, same, tick
from hub.demo.render_pdf import render_pdf
from hub.demo.simulators.gladsaxe_layouts import (
    BENEFIT_BOXES,
    DAY_COLUMNS,
    DAYS,
    LAYOUTS,
    MENTOR_BOXES,
    MENTOR_MS_BOXES,
    OUTCOME_BOXES,
    SCORE_BOXES,
)
from hub.demo.timesheets import daily_hours, numbered

FORMS = {
    "placement": "praktikaftale",
    "mentor_support": "mentorbevilling",
    "mentor_hours": "mentortimer",
    "progress_report": "statusrapport",
    "placement_end": "praktikophoer",
}

_date = dated("dd.mm.yyyy")

TEXT: dict[str, dict[str, tuple[str, Any]]] = {
    "placement": {
        "Tekstfelt12": ("citizen.cpr", cpr_dash),
        "Tekstfelt1": ("citizen.name", same),
        "Tekstfelt3": ("company.name", same),
        "Tekstfelt2": ("company.cvr", same),
        "Tekstfelt5": ("site.name", same),
        "Tekstfelt4": ("site.p_number", same),
        "Tekstfelt6": ("period.start", _date),
        "Tekstfelt7": ("period.end", _date),
        "Tekstfelt8": ("hours_per_week", da_decimal),
        "Tekstfelt9": ("mentor.name", same),
        "Tekstfelt10": ("caseworker.name", same),
        "Tekstfelt13": ("caseworker.email", same),
        "Tekstfelt11": ("caseworker.phone", phone_spaced),
        "Tekstfelt14": ("purpose", same),
    },
    "mentor_support": {
        "Tekstfelt1": ("citizen.cpr", cpr_dash),
        "Tekstfelt2": ("site.p_number", same),
        "Tekstfelt3": ("mentor.name", same),
        "Tekstfelt4": ("hours_per_week", da_decimal),
        "Tekstfelt5": ("hourly_rate_dkk", da_decimal),
        "Tekstfelt6": ("period.start", _date),
        "Tekstfelt7": ("period.end", _date),
        "Tekstfelt8": ("granted_on", _date),
    },
    "mentor_hours": {
        "Tekstfelt1": ("citizen.cpr", cpr_dash),
        "Tekstfelt3": ("site.p_number", same),
        "Tekstfelt4": ("mentor.name", same),
        "Tekstfelt65": ("signed_by", same),
        "Tekstfelt66": ("signed_on", _date),
    },
    "progress_report": {
        "Tekstfelt1": ("citizen.cpr", cpr_dash),
        "Tekstfelt3": ("site.p_number", same),
        "Tekstfelt4": ("measured_on", _date),
        "Tekstfelt5": ("note", same),
    },
    "placement_end": {
        "Tekstfelt1": ("citizen.cpr", cpr_dash),
        "Tekstfelt3": ("site.p_number", same),
        "Tekstfelt4": ("ended_on", _date),
        "Tekstfelt5": ("note", same),
    },
}


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record the way a Gladsaxe caseworker fills the form."""
    local = fill(record, TEXT[form_type])
    if form_type == "placement":
        local |= tick((record["benefit"], record.get("visitation")), BENEFIT_BOXES)
        local |= tick(record["mentor"]["employer"], MENTOR_BOXES)
    elif form_type == "mentor_support":
        local |= tick(record["mentor"]["employer"], MENTOR_MS_BOXES)
    elif form_type == "placement_end":
        local |= tick(record["outcome"], OUTCOME_BOXES)
    elif form_type == "progress_report":
        for score, boxes in SCORE_BOXES.items():
            local |= tick(record["scores"][score], boxes)
    elif form_type == "mentor_hours":
        days = [(_date(day), da_decimal(hours)) for day, hours in daily_hours(record["entries"])]
        local |= numbered(days, [column.name for column in DAY_COLUMNS], DAYS, "Gladsaxe timesheet")
    return local


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print one Gladsaxe form holding the local values."""
    return render_pdf(LAYOUTS[form_type], local)
