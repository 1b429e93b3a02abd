"""Stop 68's mutation fuzzing (decision 0064, "Stop 68: fuzz-110"): the forty-seventh to fifty-third trials
(Ringsted to Hørsholm) drawn by seeds 82 to 84 and no later trial by them; and the CSV mutators read a file
PHP's `fputcsv` wrote as the hub does, so that Ringsted's form with every cell quoted is its own table
(read by RFC 4180's rule, its `\\"` ran a topic into the next cell, and the mutant was another table,
refused, FAILED as the form written otherwise); a PDF radio group whose states are Latin-1 names
(Ringsted's `/Kontanthj#E6lp`) changed by the PDF mutators (they raised on it: pikepdf gives such a name
as text it will not take back); and a workbook with no `workbookPr` (excel-builder-vanilla's) or whose
number formats name their code first (DuckDB's) saved in the 1904 date system (both were left out)."""

from __future__ import annotations

import io
import json
import random
import re
import zipfile
from pathlib import Path

import pytest
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records

fuzz_forms = fixture_script("fuzz_forms")
fuzz_csv = fixture_script("fuzz_forms_csv")
fuzz_same = fixture_script("fuzz_forms_same")
fuzz_office = fixture_script("fuzz_forms_office")
revised = fixture_script("fuzz_forms_revised")
ONBOARDING = Path(__file__).resolve().parent.parent / "onboarding"
TRIALS = ("ringsted", "aabenraa", "lejre", "horsens", "gribskov", "halsnaes", "hoersholm")


def _golden(slug: str, name: str, data: bytes) -> tuple[object, object]:
    """The records read from `data` sent as the trial's `name`, and the ones written for its form."""
    config = fuzz_forms._config(ONBOARDING / "config" / f"{slug}.toml")
    expected = json.loads(
        (ONBOARDING / "golden" / slug / f"{name.rsplit('.', 1)[0]}.expected.json").read_text("utf-8")
    )
    return canonical_records(config, data, name), expected


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
    got, expected = _golden("ringsted", "mentortimer.csv", mutant)
    assert got == expected


def test_ringsteds_benefit_saved_at_latin1_states_and_given_its_own_back_reads_as_it() -> None:
    # fuzz-110's 82/pdf/revised/1@ringsted raised "Name should be str" in the mutator (24 of Ringsted's
    # revised and choice mutants were left out so): the benefit (Sygedagpenge) is saved Kontanthjælp and
    # updated to Uddannelseshjælp (names whose byte 0xE6 is Latin-1), then given Sygedagpenge back.
    seed, mutant = fuzz_forms.mutant(fuzz_forms.seeds(), "82/pdf/revised/1@ringsted")
    assert seed.path.parent.name == "ringsted" and mutant is not None
    saves = [m.group(1).lower() for m in re.finditer(rb"/T \(ydelse\) /V (/[^\s>]+)", mutant)]
    assert saves == [b"/kontanthj#e6lp", b"/uddannelseshj#e6lp", b"/sygedagpenge"]
    got, expected = _golden("ringsted", "praktikaftale.pdf", mutant)
    assert got == expected and got["benefit"] == "sygedagpenge"  # type: ignore[index]


@pytest.mark.parametrize(
    ("slug", "name"), [("aabenraa", "mentortimer.xlsx"), ("gribskov", "praktikaftaler.xlsx")]
)
def test_a_workbook_in_the_1904_date_system_is_made_of_these_writers_workbooks_and_reads_as_them(
    slug: str, name: str
) -> None:
    # excel-builder-vanilla writes no `<workbookPr>`; DuckDB writes `formatCode` before `numFmtId`, so
    # its `dd/mm/yy` style was not seen as a date's: `xlsx/mac1904` made no mutant of either.
    seed = (ONBOARDING / "golden" / slug / name).read_bytes()
    mutant = fuzz_office.xlsx_mac1904(seed, random.Random(0))
    assert mutant is not None
    book = zipfile.ZipFile(io.BytesIO(mutant)).read("xl/workbook.xml")
    assert book.count(b"<workbookPr") == 1 and b'<workbookPr date1904="1"' in book
    got, expected = _golden(slug, name, mutant)
    assert got == expected


def test_ringsteds_php_file_with_its_line_ends_changed_reads_as_its_own() -> None:
    # `csv/line_ends` paired quotes by RFC 4180's rule, and the topic's `\"` left one unpaired: all 64 of
    # Ringsted's mutants were left out. The quoted line break inside the April plan must stay an LF.
    seed = (ONBOARDING / "golden" / "ringsted" / "mentortimer.csv").read_bytes()
    for draw in range(3):
        mutant = revised.csv_line_ends(seed, random.Random(draw))
        assert mutant is not None and mutant != seed
        assert b'"Opf\xc3\xb8lgning med lagerchef\nog plan for april"' in mutant
        got, expected = _golden("ringsted", "mentortimer.csv", mutant)
        assert got == expected
