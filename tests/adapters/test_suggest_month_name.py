"""A month with its year ("november 2026") beside a label naming a role is no name (decision 0060, "Stop
64: trial-86"), as a day is not (trial-83) nor a yes or no (trial-84).

Brønderslev's mentor firm's Perl timesheet opens with its title and month, `Mentortimer;november 2026`,
above `Mentor;Bente Kjær Laursen`: the draft read the mentor's name from the title's cell ("Mentortimer"
holds "mentor") and left the row naming the mentor "also looks like mentor.name"."""

from __future__ import annotations

import pytest

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.adapters.suggest.week_values import month_of_year


def _draft(first_line: str) -> str:
    lines = [first_line, "CPR-nr.;031192-4456", "P-nummer;1022334455", "Mentor;Bente Kjær Laursen"]
    lines += ["", "Uge;Timer", "2026-W45;2,25", "2026-W46;3,5"]
    data = "\r\n".join(lines).encode("utf-8")
    return render(suggest(extract(data, "mentortimer.csv", READ_OPTIONS), "mentortimer.csv", data))


@pytest.mark.parametrize("month", ["november 2026", "Nov. 2026", "May 2026"])
def test_the_titles_month_leaves_the_name_to_the_mentors_row(month: str) -> None:
    draft = _draft(f"Mentortimer;{month}")
    assert 'path = "mentor.name"\n  source = "next:Mentor"' in draft
    assert "# TODO: looks like mentor.name, but the value is a month" in draft


def test_a_name_that_is_a_month_is_drafted_as_before() -> None:
    """`Maj` (a woman's name) and `Juni Holm`: only a month with a four-digit year is a month."""
    assert 'path = "mentor.name"\n  source = "next:Mentortimer"' in _draft("Mentortimer;Juni Holm")
    assert not month_of_year("Maj") and not month_of_year("Juni Holm") and month_of_year("marts 2026")
