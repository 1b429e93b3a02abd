"""Jobcenter Randers: two-page forms with CamelCase names, typed in by the job centre for the company.

Dates `03.08.26` (two-digit year), CPR `010190 1234`, hours `18,5`; the benefit and the visitation written
out in words; the mentor's hours as a table of eight weeks (`Uge1`/`Timer1` ... `Uge8`/`Timer8`).
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import (
    BENEFIT_NAMES,
    OUTCOME_CODES,
    cpr_space,
    da_decimal,
    dated,
    fill,
    phone_plain,
    same,
    week_number,
)
from hub.demo.render_pdf import FieldSpec, Layout, render_pdf, stacked, text_field

FORMS = {"placement": "praktikaftale", "mentor_hours": "mentortimer", "placement_end": "afslutning"}

HEADER = "Randers Kommune · Jobcenter Randers · Laksetorvet 1 · 8900 Randers C"
ROWS = 8

BENEFITS = BENEFIT_NAMES
VISITATIONS = {
    "jobparat": "Jobparat",
    "aktivitetsparat": "Aktivitetsparat",
    "uddannelsesparat": "Uddannelsesparat",
}
OUTCOMES = OUTCOME_CODES  # Randers' afgangskoder
OUTCOME_NOTE = (
    "Afgangskoder: 1 ordinært job · 2 uddannelse · 3 fleksjob · 4 rehabiliteringsteam · 5 andet kommunalt "
    "tilbud",
    "6 praktik i anden virksomhed · 7 langvarig sygdom · 8 stoppet af andre årsager",
)


def _week_table(top: float, step: float = 22) -> list[FieldSpec]:
    """The eight rows of the mentor's hours: the week and its hours side by side."""
    rows: list[FieldSpec] = []
    for n in range(1, ROWS + 1):
        y = top - (n - 1) * step
        rows.append(FieldSpec(f"Uge{n}", label=f"Uge {n} (uge/år)", tooltip=f"Uge {n}", y=y, width=80))
        rows.append(FieldSpec(f"Timer{n}", tooltip=f"Mentortimer uge {n}", x=330, y=y, width=60))
    return rows


LAYOUTS = {
    "placement": Layout(
        "Aftale om virksomhedspraktik",
        header=f"{HEADER} · RA-VP1",
        fields=stacked(
            text_field("CprNr", "CPR-nummer"),
            text_field("Navn", "Navn", width=300),
            text_field("Ydelse", "Forsørgelse"),
            text_field("Visitation", "Visitationskategori"),
            text_field("CvrNr", "CVR-nummer"),
            text_field("Virksomhed", "Virksomhed", width=300),
            text_field("PNr", "P-nummer"),
            text_field("Arbejdssted", "Arbejdssted", width=300),
            text_field("StartDato", "Startdato (dd.mm.åå)", page=2),
            text_field("SlutDato", "Slutdato (dd.mm.åå)", page=2),
            text_field("TimerUge", "Timer pr. uge", page=2, width=60),
            text_field("Formaal", "Formål", page=2, width=330),
            text_field("MentorNavn", "Mentor (virksomhedens)", page=2),
            text_field("Sagsbehandler", "Jobkonsulent", page=2),
            text_field("Email", "E-mail", page=2),
            text_field("Telefon", "Telefon", page=2),
        ),
        notes={1: ("Side 2: periode og mentor.",)},
    ),
    "mentor_hours": Layout(
        "Timeseddel for mentor",
        header=f"{HEADER} · RA-M3",
        fields=(
            *stacked(
                text_field("CprNr", "CPR-nummer"),
                text_field("PNr", "P-nummer"),
                text_field("MentorNavn", "Mentor"),
            ),
            *_week_table(top=640),
            *stacked(
                text_field("TimerIalt", "Timer i alt", width=60),
                text_field("Underskrift", "Underskrevet af"),
                text_field("UnderskriftDato", "Dato (dd.mm.åå)"),
                top=450,
            ),
        ),
    ),
    "placement_end": Layout(
        "Afslutning af virksomhedspraktik",
        header=f"{HEADER} · RA-VP9",
        fields=stacked(
            text_field("CprNr", "CPR-nummer"),
            text_field("PNr", "P-nummer"),
            text_field("SidsteDag", "Sidste dag (dd.mm.åå)"),
            text_field("Afgangskode", "Afgangskode (1-8)", width=40),
            text_field("Bemaerkning", "Bemærkning", width=330),
        ),
        notes={1: OUTCOME_NOTE},
    ),
}


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
        entries = record["entries"]
        if len(entries) > ROWS:
            raise ValueError(f"the Randers form has room for {ROWS} weeks, not {len(entries)}")
        for n, entry in enumerate(entries, start=1):
            local[f"Uge{n}"], local[f"Timer{n}"] = week_number(entry["week"]), da_decimal(entry["hours"])
    return local


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print one Randers form holding the local values."""
    return render_pdf(LAYOUTS[form_type], local)
