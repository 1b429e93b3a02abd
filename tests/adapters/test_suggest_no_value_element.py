"""`hub adapters suggest` never lets a program's word for no value win a draft's choice over a value: an
XMLGenerator writer's `str(None)` in an element (`<arbejdssted navn="...">None</arbejdssted>`, the
sixty-fifth trial's second variant) was drafted as the site's name, `seen: None`, over the attribute beside
it that holds the name (fixes-128; decision 0060, "Stop 73: fixes-128")."""

from __future__ import annotations

import pytest

from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest

AGREEMENT = (
    '<?xml version="1.0" encoding="utf-8"?>\n<aftaler><aftale><borger cpr="120393-2841"><navn>Rasmus Ebbesen'
    '</navn></borger><virksomhed cvr="29384711"><navn>Vestjysk Fisk ApS</navn>'
    '<arbejdssted pnr="1018765432" navn="Auktionsgade 12">{site}</arbejdssted></virksomhed>'
    "<startdato>2027-05-03</startdato><slutdato>2027-07-30</slutdato><timerPrUge>18.50</timerPrUge>"
    "</aftale></aftaler>"
)


def _draft(site: str) -> str:
    data = AGREEMENT.format(site=site).encode()
    return suggest(extract(data, "praktikaftaler.xml"), "praktikaftaler.xml").to_toml()


@pytest.mark.parametrize("word", ["None", "null", "undefined", "NaN"])
def test_the_attribute_is_drafted_over_an_element_holding_a_word_for_no_value(word: str) -> None:
    text = _draft(word)
    assert 'source = "/aftaler/aftale/virksomhed/arbejdssted/@navn"  # seen: Auktionsgade 12' in text
    assert f"# TODO: the word {word} (no value) in this file: its attribute @navn holds the value" in text


def test_an_empty_element_still_gives_way_to_its_attribute() -> None:
    """A guard: the rule before fixes-128."""
    text = _draft("")
    assert 'source = "/aftaler/aftale/virksomhed/arbejdssted/@navn"  # seen: Auktionsgade 12' in text
    assert "# TODO: empty in this file: its attribute @navn holds the value" in text
