"""A path the record may hold, offered as an optional TODO, is not offered for a value that cannot be
its (decision 0060, "Stop 71: trial-120"): dicttoxml's `<borger_deltog type="bool">true</borger_deltog>`
("the citizen took part") named the citizen, and its TODO said "looks like citizen.name, which a
progress_report record may hold (optional)" beside the name's own; both taken as they said, the config
was refused, `'citizen.name' clashes with 'citizen.name'`."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

OPTIONAL = "which a progress_report record may hold (optional)"


def _draft(children: str) -> str:
    xml = (
        "<statusudtalelse><cpr>0906940127</cpr><pnummer>1019876543</pnummer>"
        f"<vurderingsdato>2027-04-14</vurderingsdato>{children}</statusudtalelse>"
    )
    return render(suggest(extract(xml.encode(), "statusudtalelse.xml", READ_OPTIONS), "statusudtalelse.xml"))


def test_a_yes_or_no_is_not_offered_as_the_citizens_name() -> None:
    draft = _draft("<borger_deltog>true</borger_deltog>")
    assert "# TODO: looks like citizen.name, but the value is true, a yes or no" in draft
    assert OPTIONAL not in draft


def test_a_day_is_not_offered_as_the_citizens_name() -> None:
    draft = _draft("<borger_foedt>1994-06-09</borger_foedt>")
    assert "# TODO: looks like citizen.name, but the value is a date" in draft and OPTIONAL not in draft


def test_a_name_is_offered_as_before() -> None:
    """The guard: the citizen's name itself is still the optional TODO it was."""
    assert f"# TODO: looks like citizen.name, {OPTIONAL}" in _draft("<borger>Kasper Brink Thomsen</borger>")
