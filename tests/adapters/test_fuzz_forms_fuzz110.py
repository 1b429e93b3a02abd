"""Stop 68's mutation fuzzing (decision 0064, "Stop 68: fuzz-110"): the forty-seventh to fifty-third trials
(Ringsted to Hørsholm) drawn by seeds 82 to 84 and no later trial by them; and the CSV mutators read a file
PHP's `fputcsv` wrote as the hub does, so that Ringsted's form with every cell quoted is its own table
(read by RFC 4180's rule, its `\\"` ran a topic into the next cell, and the mutant was another table,
refused, FAILED as the form written otherwise)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records

fuzz_forms = fixture_script("fuzz_forms")
fuzz_csv = fixture_script("fuzz_forms_csv")
fuzz_same = fixture_script("fuzz_forms_same")
ONBOARDING = Path(__file__).resolve().parent.parent / "onboarding"
TRIALS = ("ringsted", "aabenraa", "lejre", "horsens", "gribskov", "halsnaes", "hoersholm")


def _trial(slug: str) -> object:
    return fuzz_forms.Seed(
        Path("c.toml"), Path(f"tests/onboarding/golden/{slug}/f.csv"), "csv", Path("e"), False
    )


def test_seeds_82_to_84_draw_the_seven_trials_and_no_later_one() -> None:
    # A trial merged after seed 84 ran (the fifty-fourth) must not change which form their recipes draw.
    for slug in TRIALS:
        assert not fuzz_forms._in_pool(_trial(slug), 81)
        assert fuzz_forms._in_pool(_trial(slug), 82) and fuzz_forms._in_pool(_trial(slug), 84)
    later = _trial("a-trial-merged-later")
    assert not fuzz_forms._in_pool(later, 84)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)


def test_the_csv_mutators_read_ringsteds_php_file_by_phps_rule() -> None:
    # fputcsv wrote the topic `Tjekliste gemt i "P:\Mentor\Friis\"` with its last quote not doubled.
    seed = (ONBOARDING / "golden" / "ringsted" / "mentortimer.csv").read_bytes()
    rows, delimiter, _ = fuzz_csv._rows(seed)
    assert delimiter == "," and {len(row) for row in rows} == {11}
    assert rows[3][8] == 'Tjekliste gemt i "P:\\Mentor\\Friis\\"'
    assert rows[3][9] == "Anne-Mette Juul"


def test_ringsteds_form_with_every_cell_quoted_reads_as_its_own() -> None:
    # fuzz-110's 82/csv/quoted/0@ringsted (and 27 more): refused "the rows of this item say different
    # values under 'Godkendt af' (row 2 and row 4)", the approver read as the topic's tail.
    seed = (ONBOARDING / "golden" / "ringsted" / "mentortimer.csv").read_bytes()
    mutant = fuzz_same.csv_quoted(seed, random.Random(0))
    assert b'"Tjekliste gemt i ""P:\\Mentor\\Friis\\""","Anne-Mette Juul"' in mutant
    config = fuzz_forms._config(ONBOARDING / "config" / "ringsted.toml")
    expected = json.loads(
        (ONBOARDING / "golden" / "ringsted" / "mentortimer.expected.json").read_text("utf-8")
    )
    assert canonical_records(config, mutant, "mentortimer.csv") == expected
