"""An XML element's unit written as a phrase says what its number counts (decision 0060, "Stop 63:
trial-83").

Ikast-Brande's grant of mentor support, built by a shell script with xmlstarlet, writes the hours a week
as `<ib:omfang enhed="timer pr. uge">4,5</ib:omfang>`. A unit attribute was read only where its whole
value was a unit word (`enhed="uge"`), so the phrase said nothing and the grant's hours a week, a field
every grant needs, was not drafted."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render


def _draft(omfang: str) -> str:
    xml = f"<Bevilling><Borger cpr='0507874129'/><Pnr>1029384756</Pnr>{omfang}</Bevilling>"
    return render(suggest(extract(xml.encode(), "bevilling.xml", READ_OPTIONS), "bevilling.xml"))


def test_a_unit_phrase_naming_hours_a_week_drafts_the_hours_a_week() -> None:
    draft = _draft('<Omfang enhed="timer pr. uge">4,5</Omfang>')
    assert 'path = "hours_per_week"\n  source = "/Bevilling/Omfang"' in draft


def test_a_unit_word_alone_is_read_as_before() -> None:
    """`<Timer enhed="uge">`: the element's name and the unit word say hours a week, as they did."""
    draft = _draft('<Timer enhed="uge">3</Timer>')
    assert 'path = "hours_per_week"\n  source = "/Bevilling/Timer"' in draft
