"""`hub adapters suggest` reads a visit's whole hours and whole minutes written apart, "Timer" `1` beside
"Minutter" `15`, both by `hours_minutes` (decision 0061, "Stop 68: fixes-110"; trial-104 noticed it): the
draft read the hours column alone, so a visit of 1:15 was an hour, and left the minutes "not
recognised". Each file is written by hand as PHP's fputcsv writes it: a comma, quotes only where a value
needs them."""

from __future__ import annotations

import tomllib
from pathlib import Path

from suggest_support import draft_of, drafted_config

from hub.adapters.language.golden import canonical_records

HEADER = 'CPR,Borger,P-nummer,Mentor,Dato,Timer,{minutes},"Godkendt af",Godkendt\n'
# Two citizens' visits: 2 March 2027 is in ISO week 9, 9 March in week 10, 16 March in week 11.
ROWS = (
    ("081188-1634", "1009877213", "Anne-Mette Juul", "02/03/2027"),
    ("081188-1634", "1009877213", "Anne-Mette Juul", "09/03/2027"),
    ("170394-2851", "1004518327", "Bo Thygesen", "16/03/2027"),
)


def _csv(minutes: str, lengths: tuple[str, str, str]) -> bytes:
    text = HEADER.format(minutes=minutes)
    for (cpr, pnr, mentor, day), length in zip(ROWS, lengths, strict=True):
        text += (
            f'{cpr},"Navn Navnesen",{pnr},"{mentor}",{day},{length},"{mentor}",2027-04-01T10:12:00+02:00\n'
        )
    return text.encode()


def test_hours_beside_minutes_are_both_the_visits_length(tmp_path: Path) -> None:
    data = _csv("Minutter", ("1,15", "0,45", "2,0"))
    text = draft_of(data, "mentortimer.csv")
    entries = tomllib.loads(text)["forms"][0]["lists"][0]
    assert entries["table"] == {"date": "Dato"}
    hours = next(f for f in entries["fields"] if f["key"] == "hours")
    assert (hours["sources"], hours["transforms"]) == (["Timer", "Minutter"], ["hours_minutes"])
    assert 'source = "column:Minutter"' not in text  # no longer a TODO of its own
    records = canonical_records(drafted_config(text, tmp_path), data, "mentortimer.csv")
    # 1 h 15 min, 45 min, 2 h 0 min
    assert [(r["entries"], r["total_hours"]) for r in records] == [
        ([{"week": "2027-W09", "hours": "1.25"}, {"week": "2027-W10", "hours": "0.75"}], "2.0"),
        ([{"week": "2027-W11", "hours": "2.0"}], "2.0"),
    ]


def test_minutes_past_59_are_no_minutes_beside_hours() -> None:
    """`75` beside `1` is no clock's minutes: which the visit's length is nobody can tell."""
    text = draft_of(_csv("Minutter", ("1,15", "0,75", "2,0")), "mentortimer.csv")
    assert "hours_minutes" not in text and 'table = { date = "Dato", hours = "Timer" }' in text


def test_a_column_not_headed_as_minutes_stays_apart() -> None:
    """A count beside the hours ("Antal" of visits) is not their minutes."""
    text = draft_of(_csv("Antal", ("1,1", "0,2", "2,1")), "mentortimer.csv")
    assert "hours_minutes" not in text and 'table = { date = "Dato", hours = "Timer" }' in text
