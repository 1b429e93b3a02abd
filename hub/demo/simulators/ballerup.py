"""Jobcenter Ballerup: forms with descriptive dotted field names ("Borger.CPR", "Praktik.Start").

Dates `03-08-2026`, hours `18,5`, the citizen's name in two fields, and benefit, mentor employer,
outcome and the five progress scores picked from drop-down lists whose entries are Ballerup's own
wording. The mentor's hours are a table of weeks written `uge 32 2026`.
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import (
    OUTCOME_NAMES,
    SCORE_NAMES,
    SCORE_TITLES,
    da_decimal,
    dated,
    fill,
    phone_plain,
    same,
    split_name,
    week_words,
)
from hub.demo.pdf_tables import Column, table
from hub.demo.render_pdf import FieldSpec, Layout, render_pdf, stacked, text_field
from hub.demo.timesheets import numbered

FORMS = {
    "placement": "praktikaftale",
    "mentor_hours": "mentortimer",
    "progress_report": "statusrapport",
    "placement_end": "praktikafslutning",
}

HEADER = "Ballerup Kommune · Jobcenter Ballerup · Hold-an Vej 7 · 2750 Ballerup"

# (benefit, visitation) -> the entry of the drop-down list (a plain hyphen: the list's font has no dash)
BENEFITS: dict[tuple[str, str | None], str] = {
    ("kontanthjaelp", "jobparat"): "Kontanthjælp - jobparat",
    ("kontanthjaelp", "aktivitetsparat"): "Kontanthjælp - aktivitetsparat",
    ("kontanthjaelp", "uddannelsesparat"): "Kontanthjælp - uddannelsesparat",
    ("uddannelseshjaelp", "uddannelsesparat"): "Uddannelseshjælp - uddannelsesparat",
    ("uddannelseshjaelp", "aktivitetsparat"): "Uddannelseshjælp - aktivitetsparat",
    ("sygedagpenge", None): "Sygedagpenge",
    ("ledighedsydelse", None): "Ledighedsydelse",
    ("ressourceforloebsydelse", None): "Ressourceforløbsydelse",
    ("selvforsoergende", None): "Selvforsørgende",
    ("unknown", None): "Ukendt",
}
EMPLOYERS = {"company": "Virksomheden", "jobcentre": "Jobcentret"}
OUTCOMES = OUTCOME_NAMES | {
    "long_term_sick": "Langvarigt sygemeldt",
    "stopped_other": "Afbrudt af anden årsag",
}
# Ballerup's rating words, score 5 (best) down to 1, and its drop-down field of each score.
RATINGS = {
    5: "Meget tilfredsstillende",
    4: "Tilfredsstillende",
    3: "Acceptabel",
    2: "Mindre tilfredsstillende",
    1: "Ikke tilfredsstillende",
}
SCORE_FIELDS = {score: f"Vurdering.{name}" for score, name in SCORE_NAMES.items()}
WEEKS = 13  # a quarter, Ballerup's claim period
WEEK_COLUMNS = (
    Column("Uge", lambda n: f"Mentortimer.Uge{n}", lambda n: f"Uge, linje {n} (fx uge 32 2026)", 110),
    Column("Timer", lambda n: f"Mentortimer.Timer{n}", lambda n: f"Timer, linje {n}", 50),
)
_WEEK_TABLE = table(WEEK_COLUMNS, WEEKS, top=560)


def _choice(name: str, label: str, entries: Any) -> FieldSpec:
    return FieldSpec(name, "choice", label=label, tooltip=label, width=250, options=("", *entries))


LAYOUTS = {
    "placement": Layout(
        "Praktikaftale - virksomhedspraktik",
        header=f"{HEADER} · JCB 2.1",
        fields=stacked(
            text_field("Borger.CPR", "CPR-nummer"),
            text_field("Borger.Fornavn", "Fornavn(e)"),
            text_field("Borger.Efternavn", "Efternavn"),
            _choice("Borger.Ydelse", "Forsørgelsesgrundlag", BENEFITS.values()),
            text_field("Virksomhed.CVR", "CVR-nummer"),
            text_field("Virksomhed.Navn", "Virksomhedens navn", width=300),
            text_field("Arbejdssted.PNr", "P-nummer"),
            text_field("Arbejdssted.Navn", "Arbejdssted", width=300),
            text_field("Praktik.Start", "Startdato (dd-mm-åååå)"),
            text_field("Praktik.Slut", "Slutdato (dd-mm-åååå)"),
            text_field("Praktik.TimerPrUge", "Timer pr. uge"),
            text_field("Praktik.Formaal", "Formål", width=330),
            text_field("Mentor.Navn", "Mentor"),
            _choice("Mentor.Ansat", "Mentor ansat i", EMPLOYERS.values()),
            text_field("Sagsbehandler.Navn", "Sagsbehandler"),
            text_field("Sagsbehandler.Email", "E-mail"),
            text_field("Sagsbehandler.Telefon", "Telefon"),
        ),
    ),
    "placement_end": Layout(
        "Afslutning af virksomhedspraktik",
        header=f"{HEADER} · JCB 2.4",
        fields=stacked(
            text_field("Borger.CPR", "CPR-nummer"),
            text_field("Borger.Fornavn", "Fornavn(e)"),
            text_field("Borger.Efternavn", "Efternavn"),
            text_field("Arbejdssted.PNr", "P-nummer"),
            text_field("Afslutning.Dato", "Sidste dag i praktik (dd-mm-åååå)"),
            _choice("Afslutning.Aarsag", "Borgeren går til", OUTCOMES.values()),
            text_field("Afslutning.Bemaerkning", "Bemærkning", width=330),
        ),
    ),
    "mentor_hours": Layout(
        "Mentortimer",
        header=f"{HEADER} · JCB 2.2",
        fields=(
            *stacked(
                text_field("Borger.CPR", "CPR-nummer"),
                text_field("Borger.Fornavn", "Fornavn(e)"),
                text_field("Borger.Efternavn", "Efternavn"),
                text_field("Arbejdssted.PNr", "P-nummer"),
                text_field("Mentor.Navn", "Mentor"),
            ),
            *_WEEK_TABLE[0],
            *stacked(
                text_field("Underskrift.Navn", "Underskrevet af mentor"),
                text_field("Underskrift.Dato", "Dato (dd-mm-åååå)"),
                top=250,
            ),
        ),
        texts=_WEEK_TABLE[1],
    ),
    "progress_report": Layout(
        "Statusrapport - virksomhedspraktik",
        header=f"{HEADER} · JCB 2.3",
        fields=stacked(
            text_field("Borger.CPR", "CPR-nummer"),
            text_field("Borger.Fornavn", "Fornavn(e)"),
            text_field("Borger.Efternavn", "Efternavn"),
            text_field("Arbejdssted.PNr", "P-nummer"),
            text_field("Status.Dato", "Dato for vurdering (dd-mm-åååå)"),
            *(_choice(name, SCORE_TITLES[score], RATINGS.values()) for score, name in SCORE_FIELDS.items()),
            text_field("Status.Bemaerkning", "Bemærkning", width=330),
        ),
    ),
}


_date = dated("dd-mm-yyyy")


TEXT: dict[str, dict[str, tuple[str, Any]]] = {
    "placement": {
        "Borger.CPR": ("citizen.cpr", same),
        "Virksomhed.CVR": ("company.cvr", same),
        "Virksomhed.Navn": ("company.name", same),
        "Arbejdssted.PNr": ("site.p_number", same),
        "Arbejdssted.Navn": ("site.name", same),
        "Praktik.Start": ("period.start", _date),
        "Praktik.Slut": ("period.end", _date),
        "Praktik.TimerPrUge": ("hours_per_week", da_decimal),
        "Praktik.Formaal": ("purpose", same),
        "Mentor.Navn": ("mentor.name", same),
        "Mentor.Ansat": ("mentor.employer", EMPLOYERS.__getitem__),
        "Sagsbehandler.Navn": ("caseworker.name", same),
        "Sagsbehandler.Email": ("caseworker.email", same),
        "Sagsbehandler.Telefon": ("caseworker.phone", phone_plain),
    },
    "placement_end": {
        "Borger.CPR": ("citizen.cpr", same),
        "Arbejdssted.PNr": ("site.p_number", same),
        "Afslutning.Dato": ("ended_on", _date),
        "Afslutning.Aarsag": ("outcome", OUTCOMES.__getitem__),
        "Afslutning.Bemaerkning": ("note", same),
    },
    "mentor_hours": {
        "Borger.CPR": ("citizen.cpr", same),
        "Arbejdssted.PNr": ("site.p_number", same),
        "Mentor.Navn": ("mentor.name", same),
        "Underskrift.Navn": ("signed_by", same),
        "Underskrift.Dato": ("signed_on", _date),
    },
    "progress_report": {
        "Borger.CPR": ("citizen.cpr", same),
        "Arbejdssted.PNr": ("site.p_number", same),
        "Status.Dato": ("measured_on", _date),
        "Status.Bemaerkning": ("note", same),
        **{name: (f"scores.{score}", lambda v: RATINGS[int(v)]) for score, name in SCORE_FIELDS.items()},
    },
}


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record the way a Ballerup caseworker fills the form."""
    local = fill(record, TEXT[form_type])
    if form_type == "placement":
        local["Borger.Fornavn"], local["Borger.Efternavn"] = split_name(record["citizen"]["name"])
        local["Borger.Ydelse"] = BENEFITS[record["benefit"], record.get("visitation")]
    elif form_type == "mentor_hours":
        weeks = [(week_words(e["week"]), da_decimal(e["hours"])) for e in record["entries"]]
        local |= numbered(weeks, [column.name for column in WEEK_COLUMNS], WEEKS, "Ballerup timesheet")
    return local


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print one Ballerup form holding the local values."""
    return render_pdf(LAYOUTS[form_type], local)
