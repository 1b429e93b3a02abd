"""A parent element's name that alone reads as a day lends that meaning only to a child whose own name
says a day (decision 0060, "Stop 63: trial-82"): the root `<praktikophoer>` ("placement ends") of
Faaborg-Midtfyn's XML::LibXML export gave its `@udtrukket`, the export's own time, the path `ended_on`,
first in the document, so every record's draft read the day of the export as the day it ended."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

_ENDED = (
    '<Ophoer><CPR>{cpr}</CPR><Pnr>1234567890</Pnr><Slut dato="{day}"/><Aarsag>Job</Aarsag>'
    "<Bemaerkning>Ansat</Bemaerkning></Ophoer>"
)


def _draft(xml: str) -> str:
    return render(suggest(extract(xml.encode(), "ophoer.xml", READ_OPTIONS), "ophoer.xml"))


def test_the_exports_time_under_a_root_named_for_the_end_is_no_day_ended() -> None:
    ends = _ENDED.format(cpr="010190-1234", day="30.10.2026") + _ENDED.format(
        cpr="020290-1234", day="16.10.2026"
    )
    draft = _draft(f'<Praktikophoer udtrukket="2026-11-03T10:42:17" antal="2">{ends}</Praktikophoer>')
    assert 'path = "ended_on"\n  source = "Slut/@dato"' in draft
    assert '# source = "/Praktikophoer/@udtrukket"' in draft and '# source = "/Praktikophoer/@antal"' in draft


def test_a_day_under_a_parent_named_for_the_end_is_still_the_day_ended() -> None:
    """`<Slut><Dato>`: the child's own name says a day, so the parent's meaning holds."""
    draft = _draft(
        "<Ophoer><CPR>010190-1234</CPR><Pnr>1234567890</Pnr><Slut><Dato>30.10.2026</Dato></Slut></Ophoer>"
    )
    assert 'path = "ended_on"\n  source = "/Ophoer/Slut/Dato"' in draft
