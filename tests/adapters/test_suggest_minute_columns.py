"""`hub adapters suggest` reads a timesheet's column of whole minutes as its hours (decision 0060, "Stop
67: trial-104"): Ringsted's mentor firm's PHP app heads a visit's length "Minutter" and writes `90`, `45`.
Before, no header said "timer": no list was drafted (the days and lengths left to a person, no total).
Each file is written by hand as fputcsv writes it: a comma, quotes only where a value needs them."""

from __future__ import annotations

from hub.adapters.readers.tabular import read_csv
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

HEADER = 'CPR,Borger,P-nummer,Mentor,Dato,{length},"Godkendt af",Godkendt\n'
ROWS = (
    ("081188-1634", "1009877213", "Anne-Mette Juul", "02/03/2027", "{0}"),
    ("081188-1634", "1009877213", "Anne-Mette Juul", "09/03/2027", "{1}"),
    ("170394-2851", "1004518327", "Bo Thygesen", "16/03/2027", "{2}"),
)


def _draft(length: str, figures: tuple[str, str, str]) -> str:
    text = HEADER.format(length=length)
    for cpr, pnr, mentor, day, fig in ROWS:
        shown = fig.format(*figures)
        text += f'{cpr},"Navn Navnesen",{pnr},"{mentor}",{day},{shown},"{mentor}",2027-04-01T10:12:00+02:00\n'
    return render(suggest(read_csv(text.encode(), "mentortimer.csv"), "mentortimer.csv"))


def test_a_column_of_whole_minutes_is_the_lists_hours_read_as_minutes() -> None:
    draft = _draft("Minutter", ("60", "75", "90"))
    assert 'table = { date = "Dato", hours = "Minutter" }' in draft
    assert (
        '    key = "hours"\n    transforms = [{ name = "regex", pattern = "^\\\\s*(\\\\d+)\\\\s*$", '
        'template = "{1} min", expected = "et helt antal minutter" }, "hours"]'
    ) in draft
    assert 'compute = "sum:entries.hours"' in draft and "group = true" in draft


def test_minutes_named_in_a_length_column_are_read_so() -> None:
    draft = _draft("Varighed (min.)", ("60", "75", "90"))
    assert 'hours = "Varighed (min.)"' in draft and 'template = "{1} min"' in draft


def test_a_minutes_column_of_figures_that_are_no_whole_minutes_is_left_to_a_person() -> None:
    """`1,5` under "Minutter" is no count of minutes: which it is nobody can tell."""
    draft = _draft("Minutter", ("60", '"1,5"', "90"))
    assert "[[forms.lists]]\n" not in draft.replace("# [[forms.lists]]", "")


def test_a_column_of_hours_is_read_as_hours_as_before() -> None:
    draft = _draft("Timer", ("1", '"1,25"', '"1,5"'))
    assert 'table = { date = "Dato", hours = "Timer" }' in draft
    assert '    key = "hours"\n    transforms = ["hours"]' in draft


def test_min_tid_is_minutes_by_its_name() -> None:
    """ "Min. tid" (minutes' time) names minutes plainly (decision 0060, "Stop 71: fixes-119")."""
    draft = _draft("Min. tid", ("60", "75", "90"))
    assert 'hours = "Min. tid"' in draft and 'template = "{1} min"' in draft


def test_varighed_of_bare_figures_is_neither_minutes_nor_hours() -> None:
    """A guard: "Varighed" names a length, not its unit; `60`, `75`, `90` may be minutes or a mistake
    for hours, and nobody can tell which, so no list reads them (a `1:30` under it is read: see
    test_suggest_time_spent.py)."""
    draft = _draft("Varighed", ("60", "75", "90"))
    assert "[[forms.lists]]\n" not in draft.replace("# [[forms.lists]]", "")
