"""Jobcenter Gladsaxe: Acrobat forms whose fields are "Tekstfelt12"/"Afkrydsningsfelt3", meaning in tooltips.

Dates `03.08.2026`, hours `18,5`, CPR `010190-1234`; benefit and visitation together as one ticked box
of a group, one box per combination.
"""

from __future__ import annotations

from typing import Any

from hub.demo.localise import OUTCOME_NAMES, cpr_dash, da_decimal, dated, fill, phone_spaced, same, tick
from hub.demo.render_pdf import FieldSpec, Layout, render_pdf, stacked

FORMS = {"placement": "praktikaftale", "mentor_support": "mentorbevilling", "placement_end": "praktikophoer"}

HEADER = "Gladsaxe Kommune · Jobcenter Gladsaxe · Søborg Hovedgade 180 · 2860 Søborg"

BENEFIT_BOXES: dict[str, tuple[str, str | None]] = {
    "Afkrydsningsfelt1": ("kontanthjaelp", "jobparat"),
    "Afkrydsningsfelt2": ("kontanthjaelp", "aktivitetsparat"),
    "Afkrydsningsfelt3": ("kontanthjaelp", "uddannelsesparat"),
    "Afkrydsningsfelt4": ("uddannelseshjaelp", "uddannelsesparat"),
    "Afkrydsningsfelt5": ("uddannelseshjaelp", "aktivitetsparat"),
    "Afkrydsningsfelt6": ("sygedagpenge", None),
    "Afkrydsningsfelt7": ("ledighedsydelse", None),
    "Afkrydsningsfelt8": ("ressourceforloebsydelse", None),
    "Afkrydsningsfelt9": ("selvforsoergende", None),
    "Afkrydsningsfelt10": ("unknown", None),
}
BENEFIT_LABELS = (
    "Kontanthjælp, jobparat",
    "Kontanthjælp, aktivitetsparat",
    "Kontanthjælp, uddannelsesparat",
    "Uddannelseshjælp, uddannelsesparat (før 1.7.2025)",
    "Uddannelseshjælp, aktivitetsparat (før 1.7.2025)",
    "Sygedagpenge",
    "Ledighedsydelse",
    "Ressourceforløbsydelse",
    "Selvforsørgende / ægtefælleforsørget",
    "Andet / ukendt",
)
OUTCOME_BOXES = {
    "Afkrydsningsfelt1": "ordinary_job",
    "Afkrydsningsfelt2": "education",
    "Afkrydsningsfelt3": "flexjob",
    "Afkrydsningsfelt4": "rehabilitation_team",
    "Afkrydsningsfelt5": "other_municipal_offer",
    "Afkrydsningsfelt6": "internship_other_company",
    "Afkrydsningsfelt7": "long_term_sick",
    "Afkrydsningsfelt8": "stopped_other",
}
OUTCOME_LABELS = tuple(OUTCOME_NAMES[outcome] for outcome in OUTCOME_BOXES.values())


def _text(name: str, label: str, tooltip: str, page: int = 1, width: float = 200) -> FieldSpec:
    return FieldSpec(name, label=label, tooltip=tooltip, page=page, width=width)


def _boxes(names: list[str], labels: tuple[str, ...], tip: str) -> list[FieldSpec]:
    pairs = zip(names, labels, strict=True)
    return [FieldSpec(n, "checkbox", x=60, label=lab, tooltip=f"{tip}: {lab}") for n, lab in pairs]


_date = dated("dd.mm.yyyy")


MENTOR_LABELS = ("Virksomhedsmentor", "Jobcentermentor")
_MENTOR = {"Afkrydsningsfelt11": "company", "Afkrydsningsfelt12": "jobcentre"}
_MENTOR_MS = {"Afkrydsningsfelt1": "company", "Afkrydsningsfelt2": "jobcentre"}


