"""`hub adapters suggest` offers a yes-or-no flag naming one employer, on a form whose record may hold the
mentor's employer but needs none (a timesheet), with the flag's map in its comment (`suggest/flags.py`,
`flag_map`; decision 0060, "Stop 73: trial-129"): Hjørring's excelize-wasm export has a boolean column
"Mentor ansat i jobcentret" of TRUE and FALSE. Before, the comment mapped both to "TODO", and its draft,
taken as the comment says, refused every row as unfinished."""

from __future__ import annotations

import re

from hub.adapters.readers.tabular import read_csv
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.flags import flag_map
from hub.adapters.suggest.render import render

HEADER = b"cpr;mentor;mentor_ansat_i_jobcentret;dato;timer;attesteret_af;attesteret_dato\n"


def _timesheet(flags: tuple[str, str]) -> bytes:
    rows = [
        f"110589-4417;Lise Brandt;{flags[0]};01.06.2027;1,5;Bodil Holm;30.06.2027\n",
        f"280371-1052;Ib Holm;{flags[1]};02.06.2027;2;Bodil Holm;30.06.2027\n",
    ]
    return HEADER + "".join(rows).encode()


def _employer_comment(data: bytes) -> str:
    draft = render(suggest(read_csv(data, "mentortimer.csv"), "mentortimer.csv"))
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


def test_only_the_employer_and_a_flag_whose_true_is_seen() -> None:
    flag = Candidate("column:mentor_i_jobcenter", ("mentor_i_jobcenter",), value="FALSE")
    assert flag_map(flag, "mentor.employer") is None  # no true value seen: what it means is unknown
    seen = Candidate("column:mentor_i_jobcenter", ("mentor_i_jobcenter",), value="1")
    assert flag_map(seen, "mentor.employer") == {"1": "jobcentre"}
    assert flag_map(seen, "site.name") is None
