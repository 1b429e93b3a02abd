"""The twenty-first trial's forms: `python -m tools.make_fixtures_onboarding_twentyfirst`.

NEEDS `java` (17) and iText 5 (Debian's `libitext5-java`, 5.5.13.3, at /usr/share/java/itext5.jar, or
ITEXT5_JAR naming the jar), and `pdftk` (pdftk-java 3.3.2). CI does not run this: the tests read the
files kept in tests/onboarding/golden/nyborg/ (iText writes the time and a random document id; a second
run writes other bytes).

Nyborg (450) is onboarded by config alone on forms no earlier trial's programs made. The end of a
placement ("Ophør af virksomhedspraktik") is a Java case system's PDF form drawn with iText 5 and filled
with iText's PdfStamper (`tools/itext/NyborgOphoer.java`): captions printed small above their boxes under
section bars, the planned and the actual last day side by side, the outcome a radio group whose buttons'
on-states are the digits 1 to 8 (the words beside them), a copy box, a remark of two lines; a second
one is the same empty form filled by pdftk from an FDF (`fdf` below). The grants of
mentor support are the case system's export as .NET's XmlSerializer writes it (`grants_xml` below): a
UTF-8 BOM, CRLF line ends, `xmlns:xsi` and `xmlns:xsd` before a default namespace, attributes beside
elements, a CDATA remark, `xsi:nil` for a caseworker not set, decimals with a point, dates as DateTimes
(`2026-04-06T00:00:00`; a grant's day `DateTime.Today`, so `+02:00` after it). The records beside them
were written by hand from the forms as drawn by `pdftoppm` and as the XML's text reads, before the hub
read them (decision 0060, "Twenty-first trial").
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "nyborg"
JAVA = ROOT / "tools" / "itext" / "NyborgOphoer.java"

CRLF = "\r\n"
NS = "urn:nyborg-kommune:jobcenter:mentorstoette:2"
# One grant: CPR as the case system shows it, name, P-number, site, mentor, employed by, hours a week,
# rate, first and last day, day granted (DateTime.Today: Kind Local), remark.
GRANTS = [
    (
        "041288-1937",
        "Camilla Vind Sørensen",
        "1016482395",
        "Nyborg Strand Hotel & Konference A/S",
        "Jens Ole Bak",
        "Virksomhed",
        "3.5",
        "298.75",
        "2026-04-06",
        "2026-07-03",
        "2026-03-30",
        "Mentor deltager i opstartsmødet 6/4 & i midtvejsstatus.\nTimer < 4 pr. uge efter aftale.",
    ),
    (
        "170599-2460",
        "Yusuf Emre Aydın",
        "1023375510",
        "Ørbæk Maskinstation ApS",
        "Hanne Kirstine Lund",
        "Jobcenter",
        "2",
        "315.00",
        "2026-04-13",
        "2026-06-12",
        "2026-04-08",
        "",
    ),
    (
        "300172-3318",
        "Birthe Ågård Nielsen",
        "1016482395",
        "Nyborg Strand Hotel & Konference A/S",
        "Søren Mølgaard",
        "Virksomhed",
        "1.25",
        "412.00",
        "2026-05-04",
        "2026-08-28",
        "2026-04-27",
        "Forlængelse af bevilling fra 2025.",
    ),
]


def grants_xml() -> bytes:
    """The export as .NET's XmlSerializer writes it to a file on Windows (a BOM, CRLF, two-space indent)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<MentorstoetteEksport xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        f' xmlns:xsd="http://www.w3.org/2001/XMLSchema" Kommunenr="450"'
        f' Dannet="2026-04-28T09:14:52.4817336+02:00" xmlns="{NS}">',
        "  <Bevillinger>",
    ]
    for number, grant in enumerate(GRANTS, start=1):
        cpr, name, p_number, site, mentor, employer, hours, rate, start, end, granted, remark = grant
        lines += [
            f'    <Bevilling Id="{4410 + number}" Status="Aktiv">',
            "      <Borger>",
            f"        <CprNr>{cpr}</CprNr>",
            f"        <Navn>{name}</Navn>",
            "      </Borger>",
            f'      <Praktiksted PNr="{p_number}">',
            f"        <Navn>{site.replace('&', '&amp;')}</Navn>",
            "      </Praktiksted>",
            f'      <Mentor Ansaettelse="{employer}">',
            f"        <Navn>{mentor}</Navn>",
            "      </Mentor>",
            f"      <TimerPrUge>{hours}</TimerPrUge>",
            f"      <Timepris>{rate}</Timepris>",
            "      <Periode>",
            f"        <StartDato>{start}T00:00:00</StartDato>",
            f"        <SlutDato>{end}T00:00:00</SlutDato>",
            "      </Periode>",
            f"      <BevillingsDato>{granted}T00:00:00+02:00</BevillingsDato>",
            f"      <Bemaerkning><![CDATA[{remark.replace(chr(10), CRLF)}]]></Bemaerkning>",
            '      <Sagsbehandler xsi:nil="true" />',
            "    </Bevilling>",
        ]
    lines += ["  </Bevillinger>", "</MentorstoetteEksport>"]
    # XmlSerializer ends the root without a line break, and writes a remark's own line break as CRLF too
    return "\ufeff".encode() + CRLF.join(lines).encode("utf-8")


