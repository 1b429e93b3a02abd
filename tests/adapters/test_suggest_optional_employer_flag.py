"""`hub adapters suggest` offers a yes-or-no flag naming the mentor's employer on a form whose record may
hold the employer and needs none (a mentor_hours timesheet), its map along (`suggest/flags.py`,
`optional_flag`; decision 0060, "Stop 73: trial-130"): Aalborg's R export writes a column
`mentor_i_virksomheden` of `TRUE`/`FALSE`. Before, its word "mentor" made it the mentor's name, refused
as a yes or no, and the draft taken in as its TODOs say left every record's employer out (the trial's
own file, taken in so, is `test_onboarding_seventieth.py`'s)."""

from __future__ import annotations

from hub.adapters.readers.tabular import read_csv
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

VISITS = (
    "cpr;pnummer;mentor;mentor_i_virksomheden;dato;timer;godkendt_af;godkendt\n"
    "0805893312;1003344556;Jens Præstegaard;TRUE;2027-09-06;1,5;Jens Præstegaard;2027-09-30\n"
    "2301764458;1018877665;Hanne Lykkegaard;FALSE;2027-09-14;3;Hanne Lykkegaard;2027-09-30\n"
).encode()


def test_the_flag_is_offered_as_the_employer_with_its_map() -> None:
    draft = render(suggest(read_csv(VISITS, "mentortimer.csv"), "mentortimer.csv"))
    assert (
        "  # TODO: looks like mentor.employer, which a mentor_hours record may hold (optional)" in draft
        and '  # source = "column:mentor_i_virksomheden"\n'
        '  # transforms = [{ name = "map", values = { TRUE = "company", FALSE = "jobcentre" } }]\n'
        in draft
    )
    assert "looks like mentor.name, but the value is TRUE" not in draft
