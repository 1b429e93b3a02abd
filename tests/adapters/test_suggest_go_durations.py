"""Suggest takes a length of time as a program writes it for the hours, whatever its name (trial-85):
Syddjurs's Go system writes a visit's length as `time.Duration` prints it, `varighed="1h30m0s"`. Before,
the XML draft left the list's hours "TODO" and the whole list commented out, and a sheet's column
"Varighed" of such lengths (or of XML Schema's `PT1H30M`) was no hours column, so no list was drafted."""

from __future__ import annotations

import pytest

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

VISITS = """<?xml version="1.0" encoding="UTF-8"?>
<Timeregistrering xmlns="urn:t">
  <Forloeb xmlns="urn:t">
    <CPR xmlns="urn:t">120687-4423</CPR>
    <PNummer xmlns="urn:t">1019283746</PNummer>
    <Mentor xmlns="urn:t">Lars Bøgh Rasmussen</Mentor>
    <Besoeg xmlns="urn:t" start="2026-10-19T09:00:00+02:00" varighed="1h30m0s"></Besoeg>
    <Besoeg xmlns="urn:t" start="2026-10-22T13:15:00+02:00" varighed="45m0s"></Besoeg>
  </Forloeb>
</Timeregistrering>
"""


def draft(data: bytes, name: str) -> str:
    return render(suggest(extract(data, name, READ_OPTIONS), name, data))


def test_an_attribute_of_go_durations_is_the_lists_hours() -> None:
    text = draft(VISITS.encode(), "mentortimer.xml")
    assert (
        '    key = "hours"\n    source = "@varighed"  # seen: 1h30m0s\n    transforms = ["hours"]\n' in text
    )
    assert (
        '\n  [[forms.lists]]\n  path = "entries"\n  aggregate = "iso_week"\n'
        '  rows = "/d:Timeregistrering/d:Forloeb/d:Besoeg"\n' in text
    )


def _sheet(lengths: tuple[str, str]) -> bytes:
    rows = [
        f"120687-4423;1019283746;Lars Bøgh Rasmussen;{d};{h}"
        for d, h in zip(("19-10-2026", "22-10-2026"), lengths, strict=True)
    ]
    return "\r\n".join(["CPR;P-nummer;Mentor;Dato;Varighed", *rows, ""]).encode()


@pytest.mark.parametrize("lengths", [("1h30m0s", "45m0s"), ("PT1H30M", "PT45M")], ids=["go", "xs"])
def test_a_column_of_lengths_of_time_is_the_hours(lengths: tuple[str, str]) -> None:
    text = draft(_sheet(lengths), "mentortimer.csv")
    assert '  table = { date = "Dato", hours = "Varighed" }\n' in text


def test_two_columns_of_clock_times_are_still_no_hours() -> None:
    """A visit's start and end ("Kl." 09:00, "Slut" 10:30) say no length of their own: neither is taken,
    as before; only a written length is."""
    data = b"Dato;Kl.;Slut\r\n19-10-2026;09:00;10:30\r\n22-10-2026;13:15;14:00\r\n"
    assert "hours = " not in draft(data, "mentortimer.csv")
