"""Write the golden PDFs of Gladsaxe, Ballerup, Gentofte and Randers: `python -m tools.make_fixtures_pdf`.

The values are written here by hand, exactly as a caseworker typed them into the form (`150392-1237`,
`3/8-2026`, `18,5`, `KH`, a ticked box), and never produced by the simulators' `localise`: the golden
files test the adapters against what people write, and `<name>.expected.json` beside each PDF is the
canonical record worked out by hand from these values.
"""

from __future__ import annotations

from pathlib import Path

from hub.demo.simulators import simulator

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden"
Y, N = "Yes", "Off"  # a ticked and an empty checkbox

# (municipality slug, file name without .pdf, form type, the values as typed into the form)
FIXTURES: tuple[tuple[str, str, str, dict[str, str]], ...] = (
    (
        "gladsaxe",
        "placement_kontanthjaelp",
        "placement",
        {
            "Tekstfelt12": "150392-1237",
            "Tekstfelt1": "Søren Mølgaard",
            "Tekstfelt3": "Falck Danmark",
            "Tekstfelt2": "22 22 22 28",
            "Tekstfelt5": "Falck Søborg",
            "Tekstfelt4": "1900000101",
            "Tekstfelt6": "03.08.2026",
            "Tekstfelt7": "01.11.2026",
            "Tekstfelt8": "18,5",
            "Afkrydsningsfelt1": N,
            "Afkrydsningsfelt2": Y,
            "Afkrydsningsfelt3": N,
            "Afkrydsningsfelt4": N,
            "Afkrydsningsfelt5": N,
            "Afkrydsningsfelt6": N,
            "Afkrydsningsfelt7": N,
            "Afkrydsningsfelt8": N,
            "Afkrydsningsfelt9": N,
            "Afkrydsningsfelt10": N,
            "Tekstfelt9": "Mads Eksempel",
            "Afkrydsningsfelt11": Y,
            "Afkrydsningsfelt12": N,
            "Tekstfelt10": "Anders Eksempel",
            "Tekstfelt13": "Virksomhedskonsulent@Gladsaxe.example.dk",
            "Tekstfelt11": "20 00 01 03",
            "Tekstfelt14": "Afklaring af arbejdsevne og faste arbejdsvaner",
        },
    ),
    (
        "gladsaxe",
        "placement_sygedagpenge",
        "placement",
        {
            "Tekstfelt12": "230785-4562",
            "Tekstfelt1": "Louise Bak",
            "Tekstfelt3": "Falck Danmark",
            "Tekstfelt2": "22222228",
            "Tekstfelt5": "Falck Søborg",
            "Tekstfelt4": "1900000101",
            "Tekstfelt6": "07.09.2026",
            "Tekstfelt7": "06.12.2026",
            "Tekstfelt8": "12",
            "Afkrydsningsfelt6": Y,
            "Tekstfelt9": "Mads Eksempel",
            "Afkrydsningsfelt11": Y,
            "Tekstfelt10": "Anders Eksempel",
            "Tekstfelt13": "virksomhedskonsulent@gladsaxe.example.dk",
            "Tekstfelt11": "+45 20 00 01 03",
        },
    ),
    (
        "gladsaxe",
        "mentor_support",
        "mentor_support",
        {
            "Tekstfelt1": "150392-1237",
            "Tekstfelt2": "1900000101",
            "Tekstfelt3": "Mads Eksempel",
            "Afkrydsningsfelt1": Y,
            "Afkrydsningsfelt2": N,
            "Tekstfelt4": "3",
            "Tekstfelt5": "275,00",
            "Tekstfelt6": "03.08.2026",
            "Tekstfelt7": "01.11.2026",
            "Tekstfelt8": "28.07.2026",
        },
    ),
    (
        "gladsaxe",
        "placement_end",
        "placement_end",
        {
            "Tekstfelt1": "150392-1237",
            "Tekstfelt2": "Søren Mølgaard",
            "Tekstfelt3": "1900000101",
            "Tekstfelt4": "30.10.2026",
            "Afkrydsningsfelt1": Y,
            "Tekstfelt5": "Fastansat som vagtcentralassistent fra 1. november",
        },
    ),
    (
        "ballerup",
        "placement_uddannelseshjaelp",
        "placement",
        {
            "Borger.CPR": "0212981113",
            "Borger.Fornavn": "Mohammad Ali",
            "Borger.Efternavn": "Rasmussen",
            "Borger.Ydelse": "Uddannelseshjælp - uddannelsesparat",
            "Virksomhed.CVR": "22222228",
            "Virksomhed.Navn": "Falck Danmark",
            "Arbejdssted.PNr": "1900000102",
            "Arbejdssted.Navn": "Falck Ballerup",
            "Praktik.Start": "10-08-2026",
            "Praktik.Slut": "08-11-2026",
            "Praktik.TimerPrUge": "20",
            "Praktik.Formaal": "Afprøvning af praktiske opgaver på stationen",
            "Mentor.Navn": "Mads Eksempel",
            "Mentor.Ansat": "Virksomheden",
            "Sagsbehandler.Navn": "Camilla Eksempel",
            "Sagsbehandler.Email": "camilla.eksempel@ballerup.example.dk",
            "Sagsbehandler.Telefon": "20000151",
        },
    ),
    (
        "ballerup",
        "placement_ledighedsydelse",
        "placement",
        {
            "Borger.CPR": "110775-4238",
            "Borger.Fornavn": "Kirsten",
            "Borger.Efternavn": "Holm-Jensen",
            "Borger.Ydelse": "Ledighedsydelse",
            "Virksomhed.CVR": "22222228",
            "Virksomhed.Navn": "Falck Danmark",
            "Arbejdssted.PNr": "1900000102",
            "Arbejdssted.Navn": "Falck Ballerup",
            "Praktik.Start": "05-10-2026",
            "Praktik.Slut": "03-01-2027",
            "Praktik.TimerPrUge": "15,5",
            "Mentor.Navn": "Mads Eksempel",
            "Mentor.Ansat": "Virksomheden",
            "Sagsbehandler.Navn": "Camilla Eksempel",
            "Sagsbehandler.Email": "camilla.eksempel@ballerup.example.dk",
            "Sagsbehandler.Telefon": "2000 0151",
        },
    ),
    (
        "ballerup",
        "placement_end",
        "placement_end",
        {
            "Borger.CPR": "0212981113",
            "Borger.Fornavn": "Mohammad Ali",
            "Borger.Efternavn": "Rasmussen",
            "Arbejdssted.PNr": "1900000102",
            "Afslutning.Dato": "06-11-2026",
            "Afslutning.Aarsag": "Uddannelse",
            "Afslutning.Bemaerkning": "Starter på erhvervsuddannelse i januar",
        },
    ),
    (
        "gentofte",
        "placement",
        "placement",
        {
            "borger_cpr": "040493-2220",
            "borger_navn": "Freja Lindqvist",
            "ydelse": "kh",
            "visitation": "jobparat",
            "virk_cvr": "55555559",
            "virk_navn": "BRFkredit",
            "pnr": "1900000201",
            "arbejdssted": "BRFkredit Lyngby",
            "fra": "1/9-2026",
            "til": "28/2-2027",
            "timer": "25",
            "mentor": "Morten Eksempel",
            "sagsbeh": "Jens Eksempel",
            "sagsbeh_mail": "virksomhedskonsulent@gentofte.example.dk",
            "sagsbeh_tlf": "33 12 34 56",
            "formaal": "Opkvalificering til kontorarbejde",
        },
    ),
    (
        "gentofte",
        "progress_report",
        "progress_report",
        {
            "borger_cpr": "040493-2220",
            "pnr": "1900000201",
            "dato": "15/10-2026",
            "fremmoede": "4",
            "punktlighed": "3",
            "samarbejde": "4",
            "opgaveloesning": "3",
            "selvstaendighed": "2",
            "bemaerkning": "God udvikling; skal blive mere selvstændig i opgaverne",
        },
    ),
    (
        "gentofte",
        "placement_end",
        "placement_end",
        {
            "borger_cpr": "040493-2220",
            "pnr": "1900000201",
            "ophoersdato": "30/11-2026",
            "aarsag": "flex",
            "bemaerkning": "Bevilget fleksjob",
        },
    ),
    (
        "randers",
        "placement",
        "placement",
        {
            "CprNr": "010190 1234",
            "Navn": "Hanne Kjær Poulsen",
            "Ydelse": "Kontanthjælp",
            "Visitation": "aktivitetsparat",
            "CvrNr": "22222228",
            "Virksomhed": "Falck Danmark",
            "PNr": "1900000401",
            "Arbejdssted": "Falck Randers",
            "StartDato": "03.08.26",
            "SlutDato": "01.11.26",
            "TimerUge": "18,5",
            "Formaal": "Arbejdsprøvning på stationen",
            "MentorNavn": "Henrik Eksempel",
            "Sagsbehandler": "Ole Eksempel",
            "Email": "jobkonsulent@randers.example.dk",
            "Telefon": "2000 0403",
        },
    ),
    (
        "randers",
        "mentor_hours",
        "mentor_hours",
        {
            "CprNr": "010190 1234",
            "PNr": "1900000401",
            "MentorNavn": "Henrik Eksempel",
            "Uge1": "32/2026",
            "Timer1": "3",
            "Uge2": "33/2026",
            "Timer2": "3",
            "Uge3": "34/2026",
            "Timer3": "2,5",
            "Uge4": "35/2026",
            "Timer4": "3",
            "Uge5": "36/2026",
            "Timer5": "3",
            "Uge6": "37/2026",
            "Timer6": "3,5",
            "TimerIalt": "18",
            "Underskrift": "Henrik Eksempel",
            "UnderskriftDato": "14.09.26",
        },
    ),
    (
        "randers",
        "placement_end",
        "placement_end",
        {
            "CprNr": "010190 1234",
            "PNr": "1900000401",
            "SidsteDag": "30.10.26",
            "Afgangskode": "8",
            "Bemaerkning": "Stoppet efter eget ønske",
        },
    ),
)


def render_all() -> dict[Path, bytes]:
    """Render every golden form: its path under tests/golden and its bytes."""
    return {
        GOLDEN / slug / f"{name}.pdf": simulator(slug).render(form_type, local)
        for slug, name, form_type, local in FIXTURES
    }


def main() -> None:
    """Write the golden PDFs, replacing the ones that changed."""
    for path, data in render_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(GOLDEN.parent.parent)}")


if __name__ == "__main__":
    main()
