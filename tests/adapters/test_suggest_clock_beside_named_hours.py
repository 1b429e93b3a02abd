"""Suggest's XML list takes no time of day for the hours where a value is named as hours (decision 0060,
"Stop 70: trial-116"): Allerød's visits, a `<besoeg dato="2027-03-02" kl="09:00" timer="0.15e1"
telefonisk="false"/>` each, as a Ruby script writes them with builder. Before Ruby's BigDecimal was read,
`timer` read no hours, and the draft took the visit's one clock time, `kl`, as its hours: two visits at
09:00 and 13:00 were 22 hours in week 9, in silence. A value named as hours that does not read means the
hours are there, unread: the draft leaves them to a person. Hours written in a way still refused (a
capital E, which no BigDecimal writes) stand in for the BigDecimal here."""

from __future__ import annotations

import re

from onboarding_trial import TRIAL

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

VISITS = TRIAL / "golden" / "alleroed" / "mentorbesoeg.xml"


def _draft(text: str) -> str:
    data = text.encode("utf-8")
    return render(suggest(extract(data, "besoeg.xml", READ_OPTIONS), "besoeg.xml", data))


def test_a_time_of_day_is_not_drafted_as_hours_beside_hours_that_do_not_read() -> None:
    text = re.sub(r'timer="([0-9.]+)e', r'timer="\1E', VISITS.read_text(encoding="utf-8"))  # "0.15E1"
    draft = _draft(text)
    assert 'timer="0.15E1"' in text and 'source = "@kl"' not in draft
    assert '\n    key = "hours"' not in draft  # a TODO: `# key = "hours"`


def test_the_one_clock_is_still_the_hours_where_nothing_is_named_as_hours() -> None:
    """No value named as hours, one clock beside the day (`varighed="09:00"`): it is the hours, as before."""
    text = re.sub(r' timer="[^"]*"', "", VISITS.read_text(encoding="utf-8")).replace(' kl="', ' varighed="')
    draft = _draft(text).split("[[forms.lists]]")[-1]
    assert 'key = "hours"\n    source = "@varighed"' in draft
