"""A timesheet's sessions given by their start, end and length, all clock times ("Fra", "Til",
"Varighed": 08:00, 09:30, 1:30): the length is the hours (decision 0060, "Stop 64: trial-86").

Brønderslev's mentor firm's Perl script writes each session so. No header said "timer", and three
columns of clock times were none the draft could take (two are a visit's start and end, `clock_hours`),
so the table was a TODO and its rows, summed into weeks, were in no draft. Start plus length is the end
on every row; the start's header says it is one."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

HEAD = ["CPR-nr.;031192-4456", "P-nummer;1022334455", "Mentor;Bente Kjær Laursen", ""]


def _draft(rows: list[str]) -> str:
    data = "\r\n".join([*HEAD, *rows, "", "Godkendt af;Bente Kjær Laursen"]).encode("utf-8")
    return render(suggest(extract(data, "mentortimer.csv", READ_OPTIONS), "mentortimer.csv", data))


def test_the_length_between_a_start_and_an_end_is_the_hours() -> None:
    draft = _draft(
        [
            "Dato;Fra;Til;Varighed;Indhold",
            "02.11.2026;08:00;09:30;1:30;Opstart",
            "05.11.2026;12:30;13:15;0:45;Opfølgning",
            "10.11.2026;08:00;10:00;2:00;Oplæring",
        ]
    )
    assert 'table = { date = "Dato", hours = "Varighed" }' in draft
    assert 'aggregate = "iso_week"' in draft


def test_a_length_that_does_not_add_up_is_left_to_a_person() -> None:
    """On one row 08:00 + 1:30 is not 10:00: which column holds the time spent, the values do not say."""
    draft = _draft(
        [
            "Dato;Fra;Til;Varighed",
            "02.11.2026;08:00;09:30;1:30",
            "05.11.2026;08:00;10:00;1:30",
        ]
    )
    assert "hours = " not in draft.replace("# ", "")
    assert "# TODO: a table was found at row 5" in draft


def test_without_a_start_header_nothing_is_taken() -> None:
    """`Kl.` names no start: start plus length is the end whichever of the two is read as the length."""
    draft = _draft(["Dato;Kl.;Slut kl.;Tid", "02.11.2026;08:00;09:30;1:30", "05.11.2026;12:30;13:15;0:45"])
    assert "hours = " not in draft.replace("# ", "")


def test_a_length_in_months_is_no_hours() -> None:
    """ "P3M" is an XML Schema duration as "PT1H30M" is, but three months: no column of hours (a grant's
    length beside each day). Taken, every document would be refused, "not hours", at each row."""
    draft = _draft(["Dato;Varighed;Indhold", "02.11.2026;P3M;Opstart", "05.11.2026;P1M;Opfølgning"])
    assert 'hours = "Varighed"' not in draft
