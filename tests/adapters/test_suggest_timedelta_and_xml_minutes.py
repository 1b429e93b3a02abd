"""`hub adapters suggest` on two lengths of a visit the hours transform reads and the draft did not take
(decision 0061, "Stop 68: fixes-112"; fixes-110 noticed both):

- Python's `str(timedelta)`, as xmltodict's `unparse` or `csv.writer` writes it: a clock below a day,
  `0:45:00`, and from a day on the days in words, `1 day, 2:00:00`. A column or attribute mixing the two
  was neither all clock times nor all written lengths, so the hours were left to a person;
- whole hours and whole minutes apart in a visit element, `<timer>1</timer>` beside
  `<minutter>30</minutter>`, as a table's "Timer" beside "Minutter" is read since fixes-110: the draft read
  `<timer>` alone, so a visit of 1:30 was an hour and the minutes were "not recognised".

Each export is written by hand as its producer writes it (xmltodict: attributes first, two-space indent)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from suggest_support import draft_of, drafted_config

from hub.adapters.language.golden import canonical_records

# 15 March 2027 is in ISO week 11, the 23rd in week 12.
DAYS = ("2027-03-15", "2027-03-23")


def _export(visits: tuple[str, str]) -> bytes:
    """Two courses of mentor visits on `DAYS`, each visit element's attributes and children `visits`."""
    courses = "".join(
        f"""  <forloeb>
    <borger cpr="{cpr}">{name}</borger>
    <praktiksted pnr="1023847561">Slangerup Tømrer</praktiksted>
    <mentor>Jesper Holm</mentor>
    {"".join(visits)}
    <godkendt af="Jesper Holm">2027-03-31 15:42:10</godkendt>
  </forloeb>
"""
        for cpr, name in (("2403922716", "Nikolaj Brink"), ("0907791408", "Camilla Dreyer"))
    )
    return f'<?xml version="1.0" encoding="utf-8"?>\n<mentortimer>\n{courses}</mentortimer>\n'.encode()


def _hours_field(text: str) -> dict[str, object]:
    entries = tomllib.loads(text)["forms"][0]["lists"][0]
    return next(f for f in entries["fields"] if f["key"] == "hours")


def test_python_timedeltas_of_a_day_and_below_are_the_hours(tmp_path: Path) -> None:
    visits = (f'<besoeg dato="{DAYS[0]}" varighed="1 day, 2:00:00">Opstart</besoeg>',
              f'<besoeg dato="{DAYS[1]}" varighed="0:45:00">Samtale</besoeg>')  # fmt: skip
    data = _export(visits)
    text = draft_of(data, "mentortimer.xml")
    assert _hours_field(text)["source"] == "@varighed"
    records = canonical_records(drafted_config(text, tmp_path), data, "mentortimer.xml")
    # 24 + 2 hours; 45 minutes are 0.75 hours
    weeks = [{"week": "2027-W11", "hours": "26.0"}, {"week": "2027-W12", "hours": "0.75"}]
    assert [(r["entries"], r["total_hours"]) for r in records] == [(weeks, "26.75")] * 2


def test_a_columns_python_timedeltas_are_its_hours() -> None:
    data = b'Dato,Varighed,Emne\n2027-03-15,"1 day, 2:00:00",Opstart\n2027-03-23,0:45:00,Samtale\n'
    text = draft_of(data, "mentortimer.csv")
    assert 'hours = "Varighed"' in text


def test_clock_times_beside_words_that_are_no_length_are_left_to_a_person() -> None:
    """`fri` is no length; a column of it and `0:45:00` is not a timedelta's."""
    visits = (f'<besoeg dato="{DAYS[0]}" varighed="fri">Opstart</besoeg>',
              f'<besoeg dato="{DAYS[1]}" varighed="0:45:00">Samtale</besoeg>')  # fmt: skip
    text = draft_of(_export(visits), "mentortimer.xml")
    assert 'source = "@varighed"  # seen' not in text


def test_hours_beside_minutes_in_a_visit_element_are_both_its_length(tmp_path: Path) -> None:
    visits = (f"<besoeg><dato>{DAYS[0]}</dato><timer>1</timer><minutter>30</minutter></besoeg>",
              f"<besoeg><dato>{DAYS[1]}</dato><timer>0</timer><minutter>45</minutter></besoeg>")  # fmt: skip
    data = _export(visits)
    text = draft_of(data, "mentortimer.xml")
    hours = _hours_field(text)
    assert (hours["sources"], hours["transforms"]) == (["timer", "minutter"], ["hours_minutes"])
    records = canonical_records(drafted_config(text, tmp_path), data, "mentortimer.xml")
    # 1 h 30 min; 45 min
    weeks = [{"week": "2027-W11", "hours": "1.5"}, {"week": "2027-W12", "hours": "0.75"}]
    assert [(r["entries"], r["total_hours"]) for r in records] == [(weeks, "2.25")] * 2


def test_minutes_past_59_beside_hours_stay_apart() -> None:
    visits = (f"<besoeg><dato>{DAYS[0]}</dato><timer>1</timer><minutter>30</minutter></besoeg>",
              f"<besoeg><dato>{DAYS[1]}</dato><timer>0</timer><minutter>75</minutter></besoeg>")  # fmt: skip
    text = draft_of(_export(visits), "mentortimer.xml")
    assert "hours_minutes" not in text


def test_hours_beside_minutes_in_a_weeks_day_elements_are_both_its_length(tmp_path: Path) -> None:
    """Stop 69, fixes-113 (fixes-112 left it): a week element holding its days, each day's length
    `<timer>` and `<minutter>`. The day a row read `timer` alone, so 1 h 30 min was one hour."""
    day = "<dag><dato>{}</dato><timer>{}</timer><minutter>{}</minutter></dag>"
    weeks = (
        day.format("2027-03-15", 1, 30) + day.format("2027-03-17", 0, 45),
        day.format("2027-03-23", 2, 15) + day.format("2027-03-25", 1, 0),
    )
    data = (
        '<?xml version="1.0" encoding="utf-8"?>\n<timeseddel>\n'
        '  <borger cpr="2403922716">Nikolaj Brink</borger>\n'
        '  <praktiksted pnr="1023847561">Slangerup Tømrer</praktiksted>\n'
        "  <mentor>Jesper Holm</mentor>\n"
        + "".join(f"  <uge>{week}</uge>\n" for week in weeks)
        + '  <godkendt af="Jesper Holm">2027-03-31</godkendt>\n</timeseddel>\n'
    ).encode()
    text = draft_of(data, "timeseddel.xml")
    hours = _hours_field(text)
    assert (hours["sources"], hours["transforms"]) == (["timer", "minutter"], ["hours_minutes"])
    record = canonical_records(drafted_config(text, tmp_path), data, "timeseddel.xml")
    # W11: 1.5 + 0.75; W12: 2.25 + 1
    weeks_read = [{"week": "2027-W11", "hours": "2.25"}, {"week": "2027-W12", "hours": "3.25"}]
    assert (record["entries"], record["total_hours"]) == (weeks_read, "5.5")
