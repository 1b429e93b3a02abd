"""A yes-or-no flag naming one of the mentor's employers on a form whose record may hold the employer
without needing it (stop 73, trial-128): Super CSV's `FmtBool("ja", "nej")` writes a timesheet's column
`mentorIVirksomheden`, and `hub adapters suggest` offered it as "also looks like mentor.name, taken
above"; taken in, it would have put `ja` in the mentor's name. It is offered as the employer the record
may hold, its map in the comment, as a choice the record may hold is (`form_paths.not_drafted`)."""

from __future__ import annotations

from hub.adapters.readers.tabular import read_csv
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.flags import employer_flag
from hub.adapters.suggest.render import render

VISITS = (
    b"cpr;mentor;mentorIVirksomheden;dato;timer;godkendtAf\n"
    b"1712904471;Tove \xc3\x98rsted;ja;04-05-2027;1,50;Kim\n"
    b"3001887752;Jens Aagaard;nej;10-05-2027;1,00;Kim\n"
)


def test_a_timesheets_flag_is_offered_as_the_employer_it_may_hold() -> None:
    draft = render(suggest(read_csv(VISITS, "mentortimer.csv"), "mentortimer.csv"))
    assert (
        "  # TODO: looks like mentor.employer, which a mentor_hours record may hold (optional)"
        ' (column "mentorIVirksomheden"'
    ) in draft
    assert (
        '  # source = "column:mentorIVirksomheden"\n'
        '  # transforms = [{ name = "map", values = { ja = "company", nej = "jobcentre" } }]\n'
    ) in draft
    assert "also looks like mentor.name" not in draft


def test_the_flag_is_drafted_only_where_the_record_needs_it() -> None:
    flag = Candidate("column:mentorIVirksomheden", ("mentorIVirksomheden",), value="ja")
    drafted = employer_flag(flag, "placement", {})
    offered = employer_flag(flag, "mentor_hours", {})
    assert drafted is not None and drafted.path == "mentor.employer"
    assert offered is not None and offered.path is None and offered.targets == {"ja": "company"}