# A second end of a placement: the same empty form filled by pdftk from an FDF, as the case system's
# batch job fills it (field, value): text as Acrobat's FDF writes it, UTF-16BE with its BOM in hex, a
# remark's line break a CR; the radio button's on-state and the box's off-state as names.
FDF_VALUES = [
    ("borger_cpr", "110203-4846"),
    ("borger_navn", "Lærke Øster-Brandt"),
    ("virksomhed_navn", "Ørbæk Maskinstation ApS"),
    ("virksomhed_pnr", "1023375510"),
    ("ophoer_planlagt", "31. juli 2026"),
    ("ophoer_sidste_dag", "2. juli 2026"),
    ("ophoer_overgang", "/8"),
    ("kopi_borger", "/Off"),
    ("bemaerkning", "Borgeren er flyttet til Aarhus Kommune pr. 3. juli 2026.\rSagen er overdraget."),
    ("sagsbehandler", "Mette Lykke Friis"),
    ("dato", "6. juli 2026"),
]


def fdf() -> bytes:
    """The FDF pdftk fills the empty form from: a name for a button's state, hex UTF-16BE for a text."""
    fields = []
    for name, value in FDF_VALUES:
        shown = value if value.startswith("/") else "<FEFF" + value.encode("utf-16-be").hex().upper() + ">"
        fields.append(f"<< /T ({name}) /V {shown} >>")
    body = "\n".join(fields)
    text = f"%FDF-1.2\n1 0 obj\n<< /FDF << /Fields [\n{body}\n] >> >>\nendobj\n"
    text += "trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    return text.encode("ascii")


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs java and iText 5)."""
    jar = os.environ.get("ITEXT5_JAR", "/usr/share/java/itext5.jar")
    made = {GOLDEN / "mentorstoette.xml": grants_xml()}
    with tempfile.TemporaryDirectory() as folder:
        command = ["java", "-cp", jar, str(JAVA), folder]
        subprocess.run(command, check=True, timeout=300, capture_output=True)
        made[GOLDEN / "ophoer.pdf"] = (Path(folder) / "ophoer.pdf").read_bytes()
        (Path(folder) / "ophoer.fdf").write_bytes(fdf())
        command = ["pdftk", "ophoer_blank.pdf", "fill_form", "ophoer.fdf", "output", "ophoer_fdf.pdf"]
        subprocess.run(command, check=True, timeout=300, capture_output=True, cwd=folder)
        made[GOLDEN / "ophoer_fdf.pdf"] = (Path(folder) / "ophoer_fdf.pdf").read_bytes()
    return made


if __name__ == "__main__":
    for path, data in render_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
