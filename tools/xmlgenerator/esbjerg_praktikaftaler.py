"""Esbjerg's placement agreements, the month's new ones as its case system supplier's Python integration
writes them with the standard library's `xml.sax.saxutils.XMLGenerator` and nothing else.

`XMLGenerator(out, encoding="iso-8859-1")` on a binary file, its other argument at its default
(`short_empty_elements=False`): the declaration `<?xml version="1.0" encoding="iso-8859-1"?>` and a line
break, then the whole document on one line (XMLGenerator writes no white space of its own); Latin-1 bytes,
a character outside Latin-1 (an en dash) a character reference, `&#8211;` (the text writer's
`xmlcharrefreplace`); in text `&`, `<` and `>` escaped, a quote not; an attribute quoted by `quoteattr`,
in single quotes where its value holds a double quote and no single one (`navn='Café "Sømanden", Havnen'`);
an element with no text written as a start and an end tag
(`<pa:visitation></pa:visitation>`). The supplier's namespace by `startPrefixMapping("pa", ...)` and every
element by `startElementNS`, so each carries the prefix and the root the `xmlns:pa`. Values as the
database hands them, written with `str()`: a `date` `2027-05-03`, the weekly hours a `numeric(4,2)`'s
`Decimal` (`18.50`, `15.00`), the hourly wage-subsidy share a `float` (`0.0`, unread), the mentor's
employment a `bool` (`True`, `False`), a `None` no text (the helper writes text only for a value), the
moment of the export a `datetime` with its zone (`2027-05-01 06:00:00+02:00`).

Run by tools/make_fixtures_onboarding_sixtyfifth.py: `python esbjerg_praktikaftaler.py OUT [variant]`.
The variant is a second user's: `short_empty_elements=True`, UTF-8, no namespace, and `str(value)` for
every value, `None` too.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, BinaryIO
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl

NS = "urn:esbjerg-kommune:jobcenter:praktikaftale:2"
SUMMER = timezone(timedelta(hours=2))

AGREEMENTS: list[dict[str, Any]] = [
    {
        "sagsnr": "PA-27-0561-014",
        "cpr": "120393-2841",
        "navn": "Rasmus Kjær Ebbesen",
        "cvr": "29384711",
        "firma": "Vestjysk Fisk & Skaldyr ApS",
        "pnr": "1018765432",
        "sted": "Vestjysk Fisk, Auktionsgade 12",
        "fra": date(2027, 5, 3),
        "til": date(2027, 7, 30),
        "timer": Decimal("18.50"),
        "ydelse": "Kontanthjælp",
        "visitation": "Aktivitetsparat",
        "virksomhedsmentor": True,
        "mentor": "Henrik Sønderby",
        "sb": "Mette Lykke Vestergaard",
        "mail": "mlv@esbjerg.example.dk",
        "tlf": "76 16 12 34",
        "formaal": "Afklaring \u2013 lager & pakning, løft <10 kg>",
    },
    {
        "sagsnr": "PA-27-0561-017",
        "cpr": "030788-1196",
        "navn": "Yasmin Al-Khatib",
        "cvr": "35711627",
        "firma": "Café Sømanden I/S",
        "pnr": "1024433221",
        "sted": 'Café "Sømanden", Havnen',
        "fra": date(2027, 5, 10),
        "til": date(2027, 8, 6),
        "timer": Decimal("15.00"),
        "ydelse": "Uddannelseshjælp",
        "visitation": "Uddannelsesparat",
        "virksomhedsmentor": False,
        "mentor": "Lotte Brink",
        "sb": "Mette Lykke Vestergaard",
        "mail": "mlv@esbjerg.example.dk",
        "tlf": "76 16 12 34",
        "formaal": "Køkken og opvask,\nservering i weekenden",
    },
    {
        "sagsnr": "PA-27-0561-022",
        "cpr": "281168-0735",
        "navn": "Bent Ørum Thygesen",
        "cvr": "40128735",
        "firma": "Esbjerg Forsyning A/S",
        "pnr": "1030099887",
        "sted": "Genbrugspladsen, Vestkystvej",
        "fra": date(2027, 5, 17),
        "til": date(2027, 6, 25),
        "timer": Decimal("12.25"),
        "ydelse": "Sygedagpenge",
        "visitation": None,
        "virksomhedsmentor": True,
        "mentor": "Jens Peder Ravn",
        "sb": "Ole Fisker",
        "mail": "olfi@esbjerg.example.dk",
        "tlf": "+45 76 16 55 10",
        "formaal": None,
    },
]


class Writer:
    """The supplier's small helper around XMLGenerator: a namespace, or none (the variant)."""

    def __init__(self, out: BinaryIO, variant: bool) -> None:
        self.variant = variant
        if variant:
            self.gen = XMLGenerator(out, encoding="utf-8", short_empty_elements=True)
        else:
            self.gen = XMLGenerator(out, encoding="iso-8859-1")

    def start(self, name: str, attrs: dict[str, Any] | None = None) -> None:
        values = {key: str(value) for key, value in (attrs or {}).items()}
        if self.variant:
            self.gen.startElement(name, AttributesImpl(values))
            return
        names: dict[tuple[str | None, str], str] = {(None, key): value for key, value in values.items()}
        qnames: dict[tuple[str | None, str], str] = {(None, key): key for key in values}
        self.gen.startElementNS((NS, name), None, AttributesNSImpl(names, qnames))

    def end(self, name: str) -> None:
        if self.variant:
            self.gen.endElement(name)
        else:
            self.gen.endElementNS((NS, name), None)

    def text(self, name: str, value: Any, attrs: dict[str, Any] | None = None) -> None:
        self.start(name, attrs)
        if value is not None or self.variant:  # the variant's programmer writes str(None) too
            self.gen.characters(str(value))
        self.end(name)


def write(out: BinaryIO, variant: bool) -> None:
    """The month's agreements as the supplier's integration writes them."""
    w = Writer(out, variant)
    w.gen.startDocument()
    if not variant:
        w.gen.startPrefixMapping("pa", NS)
    exported = datetime(2027, 5, 1, 6, 0, tzinfo=SUMMER)
    w.start("praktikaftaler", {"kommunenr": 561, "udtrukket": exported})
    for a in AGREEMENTS:
        w.start("aftale", {"sagsnr": a["sagsnr"], "oprettet": a["fra"] - timedelta(days=7)})
        w.start("borger", {"cpr": a["cpr"]})
        w.text("navn", a["navn"])
        w.end("borger")
        w.start("virksomhed", {"cvr": a["cvr"]})
        w.text("navn", a["firma"])
        w.text("arbejdssted", None, {"pnr": a["pnr"], "navn": a["sted"]})
        w.end("virksomhed")
        w.text("startdato", a["fra"])
        w.text("slutdato", a["til"])
        w.text("timerPrUge", a["timer"])
        w.text("loentilskudPrTime", 0.0)
        w.text("ydelse", a["ydelse"])
        w.text("visitation", a["visitation"])
        w.text("mentor", a["mentor"], {"virksomhedsmentor": a["virksomhedsmentor"]})
        w.start("sagsbehandler")
        w.text("navn", a["sb"])
        w.text("email", a["mail"])
        w.text("telefon", a["tlf"])
        w.end("sagsbehandler")
        w.text("formaal", a["formaal"])
        w.end("aftale")
    w.end("praktikaftaler")
    if not variant:
        w.gen.endPrefixMapping("pa")
    w.gen.endDocument()


if __name__ == "__main__":
    with open(sys.argv[1], "wb") as target:
        write(target, variant=sys.argv[2:] == ["variant"])
