"""Stop 72's mutation fuzzing (decision 0064, "Stop 72: fuzz-123"): a list's day after the day its record
says the form was signed is refused at its cell, element or row (a document that states no period, as
Roskilde's, Næstved's, Køge's and Solrød's CSVs, read a visit of any month from 1990 on: fuzz-116's Left,
fuzz-119's rule decided and left out); a signature dated before the list's first week is said once, at
the signature; and the sixty-first to sixty-fourth trials are drawn from seed 94 on, by no earlier seed."""

from __future__ import annotations

import pytest
from simulator_support import fixture_script
from test_fuzz_forms_fuzz116 import _once, _read, _refused, _seed, _trial

fuzz_forms = fixture_script("fuzz_forms")
# What every refusal of a day after the signature says after the signature's day.
WHAT_EN = "a signature cannot sign a visit not yet made; correct the day, or the signature's date"
WHAT_DA = (
    "en underskrift kan ikke skrive under på et besøg, der ikke var gjort endnu; ret dagen eller"
    " underskriftens dato"
)


@pytest.mark.parametrize("slug", ["roskilde", "holbaek", "slagelse", "naestved"])
def test_the_four_trials_are_drawn_from_seed_94_and_the_seeds_after_draw_no_later_trial(slug: str) -> None:
    assert not fuzz_forms._in_pool(_trial(slug), 93)
    assert fuzz_forms._in_pool(_trial(slug), 94) and fuzz_forms._in_pool(_trial(slug), 96)
    later = _trial("a-trial-merged-later")
    assert not fuzz_forms._in_pool(later, 96)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)


def test_roskildes_visit_after_its_approval_is_refused_at_its_cell() -> None:
    # Fatima Al-Sayed's hours are approved `Tue Jun 01 2027 00:10:00 GMT+0200` (1 June in Denmark); her
    # last visit, 25 May, typed 2 June. The file's tenth row (the header is row 1, her rows 7 to 10; a
    # note over two lines is one row), its 8th column, H.
    seed = _seed("roskilde", "mentorbesoeg.csv")
    mutant = _once(seed, b",25.5.2027,1.5,", b",2.6.2027,1.5,")
    [problem] = _refused("roskilde", "mentorbesoeg.csv", mutant).problems
    assert problem.locator == "row 10, column 8 (H10)"
    assert problem.locator_da == "række 10, kolonne 8 (H10)"
    assert problem.entry == "entry 4 (row 10)"
    assert problem.reason_en == (
        f"the day '2.6.2027' is after the day the form was signed, 2027-06-01: {WHAT_EN}"
    )
    assert problem.reason_da == (
        f"dagen '2.6.2027' ligger efter den dag, skemaet blev underskrevet, 1-06-2027: {WHAT_DA}"
    )


def test_naestveds_visit_after_its_attestation_is_refused_naming_the_danish_day_read() -> None:
    # Ahmad Rahimi's hours are attested 2027-05-30T22:00:00.000Z (31 May in Denmark); his second visit made
    # 2027-06-01T22:00:00.000Z, Danish midnight of 2 June. Row 6 (his rows are 5 and 6), column 7, G.
    seed = _seed("naestved", "mentortimer.csv")
    mutant = _once(seed, b'"2027-05-17T22:00:00.000Z",75', b'"2027-06-01T22:00:00.000Z",75')
    [problem] = _refused("naestved", "mentortimer.csv", mutant).problems
    assert problem.locator == "row 6, column 7 (G6)"
    assert problem.reason_en == (
        "the day '2027-06-01T22:00:00.000Z' (2027-06-02) is after the day the form was signed, 2027-05-31:"
        f" {WHAT_EN}"
    )
    assert problem.reason_da == (
        "dagen '2027-06-01T22:00:00.000Z' (2-06-2027) ligger efter den dag, skemaet blev underskrevet,"
        f" 31-05-2027: {WHAT_DA}"
    )


# fuzz-119's cases: Køge's first course's last visit, 26 April, typed 3 May on hours signed 2027-04-30 (row
# 5, column G); Allerød's first course approved 25 March instead of 31 March, after its sixth visit, 30
# March (the report's stated month holds both).
AFTER_119 = [
    ("koege", "mentorbesoeg.csv", b'"2027-04-26","PT1H15M"', b'"2027-05-03","PT1H15M"',
     "row 5, column 7 (G5)", "the day '2027-05-03' is after the day the form was signed, 2027-04-30"),
    ("alleroed", "mentorbesoeg.xml", b'tidspunkt="2027-03-31 15:20:00 +0200"',
     b'tidspunkt="2027-03-25 15:20:00 +0100"', "/mentor-rapport/forloeb[1]/besoeg-liste/besoeg[6]/@dato",
     "the day '2027-03-30' is after the day the form was signed, 2027-03-25"),
]  # fmt: skip


@pytest.mark.parametrize(("slug", "name", "old", "new", "locator", "said"), AFTER_119)
def test_fuzz119s_visits_after_their_signature_are_refused_at_their_place(
    slug: str, name: str, old: bytes, new: bytes, locator: str, said: str
) -> None:
    [problem] = _refused(slug, name, _once(_seed(slug, name), old, new)).problems
    assert problem.locator == locator
    assert problem.reason_en == f"{said}: {WHAT_EN}"


def test_a_visit_on_the_day_of_its_approval_is_read() -> None:
    # A guard on the edge (passes at main too): Jonas Friis Mikkelsen's hours are approved Monday 31 May
    # 2027 at 16:05, and a visit that day is one the approval can sign. 27 May (2027-W21) made 31 May
    # (2027-W22); his weeks 3 and 5 May (W18), 11 May (W19), 19 May (W20) are as before.
    seed = _seed("roskilde", "mentorbesoeg.csv")
    mutant = _once(seed, b",27.5.2027,0.5,", b",31.5.2027,0.5,")
    records = _read("roskilde", "mentorbesoeg.csv", mutant)
    assert isinstance(records, list)
    assert records[0]["entries"] == [
        {"week": "2027-W18", "hours": "2.25"},
        {"week": "2027-W19", "hours": "1.0"},
        {"week": "2027-W20", "hours": "2.0"},
        {"week": "2027-W22", "hours": "0.5"},
    ]


def test_a_signature_dated_before_the_first_week_is_said_once_at_the_signature() -> None:
    # A guard (passes at main too): Jonas's approval typed in 2021 (Monday 31 May 2021) is the slip, not
    # each of his five visits after it: the schema says so once, as Albertslund's `01-09-20` is said.
    seed = _seed("roskilde", "mentorbesoeg.csv")
    mutant = seed.replace(b"Mon May 31 2027 16:05", b"Mon May 31 2021 16:05")
    assert mutant.count(b"Mon May 31 2021") == 5
    problems = _refused("roskilde", "mentorbesoeg.csv", mutant).problems
    assert [p.field for p in problems] == ["signed_on"]
    assert problems[0].reason_en.startswith("signed on 2021-05-31, before the first week it signs, 2027-W18")
