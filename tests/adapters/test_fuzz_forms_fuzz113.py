"""Stop 69's mutation fuzzing (decision 0064, "Stop 69: fuzz-113"): a form's date before 1990 is before any
placement could be, and is refused at its place, not read as a visit (fuzz-110's `83/xlsx/cell_value/3
@aabenraa`: Aabenraa's date cell made 1, Excel's 01-01-1900, was read as a visit in 1900-W01 beside
November 2026's); a workbook saved again by LibreOffice Calc, whose yes/no cells Calc keeps as 1 and 0
under its BOOLEAN format, reads them as the yes and no they are (Gribskov's was refused, "no mapping for
'1'"); and the fifty-fourth trial (Frederikssund) is drawn from seed 85 on, by no earlier seed."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import TransformError, parse_date, parse_week
from hub.adapters.readers.xlsx_yes_no import shows_yes_no
from hub.errors import Rejection

fuzz_forms = fixture_script("fuzz_forms")
ONBOARDING = Path(__file__).resolve().parent.parent / "onboarding"
# What every refusal of a date before 1990 says, after the date.
BEFORE_EN = (
    "is before 1990, before any placement, visit or grant the hub reads could be: write the year it was"
)
BEFORE_DA = (
    "er før 1990, før nogen praktik, noget besøg eller nogen bevilling, hubben læser, kan have været:"
    " skriv det år, det var"
)
WORKBOOK_EN = "; a workbook shows a date cell holding 0 or 1 so: is the cell empty, or a formula's 0?"
WORKBOOK_DA = "; et regneark viser en datocelle med 0 eller 1 sådan: er cellen tom eller en formels 0?"


def _read(slug: str, name: str, data: bytes) -> object:
    config = fuzz_forms._config(ONBOARDING / "config" / f"{slug}.toml")
    return canonical_records(config, data, name)


def _trial(slug: str) -> object:
    return fuzz_forms.Seed(
        Path("c.toml"), Path(f"tests/onboarding/golden/{slug}/f.xml"), "xml", Path("e"), False
    )


def test_frederikssund_is_drawn_from_seed_85_and_the_seeds_after_draw_no_later_trial() -> None:
    assert not fuzz_forms._in_pool(_trial("frederikssund"), 84)
    assert fuzz_forms._in_pool(_trial("frederikssund"), 85) and fuzz_forms._in_pool(
        _trial("frederikssund"), 87
    )
    later = _trial("a-trial-merged-later")
    assert not fuzz_forms._in_pool(later, 87)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)


def _edited(path: Path, edits: dict[str, list[tuple[bytes, bytes]]]) -> bytes:
    """The workbook at `path` with each part's texts replaced, each found once."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info)
            for old, new in edits.get(info.filename, []):
                assert data.count(old) == 1, old
                data = data.replace(old, new)
            copy.writestr(info, data)
    return out.getvalue()


def test_aabenraas_date_cell_holding_1_is_refused_at_its_cell() -> None:
    # A13 holds 46336 (2026-11-09) in a date style; 1 is what Excel shows as 01-01-1900.
    cell = (b'<c s="1" r="A13"><v>46336</v></c>', b'<c s="1" r="A13"><v>1</v></c>')
    mutant = _edited(
        ONBOARDING / "golden" / "aabenraa" / "mentortimer.xlsx", {"xl/worksheets/sheet1.xml": [cell]}
    )
    with pytest.raises(Rejection) as info:
        _read("aabenraa", "mentortimer.xlsx", mutant)
    [problem] = info.value.problems
    assert problem.locator == 'sheet "November 2026", cell A13'
    assert problem.reason_en == f"the date '1900-01-01' {BEFORE_EN}{WORKBOOK_EN}"
    assert problem.reason_da == f"datoen '1900-01-01' {BEFORE_DA}{WORKBOOK_DA}"


