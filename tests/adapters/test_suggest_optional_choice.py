"""A choice the record may hold but needs not (the mentor's employer on a timesheet) was left a comment
with its path and source alone: taken in as the note says, `mentor.employer` read Favrskov's
`<ansat-hos>virksomhed</ansat-hos>` as it was, "Must be one of: company, jobcentre", and refused every
timesheet (decision 0060, "Stop 64: trial-87"). The comment now carries the choice's map, each value to
what its words say, as a drafted choice does."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render


def _draft(employer: str) -> str:
    data = (
        '<?xml version="1.0"?>\n<forloeb>\n  <cpr>230497-3318</cpr>\n  <p-nummer>1031425367</p-nummer>\n'
        f"  <mentor><navn>Jonna Lykke Pind</navn><ansat-hos>{employer}</ansat-hos></mentor>\n"
        '  <uge nr="2026-W45"><timer>3,5</timer></uge>\n  <uge nr="2026-W46"><timer>2</timer></uge>\n'
        "  <timer-i-alt>5,5</timer-i-alt>\n  <underskrevet-af>Jonna Lykke Pind</underskrevet-af>\n"
        "  <underskrevet-dato>30-11-2026</underskrevet-dato>\n</forloeb>\n"
    ).encode()
    return render(suggest(extract(data, "mentortimer.xml", READ_OPTIONS), "mentortimer.xml", data))


def test_an_optional_choice_keeps_its_map_in_the_comment() -> None:
    draft = _draft("virksomhed")
    assert (
        "  # TODO: looks like mentor.employer, which a mentor_hours record may hold (optional)"
        " (seen: virksomhed)\n"
        '  # [[forms.fields]]\n  # path = "TODO"\n  # source = "/forloeb/mentor/ansat-hos"\n'
        '  # transforms = [{ name = "map", values = { virksomhed = "company" } }]\n'
    ) in draft


def test_a_value_its_words_do_not_tell_is_left_to_map() -> None:
    assert '  # transforms = [{ name = "map", values = { Hansen = "TODO" } }]\n' in _draft("Hansen")
