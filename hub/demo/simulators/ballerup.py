"""Jobcenter Ballerup: forms with descriptive dotted field names ("Borger.CPR", "Praktik.Start").

Dates `03-08-2026`, hours `18,5`, the citizen's name in two fields, and benefit, mentor employer and
outcome picked from drop-down lists whose entries are Ballerup's own wording.
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import OUTCOME_NAMES, da_decimal, dated, fill, phone_plain, same, split_name
from hub.demo.render_pdf import FieldSpec, Layout, render_pdf, stacked, text_field

FORMS = {"placement": "praktikaftale", "placement_end": "praktikafslutning"}

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
}


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record the way a Ballerup caseworker fills the form."""
    local = fill(record, TEXT[form_type])
    if form_type == "placement":
        local["Borger.Fornavn"], local["Borger.Efternavn"] = split_name(record["citizen"]["name"])
        local["Borger.Ydelse"] = BENEFITS[record["benefit"], record.get("visitation")]
    return local


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print one Ballerup form holding the local values."""
    return render_pdf(LAYOUTS[form_type], local)
