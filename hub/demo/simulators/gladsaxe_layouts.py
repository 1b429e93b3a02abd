"""What Gladsaxe's Acrobat forms look like: their fields, box groups and tooltips (see `gladsaxe`).

Acrobat numbers fields in the order they were drawn, not the order they are read: the meaning is the
tooltip, and the config maps the numbers.
"""

from __future__ import annotations

from hub.demo.localise import OUTCOME_NAMES
from hub.demo.pdf_tables import Column, box_rows, table
from hub.demo.render_pdf import FieldSpec, Layout, stacked
from hub.schemas.vocabulary import SCORE_LABELS, SCORES

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
DAYS = 30  # the timesheet's rows: two blocks of 15
# Drawn score by score, left to right: Afkrydsningsfelt1-5 are attendance 1-5, 6-10 punctuality, ...
SCORE_BOXES = {
    score: {f"Afkrydsningsfelt{5 * s + v}": v for v in range(1, 6)} for s, score in enumerate(SCORES)
}
# The table was drawn a column at a time: the dates are Tekstfelt5-34, the hours Tekstfelt35-64.
DAY_COLUMNS = (
    Column("Dato", lambda n: f"Tekstfelt{4 + n}", lambda n: f"Dato, række {n} (dd.mm.åååå)", 80),
    Column("Timer", lambda n: f"Tekstfelt{4 + DAYS + n}", lambda n: f"Timer, række {n}", 50),
)
_DAY_TABLE = table(DAY_COLUMNS, DAYS, top=600, per_block=15)
_SCORE_ROWS = box_rows(
    [(SCORE_LABELS["da"][score], list(boxes)) for score, boxes in SCORE_BOXES.items()],
    ("1", "2", "3", "4", "5"),
    top=620,
)


def _text(name: str, label: str, tooltip: str, page: int = 1, width: float = 200) -> FieldSpec:
    return FieldSpec(name, label=label, tooltip=tooltip, page=page, width=width)


def _boxes(names: list[str], labels: tuple[str, ...], tip: str) -> list[FieldSpec]:
    pairs = zip(names, labels, strict=True)
    return [FieldSpec(n, "checkbox", x=60, label=lab, tooltip=f"{tip}: {lab}") for n, lab in pairs]


MENTOR_LABELS = ("Virksomhedsmentor", "Jobcentermentor")
MENTOR_BOXES = {"Afkrydsningsfelt11": "company", "Afkrydsningsfelt12": "jobcentre"}
MENTOR_MS_BOXES = {"Afkrydsningsfelt1": "company", "Afkrydsningsfelt2": "jobcentre"}


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
            *_boxes(list(MENTOR_BOXES), MENTOR_LABELS, "Mentor"),
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
            *_boxes(list(MENTOR_MS_BOXES), MENTOR_LABELS, "Mentor"),
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
    "mentor_hours": Layout(
        "Timeregistrering for mentor",
        header=f"{HEADER} · MS-04",
        fields=(
            *stacked(
                _text("Tekstfelt1", "CPR-nr.", "CPR-nummer"),
                _text("Tekstfelt2", "Navn", "Borgerens navn", width=300),
                _text("Tekstfelt3", "P-nr.", "P-nummer"),
                _text("Tekstfelt4", "Mentor", "Mentorens navn", width=300),
            ),
            *_DAY_TABLE[0],
            *stacked(
                _text("Tekstfelt65", "Underskrevet af (mentor)", "Mentorens underskrift (navn)"),
                _text("Tekstfelt66", "Dato", "Underskriftsdato (dd.mm.åååå)"),
                top=270,
            ),
        ),
        texts=_DAY_TABLE[1],
        notes={1: ("Én række pr. dag med mentorstøtte: dato og timer (fx 1,5).",)},
    ),
    "progress_report": Layout(
        "Statusrapport for virksomhedspraktik",
        header=f"{HEADER} · VP-02",
        fields=(
            *stacked(
                _text("Tekstfelt1", "CPR-nr.", "CPR-nummer"),
                _text("Tekstfelt2", "Navn", "Borgerens navn", width=300),
                _text("Tekstfelt3", "P-nr.", "P-nummer"),
                _text("Tekstfelt4", "Vurderet den", "Vurderingsdato (dd.mm.åååå)"),
            ),
            *_SCORE_ROWS[0],
            *stacked(_text("Tekstfelt5", "Bemærkning", "Bemærkning til vurderingen", width=330), top=490),
        ),
        texts=_SCORE_ROWS[1],
        notes={1: ("Sæt ét kryds pr. linje: 1 = meget under forventet, 3 = som forventet, 5 = meget over.",)},
    ),
}
