"""Furesø's Excel workbooks: "Ark1" laid out as a form (title in A1, labels in A, values in B) and a
"Mentortimer" sheet with a weekly table (Uge | Timer) and a signature block below it.

Local keys are the labels, values as Excel shows them (07-09-2026, "2,5"); `render` stores dates as
real date cells and CVR, P-number, phone and hours as numbers, the way a caseworker types them in.
Table rows are ``Uge[n]`` and ``Timer[n]``.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from hub.demo.localise import cpr_dash, da_date, da_decimal, phone_plain, split_name
from hub.demo.render_data import XlsxCell, indexed, xlsx_bytes

FORMS = {"placement": "praktikaftale", "mentor_hours": "mentortimer", "placement_end": "afslutning"}
TITLES = {
    "placement": "Aftale om virksomhedspraktik",
    "mentor_hours": "Mentortimer - Furesø Kommune",
    "placement_end": "Afslutning af virksomhedspraktik",
}
DATES = {"Startdato", "Slutdato", "Afslutningsdato", "Underskriftsdato"}
NUMBERS = {"CVR-nummer", "P-nummer", "Timer pr. uge", "Telefon", "Timer"}
BENEFITS = {
    "kontanthjaelp": "Kontanthjælp",
    "uddannelseshjaelp": "Uddannelseshjælp",
    "sygedagpenge": "Sygedagpenge",
    "ledighedsydelse": "Ledighedsydelse",
    "ressourceforloebsydelse": "Ressourceforløb",
    "selvforsoergende": "Selvforsørgende",
    "unknown": "Ukendt",
}
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


def _date(iso: str) -> str:
    return da_date(iso, "dd-mm-yyyy")


def localise(form_type: str, record: dict[str, Any]) -> dict[str, str]:
    """Write a canonical record as Furesø's sheets show it: 07-09-2026, "12", "2,5", Danish words."""
    head = {"CPR-nummer": cpr_dash(record["citizen"]["cpr"])}
    if form_type == "placement":
        first, last = split_name(record["citizen"]["name"])
        worker = record["caseworker"]
        return head | {
            "Fornavn": first,
            "Efternavn": last,
            "Virksomhed": record["company"]["name"],
            "CVR-nummer": record["company"]["cvr"],
            "Arbejdssted": record["site"]["name"],
            "P-nummer": record["site"]["p_number"],
            "Startdato": _date(record["period"]["start"]),
            "Slutdato": _date(record["period"]["end"]),
            "Timer pr. uge": da_decimal(record["hours_per_week"]),
            "Forsørgelsesgrundlag": BENEFITS[record["benefit"]],
            "Målgruppe": (record.get("visitation") or "").capitalize(),
            "Mentor": record["mentor"]["name"],
            "Mentor ansat hos": EMPLOYERS[record["mentor"]["employer"]],
            "Sagsbehandler": worker["name"],
            "E-mail": worker["email"],
            "Telefon": phone_plain(worker["phone"]),
            "Formål": record.get("purpose") or "",
        }
    head["P-nummer"] = record["site"]["p_number"]
    if form_type == "mentor_hours":
        local = head | {"Mentor": record["mentor"]["name"]}
        for n, entry in enumerate(record["entries"], 1):
            year, week = entry["week"].split("-W")
            local |= {f"Uge[{n}]": f"{int(week)}/{year}", f"Timer[{n}]": da_decimal(entry["hours"])}
        return local | {
            "Underskrevet af": record["signed_by"],
            "Underskriftsdato": _date(record["signed_on"]),
        }
    if form_type == "placement_end":
        return head | {
            "Afslutningsdato": _date(record["ended_on"]),
            "Årsag": OUTCOMES[record["outcome"]],
            "Bemærkning": record.get("note") or "",
        }
    raise KeyError(f"Furesø sends no {form_type!r} form")


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
