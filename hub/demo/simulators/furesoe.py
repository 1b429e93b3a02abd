"""Furesø's Excel workbooks: "Ark1" laid out as a form (title in A1, labels in A, values in B) and a
"Mentortimer" sheet with a weekly table (Uge | Timer) and a signature block below it.

Local keys are the labels, values as Excel shows them (07-09-2026, "2,5"); `render` stores dates as
real date cells and CVR, P-number, phone and hours as numbers, the way a caseworker types them in.
Table rows are ``Uge[n]`` and ``Timer[n]``. Progress scores are picked from a drop-down list ("4 - Godt").
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from hub.demo.localise import (
    BENEFIT_NAMES,
    SCORE_TITLES,
    Table,
    capitalised,
    cpr_dash,
    da_decimal,
    dated,
    fill,
    first_names,
    last_name,
    phone_plain,
    same,
    week_number,
)
from hub.demo.render_data import XlsxCell, indexed, xlsx_bytes

FORMS = {
    "placement": "praktikaftale",
    "mentor_hours": "mentortimer",
    "progress_report": "statusrapport",
    "placement_end": "afslutning",
}
TITLES = {
    "placement": "Aftale om virksomhedspraktik",
    "mentor_hours": "Mentortimer - Furesø Kommune",
    "progress_report": "Statusrapport - virksomhedspraktik",
    "placement_end": "Afslutning af virksomhedspraktik",
}
DATES = {"Startdato", "Slutdato", "Afslutningsdato", "Underskriftsdato", "Vurderingsdato"}
NUMBERS = {"CVR-nummer", "P-nummer", "Timer pr. uge", "Telefon", "Timer"}
BENEFITS = BENEFIT_NAMES | {"ressourceforloebsydelse": "Ressourceforløb"}
EMPLOYERS = {"company": "Virksomheden", "jobcentre": "Jobcentret"}
OUTCOMES = {
    "ordinary_job": "Ordinært arbejde",
    "education": "Uddannelse",
    "flexjob": "Fleksjob",
    "rehabilitation_team": "Rehabiliteringsteam",
    "other_municipal_offer": "Andet tilbud i kommunen",
    "internship_other_company": "Praktik i anden virksomhed",
    "long_term_sick": "Langtidssygemeldt",
    "stopped_other": "Stoppet af andre årsager",
}
# The entries of the score lists: the score, a dash and a word.
RATINGS = {5: "5 - Meget godt", 4: "4 - Godt", 3: "3 - Middel", 2: "2 - Under middel", 1: "1 - Dårligt"}
_date = dated("dd-mm-yyyy")
_HEAD: Table = {"CPR-nummer": ("citizen.cpr", cpr_dash), "P-nummer": ("site.p_number", same)}
TEXT: dict[str, Table] = {
    "placement": {
        "CPR-nummer": ("citizen.cpr", cpr_dash),
        "Fornavn": ("citizen.name", first_names),
        "Efternavn": ("citizen.name", last_name),
        "Virksomhed": ("company.name", same),
        "CVR-nummer": ("company.cvr", same),
        "Arbejdssted": ("site.name", same),
        "P-nummer": ("site.p_number", same),
        "Startdato": ("period.start", _date),
        "Slutdato": ("period.end", _date),
        "Timer pr. uge": ("hours_per_week", da_decimal),
        "Forsørgelsesgrundlag": ("benefit", BENEFITS.__getitem__),
        "Målgruppe": ("visitation", capitalised),
        "Mentor": ("mentor.name", same),
        "Mentor ansat hos": ("mentor.employer", EMPLOYERS.__getitem__),
        "Sagsbehandler": ("caseworker.name", same),
        "E-mail": ("caseworker.email", same),
        "Telefon": ("caseworker.phone", phone_plain),
        "Formål": ("purpose", same),
    },
    "mentor_hours": _HEAD | {"Mentor": ("mentor.name", same)},
    "progress_report": _HEAD
    | {"Vurderingsdato": ("measured_on", _date)}
    | {title: (f"scores.{score}", lambda v: RATINGS[int(v)]) for score, title in SCORE_TITLES.items()}
    | {"Bemærkning": ("note", same)},
    "placement_end": _HEAD
    | {
        "Afslutningsdato": ("ended_on", _date),
        "Årsag": ("outcome", OUTCOMES.__getitem__),
        "Bemærkning": ("note", same),
    },
}
_SIGNATURE: Table = {"Underskrevet af": ("signed_by", same), "Underskriftsdato": ("signed_on", _date)}


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record as Furesø's sheets show it: 07-09-2026, "12", "2,5", Danish words."""
    if form_type not in TEXT:
        raise KeyError(f"Furesø sends no {form_type!r} form")
    local = fill(record, TEXT[form_type], blank=True)
    if form_type == "mentor_hours":
        for n, entry in enumerate(record["entries"], 1):
            local |= {f"Uge[{n}]": week_number(entry["week"]), f"Timer[{n}]": da_decimal(entry["hours"])}
        local |= fill(record, _SIGNATURE, blank=True)
    return local


def _cell(label: str, text: str) -> XlsxCell:
    """The typed cell Excel would hold for what the sheet shows."""
    name = label.split("[", 1)[0]
    if not text:
        return None
    if name in DATES:
        return datetime.strptime(text, "%d-%m-%Y")
    if name in NUMBERS:
        number = Decimal(text.replace(" ", "").replace(",", "."))
        return int(number) if number == number.to_integral_value() else float(number)
    return text


def render(form_type: str, local: dict[str, str]) -> bytes:
    """Save the workbook as Excel would, with typed cells."""
    rows: list[list[XlsxCell]] = [[TITLES[form_type]], []]
    if form_type != "mentor_hours":
        rows += [[label, _cell(label, value)] for label, value in local.items()]
        return xlsx_bytes({"Ark1": rows}, formats={datetime: "dd-mm-yyyy"}, widths={"A": 24, "B": 40})
    rows += [[label, _cell(label, local[label])] for label in ("CPR-nummer", "P-nummer", "Mentor")]
    rows += [[], ["Uge", "Timer"]]
    weeks, hours = indexed(local, "Uge"), indexed(local, "Timer")
    rows += [[week, _cell("Timer", h)] for week, h in zip(weeks, hours, strict=True)]
    signer, signed = "Underskrevet af", "Underskriftsdato"
    rows += [[], [signer, signed], [local[signer], _cell(signed, local[signed])]]
    return xlsx_bytes({"Mentortimer": rows}, formats={datetime: "dd-mm-yyyy"}, widths={"A": 24, "B": 16})
