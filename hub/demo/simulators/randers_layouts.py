"""What Randers' forms look like: two-page and one-page layouts with CamelCase field names (see `randers`)."""

from __future__ import annotations

from hub.demo.localise import SCORE_NAMES, SCORE_TITLES
from hub.demo.render_pdf import FieldSpec, Layout, stacked, text_field

HEADER = "Randers Kommune · Jobcenter Randers · Laksetorvet 1 · 8900 Randers C"
ROWS = 8

OUTCOME_NOTE = (
    "Afgangskoder: 1 ordinært job · 2 uddannelse · 3 fleksjob · 4 rehabiliteringsteam · 5 andet kommunalt "
    "tilbud",
    "6 praktik i anden virksomhed · 7 langvarig sygdom · 8 stoppet af andre årsager",
)


def _week_table(top: float, step: float = 22) -> list[FieldSpec]:
    """The eight rows of the mentor's hours: the week and its hours side by side."""
    rows: list[FieldSpec] = []
    for n in range(1, ROWS + 1):
        y = top - (n - 1) * step
        rows.append(FieldSpec(f"Uge{n}", label=f"Uge {n} (uge/år)", tooltip=f"Uge {n}", y=y, width=80))
        rows.append(FieldSpec(f"Timer{n}", tooltip=f"Mentortimer uge {n}", x=330, y=y, width=60))
    return rows


LAYOUTS = {
    "placement": Layout(
        "Aftale om virksomhedspraktik",
        header=f"{HEADER} · RA-VP1",
        fields=stacked(
            text_field("CprNr", "CPR-nummer"),
            text_field("Navn", "Navn", width=300),
            text_field("Ydelse", "Forsørgelse"),
            text_field("Visitation", "Visitationskategori"),
            text_field("CvrNr", "CVR-nummer"),
            text_field("Virksomhed", "Virksomhed", width=300),
            text_field("PNr", "P-nummer"),
            text_field("Arbejdssted", "Arbejdssted", width=300),
            text_field("StartDato", "Startdato (dd.mm.åå)", page=2),
            text_field("SlutDato", "Slutdato (dd.mm.åå)", page=2),
            text_field("TimerUge", "Timer pr. uge", page=2, width=60),
            text_field("Formaal", "Formål", page=2, width=330),
            text_field("MentorNavn", "Mentor (virksomhedens)", page=2),
            text_field("Sagsbehandler", "Jobkonsulent", page=2),
            text_field("Email", "E-mail", page=2),
            text_field("Telefon", "Telefon", page=2),
        ),
        notes={1: ("Side 2: periode og mentor.",)},
    ),
    "mentor_hours": Layout(
        "Timeseddel for mentor",
        header=f"{HEADER} · RA-M3",
        fields=(
            *stacked(
                text_field("CprNr", "CPR-nummer"),
                text_field("PNr", "P-nummer"),
                text_field("MentorNavn", "Mentor"),
            ),
            *_week_table(top=640),
            *stacked(
                text_field("TimerIalt", "Timer i alt", width=60),
                text_field("Underskrift", "Underskrevet af"),
                text_field("UnderskriftDato", "Dato (dd.mm.åå)"),
                top=450,
            ),
        ),
    ),
    "placement_end": Layout(
        "Afslutning af virksomhedspraktik",
        header=f"{HEADER} · RA-VP9",
        fields=stacked(
            text_field("CprNr", "CPR-nummer"),
            text_field("PNr", "P-nummer"),
            text_field("SidsteDag", "Sidste dag (dd.mm.åå)"),
            text_field("Afgangskode", "Afgangskode (1-8)", width=40),
            text_field("Bemaerkning", "Bemærkning", width=330),
        ),
        notes={1: OUTCOME_NOTE},
    ),
    "mentor_support": Layout(
        "Bevilling af mentorstøtte",
        header=f"{HEADER} · RA-M1",
        fields=stacked(
            text_field("CprNr", "CPR-nummer"),
            text_field("PNr", "P-nummer"),
            text_field("MentorNavn", "Mentor (virksomhedens)"),
            text_field("BevilgetTimer", "Bevilgede mentortimer pr. uge", width=60),
            text_field("Timesats", "Timesats (kr.)", width=80),
            text_field("BevilgetFra", "Bevilget fra (dd.mm.åå)"),
            text_field("BevilgetTil", "Bevilget til (dd.mm.åå)"),
            text_field("BevillingsDato", "Bevilget den (dd.mm.åå)"),
        ),
    ),
    "progress_report": Layout(
        "Statusrapport - virksomhedspraktik",
        header=f"{HEADER} · RA-S2",
        fields=stacked(
            text_field("CprNr", "CPR-nummer"),
            text_field("PNr", "P-nummer"),
            text_field("StatusDato", "Dato (dd.mm.åå)"),
            *(
                text_field(name, f"{SCORE_TITLES[score]} (1-5)", width=40)
                for score, name in SCORE_NAMES.items()
            ),
            text_field("Bemaerkning", "Bemærkning", width=330),
        ),
        notes={1: ("Skala: 1 = meget under forventet, 3 = som forventet, 5 = meget over forventet.",)},
    ),
}
