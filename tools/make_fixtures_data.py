"""Write the golden inputs of the municipalities that send XML, CSV and XLSX: tests/golden/<slug>/<name>.*

The values below are written by hand, exactly as each municipality's system prints them (its dates,
decimal commas, local codes, split names); only the layout comes from the simulator's `render`. The
expected canonical records beside them (`<name>.expected.json`) are written by hand too, never by code.
Companies, sites and mentors are those of config/agreements/*.toml; the citizens are fictitious.

    python -m tools.make_fixtures_data
"""

from __future__ import annotations

from pathlib import Path

from hub.demo.simulators import simulator

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
EXTENSIONS = {"hoeje-taastrup": "xml", "lyngby-taarbaek": "xml", "herlev": "csv", "furesoe": "xlsx",
              "soenderborg": "csv"}  # fmt: skip

# (slug, golden name, form type, the local values in the form's own order)
FIXTURES: list[tuple[str, str, str, dict[str, str]]] = [
    ("hoeje-taastrup", "placement", "placement", {
        "@version": "1", "Sag/Sagsnummer": "HT-2026-0412",
        "Sag/Sagsbehandler/Navn": "Lone Dam", "Sag/Sagsbehandler/Email": "lone.dam@htk.example.dk",
        "Sag/Sagsbehandler/Telefon": "43 35 90 00",
        "Borger/CPRNummer": "120388-4562", "Borger/Fornavn": "Mette Kirstine", "Borger/Efternavn": "Holm",
        "Borger/Ydelseskode": "KH-AP",
        "Virksomhed/CVRNummer": "22222228", "Virksomhed/Navn": "Falck Danmark",
        "Virksomhed/Arbejdssted/PNummer": "1900000103", "Virksomhed/Arbejdssted/Navn": "Falck Taastrup",
        "Periode/Startdato": "2026-08-03", "Periode/Slutdato": "2026-11-01", "Periode/TimerPrUge": "18.5",
        "Mentor/Navn": "Mads Eksempel", "Mentor/Ansat": "virksomhed",
        "Formaal": "Afklaring af arbejdsevne og opbygning af fast arbejdsrytme",
    }),
    ("hoeje-taastrup", "placement_sygedagpenge", "placement", {
        "@version": "1", "Sag/Sagsnummer": "HT-2026-0587",
        "Sag/Sagsbehandler/Navn": "Lone Dam", "Sag/Sagsbehandler/Email": "Lone.Dam@htk.example.dk",
        "Sag/Sagsbehandler/Telefon": "43359000",
        "Borger/CPRNummer": "0602794417", "Borger/Fornavn": "Kasper", "Borger/Efternavn": "Nørgaard Lund",
        "Borger/Ydelseskode": "SDP",
        "Virksomhed/CVRNummer": "22222228", "Virksomhed/Navn": "Falck Danmark",
        "Virksomhed/Arbejdssted/PNummer": "1900000103", "Virksomhed/Arbejdssted/Navn": "Falck Taastrup",
        "Periode/Startdato": "2026-09-01", "Periode/Slutdato": "2026-11-30", "Periode/TimerPrUge": "10",
        "Mentor/Navn": "Mads Eksempel", "Mentor/Ansat": "virksomhed",
    }),
    ("hoeje-taastrup", "mentor_support", "mentor_support", {
        "Borger/CPRNummer": "120388-4562", "Arbejdssted/PNummer": "1900000103",
        "Mentor/Navn": "Mads Eksempel", "Mentor/Ansat": "virksomhed",
        "Bevilling/TimerPrUge": "3.00", "Bevilling/Timesats": "275.00",
        "Bevilling/Fra": "2026-08-03", "Bevilling/Til": "2026-11-01", "Bevilling/Bevilget": "2026-07-28",
    }),
    ("hoeje-taastrup", "placement_end", "placement_end", {
        "Borger/CPRNummer": "120388-4562", "Arbejdssted/PNummer": "1900000103",
        "Ophoer/Dato": "2026-10-30", "Ophoer/Aarsagskode": "ORD",
        "Ophoer/Bemaerkning": "Fastansat som vagtcentralassistent fra 1. november",
    }),
    ("lyngby-taarbaek", "placement", "placement", {
        "@cpr": "050799-2123", "@start": "03.08.2026", "@slut": "18.12.2026", "@timerPrUge": "22,5",
        "lt:Borger/@navn": "Jonas Bach Madsen", "lt:Borger/@ydelse": "Uddannelseshjælp",
        "lt:Borger/@visitation": "Uddannelsesparat",
        "lt:Virksomhed/@cvr": "55555559", "lt:Virksomhed/@navn": "BRFkredit",
        "lt:Virksomhed/lt:Sted/@pnr": "1900000201", "lt:Virksomhed/lt:Sted/@navn": "BRFkredit Lyngby",
        "lt:Mentor/@navn": "Morten Eksempel", "lt:Mentor/@type": "Virksomhedsmentor",
        "lt:Sagsbehandler/@navn": "Peter Krogh", "lt:Sagsbehandler/@mail": "Peter.Krogh@ltk.example.dk",
        "lt:Sagsbehandler/@tlf": "45 97 30 00",
        "lt:Formaal": "Praktik i kundeservice med henblik på valg af uddannelse",
    }),
    ("lyngby-taarbaek", "mentor_hours", "mentor_hours", {
        "@cpr": "050799-2123", "@pnr": "1900000201", "@mentor": "Morten Eksempel",
        "lt:Dag[1]/@dato": "03.08.2026", "lt:Dag[1]/@timer": "1,5",
        "lt:Dag[2]/@dato": "05.08.2026", "lt:Dag[2]/@timer": "1,5",
        "lt:Dag[3]/@dato": "10.08.2026", "lt:Dag[3]/@timer": "2",
        "lt:Dag[4]/@dato": "12.08.2026", "lt:Dag[4]/@timer": "1",
        "lt:Dag[5]/@dato": "13.08.2026", "lt:Dag[5]/@timer": "0,5",
        "lt:Attestation/@navn": "Morten Eksempel", "lt:Attestation/@dato": "17.08.2026",
    }),
    ("lyngby-taarbaek", "placement_end", "placement_end", {
        "@cpr": "050799-2123", "@pnr": "1900000201", "@dato": "18.12.2026", "@aarsag": "Uddannelse",
        "lt:Note": "Optaget på kontoruddannelsen fra januar 2027",
    }),
    ("herlev", "placement", "placement", {
        "CPR-nr.": "221100-4237", "Navn": "Ahmad Rahimi", "Virksomhed": "Falck Danmark",
        "CVR-nr.": "22222228",
        "Arbejdssted": "Falck Søborg", "P-nr.": "1900000101", "Startdato": "10-08-2026",
        "Slutdato": "06-11-2026", "Timer pr. uge": "15", "Ydelse": "Kontanthjælp", "Visitation": "Jobparat",
        "Mentor": "Mads Eksempel", "Mentor ansat hos": "Virksomhed", "Sagsbehandler": "Birgitte Østergaard",
        "E-mail": "birgitte.oestergaard@herlev.example.dk", "Telefon": "44 52 70 00",
        "Formål": "Træning i mødestabilitet og lagerarbejde; kørekort på sigt",
    }),
    ("herlev", "mentor_hours", "mentor_hours", {
        "CPR-nr.": "221100-4237", "P-nr.": "1900000101", "Mentor": "Mads Eksempel",
        "Dato[1]": "10-08-2026", "Timer[1]": "1,5", "Bemærkning[1]": "Opstart og rundvisning",
        "Dato[2]": "13-08-2026", "Timer[2]": "1,5", "Bemærkning[2]": "",
        "Dato[3]": "17-08-2026", "Timer[3]": "1", "Bemærkning[3]": "Sikkerhedsinstruktion",
        "Dato[4]": "19-08-2026", "Timer[4]": "2", "Bemærkning[4]": "Samtale om fremmøde",
        "Underskrevet af": "Hans Jensen", "Underskriftsdato": "01-09-2026",
    }),
    ("herlev", "placement_end", "placement_end", {
        "CPR-nr.": "221100-4237", "P-nr.": "1900000101", "Ophørsdato": "06-11-2026", "Årsag": "Fleksjob",
        "Bemærkning": "Overgår til fleksjob på stationen, 15 timer om ugen",
    }),
    ("furesoe", "placement", "placement", {
        "CPR-nummer": "300195-1248", "Fornavn": "Louise", "Efternavn": "Damgaard Friis",
        "Virksomhed": "Falck Danmark", "CVR-nummer": "22222228", "Arbejdssted": "Falck Farum",
        "P-nummer": "1900000104", "Startdato": "07-09-2026", "Slutdato": "04-12-2026", "Timer pr. uge": "12",
        "Forsørgelsesgrundlag": "Sygedagpenge", "Målgruppe": "", "Mentor": "Mads Eksempel",
        "Mentor ansat hos": "Virksomheden", "Sagsbehandler": "Anne Thorsen",
        "E-mail": "anne.thorsen@furesoe.example.dk", "Telefon": "72163000",
        "Formål": "Arbejdsprøvning efter sygemelding med gradvis optrapning af timer",
    }),
    ("furesoe", "mentor_hours", "mentor_hours", {
        "CPR-nummer": "300195-1248", "P-nummer": "1900000104", "Mentor": "Mads Eksempel",
        "Uge[1]": "37/2026", "Timer[1]": "3", "Uge[2]": "38/2026", "Timer[2]": "3",
        "Uge[3]": "39/2026", "Timer[3]": "2,5",
        "Underskrevet af": "Mads Eksempel", "Underskriftsdato": "28-09-2026",
    }),
    ("furesoe", "placement_end", "placement_end", {
        "CPR-nummer": "300195-1248", "P-nummer": "1900000104", "Afslutningsdato": "04-12-2026",
        "Årsag": "Praktik i anden virksomhed", "Bemærkning": "Fortsætter i praktik hos en vognmand i Farum",
    }),
    ("soenderborg", "placement", "placement", {
        "Cpr": "140887-3315", "Fornavn": "Mikkel Skov", "Efternavn": "Hansen", "Cvr": "77777776",
        "Virksomhed": "Danfoss", "Pnr": "1900000301", "Arbejdssted": "Danfoss Nordborg",
        "Startdato": "3/8-2026", "Slutdato": "29/1-2027", "TimerPrUge": "18,5", "Ydelse": "ledighedsydelse",
        "Visitation": "", "Mentor": "Karin Eksempel", "MentorAnsat": "Jobcenter",
        "Sagsbehandler": "Ole Matzen",
        "Email": "olm@sonderborg.example.dk", "Telefon": "+45 88 72 50 00",
        "Formaal": "Afprøvning på montagelinjen, Nordborg",
    }),
    ("soenderborg", "progress_report", "progress_report", {
        "Cpr": "140887-3315", "Pnr": "1900000301", "Maaledato": "15/9-2026", "Fremmoede": "4",
        "Punktlighed": "3", "Samarbejde": "4", "Opgaveloesning": "3", "Selvstaendighed": "2",
        "Bemaerkning": "Stabilt fremmøde, skal øve selvstændig planlægning",
    }),
    ("soenderborg", "placement_end", "placement_end", {
        "Cpr": "140887-3315", "Pnr": "1900000301", "Slutdato": "29/1-2027", "Aarsagskode": "1",
        "Bemaerkning": "Ansat som montør, 25 timer om ugen",
    }),
]  # fmt: skip


def golden_path(slug: str, name: str) -> Path:
    """Where one golden input lives."""
    return GOLDEN / slug / f"{name}.{EXTENSIONS[slug]}"


def render_fixtures() -> dict[Path, bytes]:
    """Render every golden input to bytes, by path (nothing is written)."""
    return {
        golden_path(slug, name): simulator(slug).render(form_type, local)
        for slug, name, form_type, local in FIXTURES
    }


def main() -> None:
    """Write every golden input."""
    for path, data in render_fixtures().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
