"""`hub adapters suggest` offers a yes-or-no flag naming the mentor's employer on a form whose record may
hold the employer and needs none (a mentor_hours timesheet), its map along (`suggest/flags.py`,
`optional_flag`). Three trials met it at once (decision 0060, "Stop 73: trial-128", "trial-129" and
"trial-130"): Fredericia's Super CSV export has a column `mentorIVirksomheden` of `FmtBool("ja",
"nej")`, offered as "also looks like mentor.name, taken above" (taken in, `ja` would have been the
mentor's name); Hjørring's excelize-wasm export has a boolean column "Mentor ansat i jobcentret" of TRUE
and FALSE, whose comment mapped both to "TODO", so its draft, taken as the comment said, refused every
row as unfinished; Aalborg's R export writes a column `mentor_i_virksomheden` of `TRUE`/`FALSE`, whose
word "mentor" made it the mentor's name, refused as a yes or no, so the draft taken in as its TODOs say
left every record's employer out (the trials' own files, taken in so, are
`test_onboarding_sixtyeighth.py`'s, `test_onboarding_sixtyninth.py`'s and
`test_onboarding_seventieth.py`'s)."""

from __future__ import annotations

import re

from hub.adapters.readers.tabular import read_csv
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.flags import employer_flag, optional_flag
from hub.adapters.suggest.render import render

HEADER = b"cpr;mentor;mentor_ansat_i_jobcentret;dato;timer;attesteret_af;attesteret_dato\n"
VISITS = (
    "cpr;pnummer;mentor;mentor_i_virksomheden;dato;timer;godkendt_af;godkendt\n"
    "0805893312;1003344556;Jens Præstegaard;TRUE;2027-09-06;1,5;Jens Præstegaard;2027-09-30\n"
    "2301764458;1018877665;Hanne Lykkegaard;FALSE;2027-09-14;3;Hanne Lykkegaard;2027-09-30\n"
).encode()

SUPER_CSV = (
    b"cpr;mentor;mentorIVirksomheden;dato;timer;godkendtAf\n"
    b"1712904471;Tove \xc3\x98rsted;ja;04-05-2027;1,50;Kim\n"
    b"3001887752;Jens Aagaard;nej;10-05-2027;1,00;Kim\n"
)


def _timesheet(flags: tuple[str, str]) -> bytes:
    rows = [
        f"110589-4417;Lise Brandt;{flags[0]};01.06.2027;1,5;Bodil Holm;30.06.2027\n",
        f"280371-1052;Ib Holm;{flags[1]};02.06.2027;2;Bodil Holm;30.06.2027\n",
    ]
    return HEADER + "".join(rows).encode()


def _draft(data: bytes) -> str:
    return render(suggest(read_csv(data, "mentortimer.csv"), "mentortimer.csv"))


def _employer_comment(data: bytes) -> str:
    draft = _draft(data)
    found = re.search(
        r"# TODO: looks like mentor\.employer, which a mentor_hours record may hold.*?\n\n", draft, re.S
    )
    assert found is not None, draft
    return found[0]


def test_a_timesheets_column_of_true_and_false_naming_the_job_centre_is_mapped_in_its_comment() -> None:
    comment = _employer_comment(_timesheet(("TRUE", "FALSE")))
    assert '# transforms = [{ name = "map", values = { TRUE = "jobcentre", FALSE = "company" } }]' in comment
    (transforms,) = [line for line in comment.splitlines() if "transforms" in line]
    assert "TODO" not in transforms


def test_a_column_that_is_no_flag_keeps_its_todo() -> None:
    """Words the hub does not know as a flag's (`vikar`) still ask the person."""
    comment = _employer_comment(_timesheet(("TRUE", "vikar")))
    assert '"TODO"' in comment


def test_only_a_flag_whose_true_is_seen_on_a_form_whose_record_may_hold_the_employer() -> None:
    flag = Candidate("column:mentor_i_jobcenter", ("mentor_i_jobcenter",), value="FALSE")
    assert optional_flag(flag, "mentor_hours") is None  # no true value seen: what it means is unknown
    seen = Candidate("column:mentor_i_jobcenter", ("mentor_i_jobcenter",), value="1")
    offered = optional_flag(seen, "mentor_hours")
    assert offered is not None and offered.path is None and offered.targets == {"1": "jobcentre"}
    assert optional_flag(seen, "progress_report") is None  # its record holds no employer


def test_the_flag_is_offered_as_the_employer_with_its_map() -> None:
    draft = _draft(VISITS)
    assert (
        "  # TODO: looks like mentor.employer, which a mentor_hours record may hold (optional)" in draft
        and '  # source = "column:mentor_i_virksomheden"\n'
        '  # transforms = [{ name = "map", values = { TRUE = "company", FALSE = "jobcentre" } }]\n'
        in draft
    )
    assert "looks like mentor.name, but the value is TRUE" not in draft


def test_a_super_csv_flag_of_ja_and_nej_is_offered_as_the_employer_not_the_mentors_name() -> None:
    draft = _draft(SUPER_CSV)
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
    offered = optional_flag(flag, "mentor_hours")
    assert drafted is not None and drafted.path == "mentor.employer"
    assert employer_flag(flag, "mentor_hours", {}) is None
    assert offered is not None and offered.path is None and offered.targets == {"ja": "company"}
