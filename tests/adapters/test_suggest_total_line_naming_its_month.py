"""`hub adapters suggest` ends a table at its total line when the line's words hold a number (decision
0060, "Stop 67: trial-108"): Horsens's mentor firm's month of visits, turned into a CSV by csvkit, closes
with `I alt april 2027` under the topics and the month's hours beside it, the day and the citizen left
empty. Its digits made it no label, so the draft read it as one more row, and the mapping refused the
file at it ("looks like a total line"). Each file is written by hand as csvkit's `csvformat -D ';' -U 1`
writes it: a semicolon, every field quoted."""

from __future__ import annotations

from pathlib import Path

from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from hub.adapters.readers.tabular import read_csv
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

HORSENS = Trial("horsens", "615", "make_fixtures_onboarding_fiftieth")
HEADER = (
    '"borger/cpr";"borger/navn";"praktiksted/pnr";"mentor/navn";"dato";"aktivitet";"timer";"godkendt/af";'
    '"godkendt/tidspunkt"\n'
)
ROW = (
    '"230591-2467";"Jonas Holm";"1017345682";"Karsten Bach";"{day}";"{topic}";"{hours}";"Karsten Bach";'
    '"2027-05-03T09:12:00"\n'
)


def _file(last: str) -> bytes:
    rows = [
        ("2027-04-06", "Rundvisning", "1.5"),
        ("2027-04-08", "Opmåling", "1"),
        ("2027-04-13", "Samtale", "2"),
    ]
    return (HEADER + "".join(ROW.format(day=d, topic=t, hours=h) for d, t, h in rows) + last).encode()


def _draft(data: bytes) -> str:
    return render(suggest(read_csv(data, "mentortimer.csv"), "mentortimer.csv"))


def test_a_total_line_naming_its_month_ends_the_list(tmp_path: Path) -> None:
    data = _file('"";"";"";"";"";"I alt april 2027";"4.5";"";""\n')
    draft = _draft(data)
    assert 'stop = { label = "I alt april 2027" }' in draft
    config = HORSENS.config(tmp_path, cleared(draft.split("\n\n", 1)[1]))
    record = canonical_records(config, data, "mentortimer.csv")  # one citizen: the file's one record
    assert record["entries"] == [{"week": "2027-W14", "hours": "2.5"}, {"week": "2027-W15", "hours": "2.0"}]
    assert record["total_hours"] == "4.5"


def test_a_total_line_of_a_year_in_a_later_column_ends_it_too() -> None:
    draft = _draft(_file('"";"";"";"";"";"Timer i alt 2027";"4.5";"";""\n'))
    assert 'stop = { label = "Timer i alt 2027" }' in draft


def test_a_row_whose_topic_starts_with_a_total_word_and_fills_every_column_is_a_row() -> None:
    """`Samlet status 2027` is a visit's topic: the day and the citizen are there, so it is no sum."""
    draft = _draft(_file(ROW.format(day="2027-04-15", topic="Samlet status 2027", hours="1")))
    assert "stop = " not in draft