def test_frederikssunds_visit_of_1927_is_refused_at_its_attribute() -> None:
    # The year's first digits slipped: 2027-03-15 typed 1927-03-15, among March 2027's visits.
    seed = (ONBOARDING / "golden" / "frederikssund" / "mentortimer.xml").read_bytes()
    assert seed.count(b'dato="2027-03-15"') == 1
    with pytest.raises(Rejection) as info:
        _read("frederikssund", "mentortimer.xml", seed.replace(b'dato="2027-03-15"', b'dato="1927-03-15"'))
    [problem] = info.value.problems
    assert problem.locator.endswith("/@dato")
    assert problem.reason_en == f"the date '1927-03-15' {BEFORE_EN}"
    assert problem.reason_da == f"datoen '1927-03-15' {BEFORE_DA}"


@pytest.mark.parametrize(
    ("parse", "what", "text", "workbook_year"),
    [
        (parse_date, ("the date", "datoen"), "31-12-1989", False),
        (parse_date, ("the date", "datoen"), "1.1.1926", False),
        (parse_date, ("the date", "datoen"), "15. marts 1927", False),
        (parse_date, ("the date", "datoen"), "1900-01-01", True),
        (parse_week, ("the week", "ugen"), "1989-W52", False),
        (parse_week, ("the week", "ugen"), "uge 1 1904", True),
    ],
)
def test_a_date_or_week_before_1990_is_refused(
    parse: Callable[[str], str], what: tuple[str, str], text: str, workbook_year: bool
) -> None:
    with pytest.raises(TransformError) as info:
        parse(text)
    hint = (WORKBOOK_EN, WORKBOOK_DA) if workbook_year else ("", "")
    assert info.value.reason_en == f"{what[0]} {text!r} {BEFORE_EN}{hint[0]}"
    assert info.value.reason_da == f"{what[1]} {text!r} {BEFORE_DA}{hint[1]}"


def test_1990_is_read() -> None:
    assert parse_date("01-01-1990") == "1990-01-01"
    assert parse_week("1990-W01") == "1990-W01"


@pytest.mark.parametrize(("yes", "no"), [(b"TRUE", b"FALSE"), (b"SAND", b"FALSK")])
def test_gribskovs_workbook_saved_by_calc_reads_its_yes_no_cells(yes: bytes, no: bytes) -> None:
    # xlsx-write-stream wrote the mentor's employer as cells of type "b" (TRUE, FALSE) under the format
    # "TRUE";"TRUE";"FALSE"; Calc saves them as the numbers 1 and 0 under its BOOLEAN format, in a Danish
    # Calc "SAND";"SAND";"FALSK", each with the formula TRUE() or FALSE() (fuzz-113's
    # 84/xlsx/libreoffice/0@gribskov: refused "no mapping for '1'" at M2, "'0'" at M3).
    seed = ONBOARDING / "golden" / "gribskov" / "praktikaftaler.xlsx"
    quot = b"&quot;"
    words = quot + yes + quot + b";" + quot + yes + quot + b";" + quot + no + quot
    mutant = _edited(
        seed,
        {
            "xl/styles.xml": [(b"&quot;TRUE&quot;;&quot;TRUE&quot;;&quot;FALSE&quot;", words)],
            "xl/worksheets/sheet1.xml": [
                (
                    b'<c r="M2" t="b" s="5"><v>1</v></c>',
                    b'<c r="M2" s="5" t="n"><f aca="false">TRUE()</f><v>1</v></c>',
                ),
                (
                    b'<c r="M3" t="b" s="5"><v>0</v></c>',
                    b'<c r="M3" s="5" t="n"><f aca="false">FALSE()</f><v>0</v></c>',
                ),
            ],
        },
    )
    expected = json.loads((seed.parent / "praktikaftaler.expected.json").read_text("utf-8"))
    assert _read("gribskov", "praktikaftaler.xlsx", mutant) == expected


def test_a_number_shown_in_words_that_are_not_a_yes_and_a_no_is_read_as_its_number() -> None:
    # Three sections of words, the first two not alike: no yes/no cell, so the number stays a number.
    assert shows_yes_no('"SAND";"SAND";"FALSK"') and shows_yes_no('"Ja";"Ja";"Nej"')
    assert not shows_yes_no('"plus";"minus";"nul"')
    assert not shows_yes_no('"SAND";"SAND";"SAND"')
    assert not shows_yes_no('0" timer";"SAND";"FALSK"')
    assert not shows_yes_no("General")