# Acrobat numbers fields in the order they were drawn, not the order they are read: the meaning is the
# tooltip, and the config maps the numbers.
LAYOUTS = {
    "placement": Layout(
        "Aftale om virksomhedspraktik",
        header=f"{HEADER} · VP-01 (2024)",
        fields=stacked(
            _text("Tekstfelt12", "CPR-nr.", "CPR-nummer"),
            _text("Tekstfelt1", "Navn", "Borgerens navn", width=300),
            _text("Tekstfelt3", "Virksomhed", "Virksomhedens navn", width=300),
            _text("Tekstfelt2", "CVR-nr.", "CVR-nummer"),
            _text("Tekstfelt5", "Arbejdssted", "Arbejdsstedets navn", width=300),
            _text("Tekstfelt4", "P-nr.", "P-nummer"),
            _text("Tekstfelt6", "Praktikken starter", "Startdato (dd.mm.åååå)"),
            _text("Tekstfelt7", "Praktikken slutter", "Slutdato (dd.mm.åååå)"),
            _text("Tekstfelt8", "Timer pr. uge", "Antal timer pr. uge"),
            *_boxes(list(BENEFIT_BOXES), BENEFIT_LABELS, "Forsørgelse"),
            _text("Tekstfelt9", "Mentor", "Mentorens navn", width=300),
            *_boxes(list(_MENTOR), MENTOR_LABELS, "Mentor"),
            _text("Tekstfelt10", "Sagsbehandler", "Sagsbehandlerens navn", width=300),
            _text("Tekstfelt13", "E-mail", "Sagsbehandlerens e-mail", width=300),
            _text("Tekstfelt11", "Telefon", "Sagsbehandlerens telefon"),
            _text("Tekstfelt14", "Formål med praktikken", "Formål med praktikken", width=330),
            step=22,
        ),
    ),
    "mentor_support": Layout(
        "Bevilling af mentorstøtte",
        header=f"{HEADER} · MS-03",
        fields=stacked(
            _text("Tekstfelt1", "CPR-nr.", "CPR-nummer"),
            _text("Tekstfelt2", "P-nr.", "P-nummer"),
            _text("Tekstfelt3", "Mentor", "Mentorens navn", width=300),
            *_boxes(list(_MENTOR_MS), MENTOR_LABELS, "Mentor"),
            _text("Tekstfelt4", "Bevilget timer pr. uge", "Mentortimer pr. uge"),
            _text("Tekstfelt5", "Timesats (kr.)", "Timesats (kr.)"),
            _text("Tekstfelt6", "Fra", "Bevilget fra (dd.mm.åååå)"),
            _text("Tekstfelt7", "Til", "Bevilget til (dd.mm.åååå)"),
            _text("Tekstfelt8", "Bevilget den", "Bevillingsdato (dd.mm.åååå)"),
        ),
    ),
    "placement_end": Layout(
        "Ophør af virksomhedspraktik",
        header=f"{HEADER} · VP-04",
        fields=stacked(
            _text("Tekstfelt1", "CPR-nr.", "CPR-nummer"),
            _text("Tekstfelt2", "Navn", "Borgerens navn", width=300),
            _text("Tekstfelt3", "P-nr.", "P-nummer"),
            _text("Tekstfelt4", "Sidste praktikdag", "Ophørsdato (dd.mm.åååå)"),
            *_boxes(list(OUTCOME_BOXES), OUTCOME_LABELS, "Årsag"),
            _text("Tekstfelt5", "Bemærkning", "Bemærkning", width=330),
        ),
    ),
}

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
        local |= tick(record["mentor"]["employer"], _MENTOR)
    elif form_type == "mentor_support":
        local |= tick(record["mentor"]["employer"], _MENTOR_MS)
    elif form_type == "placement_end":
        local |= tick(record["outcome"], OUTCOME_BOXES)
    return local


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Print one Gladsaxe form holding the local values."""
    return render_pdf(LAYOUTS[form_type], local)
