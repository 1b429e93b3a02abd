"""A length column whose header names minutes but whose figures are a clock's (decision 0068, "Stop 67:
review-107"): "Tid (t:min)" holding `1:00`, `1:15`, `1:30`. The draft chose the transform by the header
alone and wrote the whole-minutes regex, so every visit of the month was refused "et helt antal
minutter"; a column of whole minutes under such a header is what the regex reads, and nothing else."""

from __future__ import annotations

from hub.adapters.readers.tabular import read_csv
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

TEXT = (
    'CPR,Mentor,Dato,"{header}"\n'
    "081188-1634,Anne-Mette Juul,02/03/2027,{0}\n"
    "081188-1634,Anne-Mette Juul,09/03/2027,{1}\n"
    "170394-2851,Bo Thygesen,16/03/2027,{2}\n"
)


def _hours_field(header: str, figures: tuple[str, str, str]) -> str:
    text = TEXT.replace("{header}", header).format(*figures)
    draft = render(suggest(read_csv(text.encode(), "mentortimer.csv"), "mentortimer.csv"))
    assert f'hours = "{header}"' in draft
    return draft[draft.index('key = "hours"') :].split("\n")[1]


def test_a_clock_under_a_header_naming_minutes_is_read_as_hours() -> None:
    for header in ("Tid (t:min)", "Varighed timer:min"):
        assert _hours_field(header, ("1:00", "1:15", "1:30")) == '    transforms = ["hours"]', header
    # whole minutes under the same header are still read as minutes
    assert 'template = "{1} min"' in _hours_field("Tid (t:min)", ("60", "75", "90"))
