"""Stop 73's mutation fuzzing (decision 0064, "Stop 73: fuzz-128"): the sixty-fifth to sixty-seventh trials
are drawn from seed 97 on, by no earlier seed; the XML mutators that write a document's text again take a
seed that is not UTF-8 (Esbjerg's XMLGenerator file is ISO-8859-1: every such mutant was "not applicable");
a golden form the hub refuses by design (Vejle's CAM::PDF agreement) written otherwise is refused alike,
which is no fault; and a day long before a timesheet's signature is read by the mapping (the placement
bounds it at ingest), as decided."""

from __future__ import annotations

import random
import re

import pytest
from simulator_support import fixture_script
from test_fuzz_forms_fuzz116 import _expected, _once, _read, _seed, _trial

fuzz_forms = fixture_script("fuzz_forms")


@pytest.mark.parametrize("slug", ["esbjerg", "vejle", "aarhus"])
def test_the_three_trials_are_drawn_from_seed_97_and_the_seeds_after_draw_no_later_trial(slug: str) -> None:
    assert not fuzz_forms._in_pool(_trial(slug), 96)
    assert fuzz_forms._in_pool(_trial(slug), 97) and fuzz_forms._in_pool(_trial(slug), 98)
    later = _trial("a-trial-merged-later")
    assert not fuzz_forms._in_pool(later, 98)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)


@pytest.mark.parametrize("name", ["encoding", "doctype", "declared"])
def test_esbjergs_latin_1_xml_is_written_again_by_the_mutators_that_rewrite_its_text(name: str) -> None:
    # Esbjerg's agreements declare iso-8859-1 and hold `Kjær` as the one byte 0xE6: these mutators decoded
    # every seed as UTF-8, so raised on it, and the tool counted each as "not applicable".
    seed = _seed("esbjerg", "praktikaftaler.xml")
    assert b"Rasmus Kj\xe6r Ebbesen" in seed
    for index in range(8):
        mutant = fuzz_forms.MUTATORS["xml"][name](seed, random.Random(index))
        assert mutant and b"Thygesen" in mutant.replace(b"\x00", b"")


def test_the_doctype_mutant_of_esbjergs_xml_keeps_its_letters() -> None:
    # The DOCTYPE mutant declares UTF-8 and writes the text so: `Ø` as UTF-8, not a byte read wrongly (its
    # entity takes the place of the first name, Rasmus's).
    mutant = fuzz_forms.MUTATORS["xml"]["doctype"](_seed("esbjerg", "praktikaftaler.xml"), random.Random(1))
    assert mutant.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE praktikaftaler [')
    assert "<pa:navn>Bent Ørum Thygesen</pa:navn>" in mutant.decode("utf-8")


def test_vejles_agreement_written_otherwise_is_refused_as_itself_and_that_is_no_fault() -> None:
    # The agreement is refused at its two boxes, rightly (the page shows them empty): packed into object
    # streams (`pdf/objstm`) it must be refused for the same two, not counted FAILED as "refused". Two
    # sandboxed PDF reads (the seed's and the mutant's), some 2 s on an idle host: the one way to see it.
    found = fuzz_forms.seeds()
    recipe = "97/pdf/objstm/0@vejle"
    seed, data = fuzz_forms.mutant(found, recipe)
    assert seed.path.name == "praktikaftale.pdf" and data
    outcome = fuzz_forms.run_one(seed, data, recipe)
    assert (outcome.outcome, outcome.why) == ("rejected", "")
    assert {p["locator"].split(" on ")[0] for p in outcome.problems} == {
        'field "visitation" ("Visitation")',
        'field "mentor_ansat" ("Mentor er ansat i jobcentret")',
    }


def test_a_form_written_otherwise_refused_for_what_its_seed_is_not_is_still_a_fault() -> None:
    # A guard (passes at main too): Vejle's timesheet is read; its text mutant cut short is refused, and a
    # form written otherwise may not be.
    [seed] = [s for s in fuzz_forms.seeds()["xml"] if s.path.parent.name == "vejle"]
    outcome = fuzz_forms.run_one(seed, seed.path.read_bytes()[:400], "97/xml/text/0@vejle")
    assert outcome.outcome == "FAILED" and "the form written otherwise was refused" in outcome.why


def test_a_visit_long_before_its_signature_is_read_by_the_mapping() -> None:
    # A guard of the decision (passes at main too): Aarhus's May 2027 hours, attested 31.05.2027, with Rasmus
    # Kjær Østergaard's visit of 6 May typed 2026-01-01Z (`97/csv/value/19@aarhus`). The mapping reads it
    # as 2026-W01: a sheet is signed late, corrected and signed again later still, and how late is no
    # rule the form states; the placement (from 3 May 2027) refuses the week at ingest.
    seed = _seed("aarhus", "mentortimer.csv")
    mutant = _once(seed, b";06.05.2027;0,75;", b";2026-01-01Z;0,75;")
    records = _read("aarhus", "mentortimer.csv", mutant)
    assert isinstance(records, list)
    assert records[0]["signed_on"] == "2027-05-31"
    assert records[0]["entries"] == [
        {"week": "2026-W01", "hours": "0.75"},
        {"week": "2027-W18", "hours": "1.5"},
        {"week": "2027-W19", "hours": "2.0"},
    ]


def test_aarhuss_windows_1252_csv_has_its_line_ends_changed_byte_for_byte() -> None:
    # `csv/line_ends` gave None for a CSV not UTF-8 (all 71 of Aarhus's a seed); its mutant now changes
    # the breaks alone, its letters (`Kjær` as the one byte 0xE6) as they were, and is read as its seed.
    seed = _seed("aarhus", "mentortimer.csv")
    for index in range(4):
        mutant = fuzz_forms.MUTATORS["csv"]["line_ends"](seed, random.Random(index))
        assert mutant and mutant != seed
        assert re.sub(rb"[\r\n]", b"", mutant) == re.sub(rb"[\r\n]", b"", seed)
    assert _read("aarhus", "mentortimer.csv", mutant) == _expected("aarhus", "mentortimer")
