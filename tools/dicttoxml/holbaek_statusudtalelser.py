"""Holbæk's assessment supplier's web service sends the job centre the month's progress reports as XML
it makes with PyPI's dicttoxml (1.7.16) at its defaults but the root's name: the reports its ORM gives
as dicts, handed to `dicttoxml(data, custom_root="statusudtalelser")`. So the document is one line after
its declaration (`<?xml version="1.0" encoding="UTF-8" ?>`, no line break anywhere, none at the end),
every element carries its Python type (`type="str"`, `type="int"`, `type="list"`), a list's members are
`<item>` elements, a `None` an empty element `type="null"`, a date its `isoformat()` as `type="str"`, a
P-number kept as the int the ORM's column is (`type="int"`) and a CPR number as its text (leading 0). The
marks are a list of areas and marks, as the web form's rows are. Run by
tools/make_fixtures_onboarding_sixtysecond.py with a python that has dicttoxml; prints the document."""

import sys
from datetime import date, datetime

import dicttoxml


def marks(*values: int) -> list[dict]:
    areas = ("Fremmøde", "Punktlighed", "Samarbejde", "Opgaveløsning", "Selvstændighed")
    return [{"omraade": area, "karakter": value} for area, value in zip(areas, values, strict=True)]


REPORTS = {
    "leverandoer": "Vestsjællands Praktikcenter ApS",
    "dannet": datetime(2027, 5, 3, 7, 30, 0).isoformat(),
    "udtalelser": [
        {
            "id": 5521,
            "borger": {"cpr": "0906940127", "navn": "Kasper Brink Thomsen"},
            "praktiksted": {"pnummer": 1019876543, "navn": "Holbæk Sportsby, Cafeen"},
            "vurderingsdato": date(2027, 4, 14),
            "vurderinger": marks(4, 3, 5, 4, 3),
            "bemaerkning": "Møder stabilt; arbejder bedst med faste opgaver & klare aftaler.",
            "udfyldt_af": "Rikke Holm",
            "borger_deltog": True,
        },
        {
            "id": 5527,
            "borger": {"cpr": "2302011845", "navn": "Sofie Lind Jakobsen"},
            "praktiksted": {"pnummer": 1027334455, "navn": "Jyderup Boligselskab, ejendomskontoret"},
            "vurderingsdato": date(2027, 4, 28),
            "vurderinger": marks(2, 2, 4, 3, 1),
            "bemaerkning": None,
            "udfyldt_af": "Rikke Holm",
            "borger_deltog": False,
        },
    ],
}

sys.stdout.buffer.write(dicttoxml.dicttoxml(REPORTS, custom_root="statusudtalelser"))
