"""Jobcenter Gentofte: Word-made forms with short lower-case names and radio groups.

Dates `3/8-2026`, hours `18,5`, phones `33 12 34 56`; the benefit as a local code (`KH`, `SDP`, `?`), the
visitation, the outcome and the five progress scores (1-5) as radio groups; the mentor's hours a table of
weeks written `U32-2026`.
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import cpr_dash, da_decimal, dated, fill, phone_spaced, same, week_code
from hub.demo.pdf_tables import Column, table
from hub.demo.render_pdf import FieldSpec, Layout, render_pdf, stacked
from hub.demo.timesheets import numbered

FORMS = {
    "placement": "praktikaftale",
    "mentor_hours": "timeseddel",
    "progress_report": "statusskema",
    "placement_end": "ophoer",
}

HEADER = "Gentofte Kommune · Jobcenter Gentofte · Bernstorffsvej 161 · 2920 Charlottenlund"

BENEFIT_CODES = {
    "kontanthjaelp": "KH",
    "uddannelseshjaelp": "UH",
    "sygedagpenge": "SDP",
    "ledighedsydelse": "LY",
    "ressourceforloebsydelse": "RF",
    "selvforsoergende": "SF",
    "unknown": "?",
}
VISITATIONS = ("jobparat", "aktivitetsparat", "uddannelsesparat")
SCORES = {  # radio group -> canonical score
    "fremmoede": "attendance",
    "punktlighed": "punctuality",
    "samarbejde": "cooperation",
    "opgaveloesning": "task_solving",
    "selvstaendighed": "independence",
}
SCORE_LABELS = {
    "fremmoede": "Fremmøde",
    "punktlighed": "Punktlighed",
    "samarbejde": "Samarbejde",
    "opgaveloesning": "Opgaveløsning",
    "selvstaendighed": "Selvstændighed",
}
OUTCOMES = {
    "ordinary_job": "job",
    "education": "udd",
    "flexjob": "flex",
    "rehabilitation_team": "rehab",
    "other_municipal_offer": "tilbud",
    "internship_other_company": "praktik",
    "long_term_sick": "syg",
    "stopped_other": "andet",
}
WEEKS = 14  # a quarter and a spare line
WEEK_COLUMNS = (
    Column("Uge", lambda n: f"uge{n}", lambda n: f"Uge {n} (U32-2026)", 90),
    Column("Timer", lambda n: f"timer{n}", lambda n: f"Timer uge {n}", 50),
)
_WEEK_TABLE = table(WEEK_COLUMNS, WEEKS, top=620, step=19)


def _t(name: str, label: str, width: float = 250) -> FieldSpec:
    return FieldSpec(name, label=label, tooltip=label, width=width)


def _radio(name: str, label: str, states: tuple[str, ...], width: float = 330) -> FieldSpec:
    return FieldSpec(name, "radio", label=label, tooltip=label, x=180, width=width, options=states)


LAYOUTS = {
    "placement": Layout(
        "Virksomhedspraktik - aftale",
        header=f"{HEADER} · Skema 12",
        fields=stacked(
            _t("borger_cpr", "CPR-nr."),
            _t("borger_navn", "Navn", 300),
            _t("ydelse", "Ydelse (KH/UH/SDP/LY/RF/SF/?)", 60),
            _radio("visitation", "Visitation", VISITATIONS, 360),
            _t("virk_cvr", "CVR-nr."),
            _t("virk_navn", "Virksomhed", 300),
            _t("pnr", "P-nr."),
            _t("arbejdssted", "Arbejdssted", 300),
            _t("fra", "Fra (d/m-åååå)"),
            _t("til", "Til (d/m-åååå)"),
            _t("timer", "Timer/uge", 60),
            _t("mentor", "Mentor"),
            _t("sagsbeh", "Sagsbehandler"),
            _t("sagsbeh_mail", "Mail"),
            _t("sagsbeh_tlf", "Tlf."),
            _t("formaal", "Formål", 330),
        ),
    ),
    "progress_report": Layout(
        "Statusskema - praktik",
        header=f"{HEADER} · Skema 14",
        fields=stacked(
            _t("borger_cpr", "CPR-nr."),
            _t("pnr", "P-nr."),
            _t("dato", "Dato (d/m-åååå)"),
            *(_radio(name, label, ("1", "2", "3", "4", "5"), 250) for name, label in SCORE_LABELS.items()),
            _t("bemaerkning", "Bemærkning", 330),
            step=28,
        ),
        notes={1: ("Skala: 1 = meget under forventet, 3 = som forventet, 5 = meget over forventet.",)},
    ),
    "placement_end": Layout(
        "Virksomhedspraktik - ophør",
        header=f"{HEADER} · Skema 15",
        fields=stacked(
            _t("borger_cpr", "CPR-nr."),
            _t("pnr", "P-nr."),
            _t("ophoersdato", "Ophørsdato (d/m-åååå)"),
            _radio("aarsag", "Årsag", tuple(OUTCOMES.values()), 380),
            _t("bemaerkning", "Bemærkning", 330),
        ),
    ),
    "mentor_hours": Layout(
        "Mentortimer - timeseddel",
        header=f"{HEADER} · Skema 13",
        fields=(
            *stacked(_t("borger_cpr", "CPR-nr."), _t("pnr", "P-nr."), _t("mentor", "Mentor")),
            *_WEEK_TABLE[0],
            *stacked(
                _t("underskrevet_af", "Underskrevet af"), _t("underskrift_dato", "Dato (d/m-åååå)"), top=300
            ),
        ),
        texts=_WEEK_TABLE[1],
    ),
}


_date = dated("d/m-yyyy")


TEXT: dict[str, dict[str, tuple[str, Any]]] = {
    "placement": {
        "borger_cpr": ("citizen.cpr", cpr_dash),
        "borger_navn": ("citizen.name", same),
        "ydelse": ("benefit", BENEFIT_CODES.__getitem__),
        "visitation": ("visitation", same),
        "virk_cvr": ("company.cvr", same),
        "virk_navn": ("company.name", same),
        "pnr": ("site.p_number", same),
        "arbejdssted": ("site.name", same),
        "fra": ("period.start", _date),
        "til": ("period.end", _date),
        "timer": ("hours_per_week", da_decimal),
        "mentor": ("mentor.name", same),
        "sagsbeh": ("caseworker.name", same),
        "sagsbeh_mail": ("caseworker.email", same),
        "sagsbeh_tlf": ("caseworker.phone", phone_spaced),
        "formaal": ("purpose", same),
    },
    "progress_report": {
        "borger_cpr": ("citizen.cpr", cpr_dash),
        "pnr": ("site.p_number", same),
        "dato": ("measured_on", _date),
        "bemaerkning": ("note", same),
        **{name: (f"scores.{score}", same) for name, score in SCORES.items()},
    },
    "mentor_hours": {
        "borger_cpr": ("citizen.cpr", cpr_dash),
        "pnr": ("site.p_number", same),
        "mentor": ("mentor.name", same),
        "underskrevet_af": ("signed_by", same),
        "underskrift_dato": ("signed_on", _date),
    },
    "placement_end": {
        "borger_cpr": ("citizen.cpr", cpr_dash),
        "pnr": ("site.p_number", same),
        "ophoersdato": ("ended_on", _date),
        "aarsag": ("outcome", OUTCOMES.__getitem__),
        "bemaerkning": ("note", same),
    },
}


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record the way a Gentofte caseworker fills the form."""
    local = fill(record, TEXT[form_type])
    if form_type == "mentor_hours":
        weeks = [(week_code(e["week"]), da_decimal(e["hours"])) for e in record["entries"]]
        local |= numbered(weeks, [column.name for column in WEEK_COLUMNS], WEEKS, "Gentofte timesheet")
    return local


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print one Gentofte form holding the local values."""
    return render_pdf(LAYOUTS[form_type], local)
