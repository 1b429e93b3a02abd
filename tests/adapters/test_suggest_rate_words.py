"""A rate written "takst" is the hourly rate (decision 0060, "Stop 63: trial-83").

Ikast-Brande's grant of mentor support, built by a shell script with xmlstarlet, writes its rate as
`<ib:takst valuta="DKK">312,50</ib:takst>`; a form prints "Timetakst". Only "sats" and "timepris" were
known, so the rate every grant needs was not drafted (and its decimal comma hinted at hours)."""

from __future__ import annotations

import pytest

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render


@pytest.mark.parametrize("name", ["Takst", "Timetakst", "Mentortakst"])
def test_a_takst_is_the_hourly_rate(name: str) -> None:
    xml = f'<Bevilling><Borger cpr="0507874129"/><{name} valuta="DKK">312,50</{name}></Bevilling>'
    draft = render(suggest(extract(xml.encode(), "bevilling.xml", READ_OPTIONS), "bevilling.xml"))
    assert f'path = "hourly_rate_dkk"\n  source = "/Bevilling/{name}"' in draft
    assert 'transforms = ["money"]' in draft
