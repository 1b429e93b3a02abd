"""The job centre's category of a citizen, the visitation, is as often headed "Målgruppe" (the law's word
for the groups: jobparat, aktivitetsparat): Favrskov's node service's sheet of placements has a column
"Målgruppe" over "Jobparat", which the draft left "not recognised", so a placement's draft filled no
visitation and was refused whole (decision 0060, "Stop 64: trial-87")."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render


def _draft(header: str, first: str, second: str) -> str:
    lines = [
        f"CPR-nr.;Borger;CVR-nr.;P-nr.;Startdato;Slutdato;Timer pr. uge;Ydelse;{header}",
        f"120591-2247;Freja Munk;41726393;1028374655;09-11-2026;05-02-2027;22,5;Kontanthjælp;{first}",
        f"031179-1406;Poul Stav;38950142;1019384756;16-11-2026;22-01-2027;12;Sygedagpenge;{second}",
    ]
    data = "\r\n".join(lines).encode("utf-8")
    return render(suggest(extract(data, "aftaler.csv", READ_OPTIONS), "aftaler.csv", data))


def test_the_maalgruppe_column_is_the_visitation() -> None:
    draft = _draft("Målgruppe", "Jobparat", "")
    assert 'path = "visitation"\n  source = "column:Målgruppe"' in draft
    assert '"Jobparat" = "jobparat"' in draft


def test_a_maalgruppe_naming_the_benefit_too_maps_its_visitation() -> None:
    draft = _draft("Målgruppe", "Aktivitetsparat kontanthjælpsmodtager", "Jobparat kontanthjælpsmodtager")
    assert 'path = "visitation"\n  source = "column:Målgruppe"' in draft
    assert '"Aktivitetsparat kontanthjælpsmodtager" = "aktivitetsparat"' in draft
    assert '"Jobparat kontanthjælpsmodtager" = "jobparat"' in draft
