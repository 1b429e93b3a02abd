"""`hub adapters suggest` drafts the mentor's employer from a yes-or-no flag naming one employer
(`suggest/flags.py`; decision 0060, "Stop 62: trial-79"): Holstebro's PHP export writes
`<sag:mentor virksomhedens="1">` for the company's mentor and `virksomhedens=""` (PHP's false) for the
job centre's. Before, the flag was offered as "also looks like company.name" and the employer said to be
missing, so the draft refused every agreement of the export."""

from __future__ import annotations

from hub.adapters.readers.tabular import read_csv
from hub.adapters.readers.xml import read_xml
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.flags import employer_flag
from hub.adapters.suggest.render import render


def _agreements(flags: tuple[str, str]) -> bytes:
    rows = "".join(
        f'<aftale><cpr>110589-4417</cpr><virksomhed cvr="29743169">Maskinfabrikken A/S</virksomhed>'
        f'<mentor virksomhedens="{flag}">Henrik Østergaard</mentor></aftale>'
        for flag in flags
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><praktikaftaler>{rows}</praktikaftaler>'.encode()


def test_a_flag_on_the_mentor_naming_the_company_is_the_employer() -> None:
    draft = render(suggest(read_xml(_agreements(("1", "")), "aftaler.xml"), "aftaler.xml"))
    assert (
        '  path = "mentor.employer"\n  source = "mentor/@virksomhedens"' in draft
        and '      "1" = "company"\n    [[forms.fields.transforms]]\n    name = "default"\n'
        '    value = "jobcentre"'
        in draft
    )
    assert "a placement record needs: mentor.employer" not in draft


def test_a_column_of_true_and_false_naming_the_job_centre() -> None:
    """R's and .NET's bools in a CSV column `mentor_i_jobcenter`: TRUE is the job centre, FALSE the
    company, each in the map (no empty value to default)."""
    data = b"cpr;mentor;mentor_i_jobcenter\n110589-4417;Lise Brandt;TRUE\n280371-1052;Ib Holm;FALSE\n"
    draft = render(suggest(read_csv(data, "aftaler.csv"), "praktikaftaler.csv"))
    assert '      "TRUE" = "jobcentre"\n      "FALSE" = "company"' in draft


def test_a_value_that_is_no_flag_or_no_employer_word_is_left_as_before() -> None:
    """A flag whose true value is never seen says nothing of what it means, and words in the value
    ("Virksomheden") are the usual map's, drafted elsewhere."""
    flag = Candidate("mentor/@virksomhedens", ("virksomhedens",), heading="mentor", value="")
    assert employer_flag(flag, "placement", {}) is None
    worded = Candidate("mentor/@ansat", ("ansat",), heading="mentor", value="Virksomheden")
    assert employer_flag(worded, "placement", {}) is None
    unnamed = Candidate("mentor/@aktiv", ("aktiv",), heading="mentor", value="1")
    assert employer_flag(unnamed, "placement", {}) is None
    assert employer_flag(Candidate("flag", ("mentor virksomhed",), value="1"), "progress_report", {}) is None


def test_a_later_records_false_is_the_other_employer() -> None:
    """Perl's `0` in the second agreement after `1` in the first (XML::Simple's export, decision 0060,
    "Stop 68: trial-111"): the later records' values were added to the map as `"0" = "TODO"`, and the
    draft refused that agreement; a flag's false spelling now means the other employer there too, and a
    value that is no flag's still asks."""
    draft = render(suggest(read_xml(_agreements(("1", "0")), "aftaler.xml"), "aftaler.xml"))
    assert '      "1" = "company"\n      "0" = "jobcentre"\n' in draft
    odd = render(suggest(read_xml(_agreements(("1", "vikar")), "aftaler.xml"), "aftaler.xml"))
    assert '"vikar" = "TODO"' in odd
