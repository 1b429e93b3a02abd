"""Gribskov's mentor firm's case system's month of mentor visits, as its export script writes them: a
dict built from its rows and written with xmltodict's `unparse(..., pretty=True)` (its own tab
indentation). Attributes are `@` keys, an element's text `#text`, a list repeated elements; each visit's
length is Python's `str(timedelta)` (`1:30:00`), its day `date.isoformat()`, the approval a moment with its
offset. Run by tools/make_fixtures_onboarding_fiftyfirst.py with a python that has xmltodict; prints the
document."""

import sys
from datetime import date, datetime, timedelta, timezone

import xmltodict

CET = timezone(timedelta(hours=2))  # the approvals were given in summer time


def visit(day: date, length: timedelta, topic: str) -> dict:
    return {"@dato": day.isoformat(), "@varighed": str(length), "#text": topic}


COURSES = [
    {
        "@sagsnr": "MEN-2027-0412",
        "borger": {"@cpr": "0502851234", "#text": "Mads Kjær Nielsen"},
        "praktiksted": {"@pnr": "1019283746", "#text": "Helsinge Autoværksted"},
        "mentor": "Lone Bech",
        "besoeg": [
            visit(date(2027, 3, 2), timedelta(hours=1, minutes=30), "Opstart & rundvisning"),
            visit(date(2027, 3, 4), timedelta(minutes=45), "Kort opfølgning"),
            visit(date(2027, 3, 9), timedelta(hours=2), "Samtale med værkfører"),
            visit(date(2027, 3, 16), timedelta(hours=1, minutes=15), "Opfølgning"),
            visit(date(2027, 3, 30), timedelta(hours=1), "Status <marts>"),
        ],
        "godkendt": {"@af": "Lone Bech", "#text": datetime(2027, 4, 1, 9, 12, 30, tzinfo=CET).isoformat()},
    },
    {
        "@sagsnr": "MEN-2027-0419",
        "borger": {"@cpr": "1909994321", "#text": "Sara Lykke Poulsen"},
        "praktiksted": {"@pnr": "1011121314", "#text": "Græsted Plantecenter"},
        "mentor": "Per Vinther",
        "besoeg": [visit(date(2027, 3, 17), timedelta(hours=2, minutes=30), "Første dag")],
        "godkendt": {"@af": "Per Vinther", "#text": datetime(2027, 3, 31, 16, 0, 0, tzinfo=CET).isoformat()},
    },
]

DOCUMENT = {"mentortimer": {"@periode": "2027-03", "@kommune": "270", "forloeb": COURSES}}

sys.stdout.write(xmltodict.unparse(DOCUMENT, pretty=True))
