"""The sixteenth onboarding trial: Billund (530), forms made by programs no earlier trial used: a placement
agreement laid out in Scribus 1.5.8 and exported to a PDF form by Scribus, and a mentor's timesheet made in
Gnumeric 1.12.55 and saved by Gnumeric as XLSX and as CSV (`tools/make_fixtures_onboarding_sixteenth.py`,
which needs scribus, xvfb-run and ssconvert; the files it wrote are kept, and these tests read them). The
expected records were written by hand from the forms as drawn, before the hub read them. Each test of a
change fails without it (decision 0060, "Sixteenth trial").
"""

from __future__ import annotations

import json
import tomllib
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial
from pypdf import PdfReader
from pypdf.generic import ArrayObject, NumberObject

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import TransformError, parse_date
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract, pdf_pagecache
from hub.adapters.readers.pdf_fontwidths import in_range
from hub.adapters.readers.pdf_runs import text_runs
from hub.adapters.readers.xlsx_cells import cell_text
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

THIS = Trial("billund", "530", "make_fixtures_onboarding_sixteenth")
assert pdf_pagecache.RUNS is not None  # imported for its installs: pypdf as the hub's readers run it


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_scribus_and_gnumerics_own() -> None:
    placement = extract((THIS.golden / "placement.pdf").read_bytes(), "placement.pdf", READ_OPTIONS)
    assert placement.meta["producer"] == "Scribus PDF Library 1.5.8"
    assert {v.key for v in placement.values} >= {
        "Tekstfelt4",
        "Komboboks22",
        "Afkrydsningsboks39",
        "Visitation",
    }
    with zipfile.ZipFile(THIS.golden / "mentor_hours.xlsx") as book:
        assert b"gnumeric" in book.read("xl/worksheets/sheet1.xml")


def _draft(name: str) -> str:
    data = (THIS.golden / name).read_bytes()
    return render(suggest(extract(data, name, READ_OPTIONS), name))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("placement.pdf", "placement.expected.json"),
        ("mentor_hours.xlsx", "mentor_hours.expected.json"),
        ("mentor_hours.csv", "mentor_hours.expected.json"),
    ],
)
def test_suggests_draft_maps_the_sample_to_the_record_written_by_hand(
    name: str, expected: str, tmp_path: Path
) -> None:
    """Before: the placement's draft had no label (the page's text was lost: Scribus's font, and the label
    budget), so every field but the CPR number and the visitation was a TODO and the visitation's
    buttons (`Radioknap32`..`36`) had no words; the CSV's `Dato` under "Godkendt af mentor" was "no
    date" (`2026/03/31`). Each draft, its TODO comments left in, maps its sample to the record."""
    form = _draft(name).split("\n\n", 1)[1]
    data = (THIS.golden / name).read_bytes()
    want = json.loads((THIS.golden / expected).read_text(encoding="utf-8"))
    assert canonical_records(THIS.config(tmp_path, form), data, name) == want


def test_suggest_recognises_the_placement_by_its_title_not_by_scribus_default_names() -> None:
    """Before: `fields = ["Komboboks22", "Afkrydsningsboks39"]`, Scribus's Danish default names (the kind
    and the item's number), which any other Scribus form of the job centre may have."""
    recognise = tomllib.loads(_draft("placement.pdf"))["forms"][0]["recognise"]
    assert recognise["title"] == "Billund Kommune - Aftale om virksomhedspraktik"
    assert recognise.get("fields", []) == ["Visitation"]  # the one name the designer gave


def test_a_scribus_page_keeps_its_printed_words() -> None:
    """Scribus writes `2000000173 [...]` in its fonts' /W (a code past Unicode's last): pypdf 7.1 raised
    ValueError reading the font, and the page had no text at all."""
    runs = text_runs(PdfReader(THIS.golden / "placement.pdf").pages[0])
    words = [run[2] for run in runs]
    assert words[:3] == [
        "Billund Kommune - Aftale om virksomhedspraktik",
        "Jobcenter Billund, Jorden Rundt 1, 7190 Billund",
        "CPR-nr.",
    ]
    assert "Mentor er ansat i jobcentret" in words


def test_widths_no_character_can_have_are_left_out_and_every_other_kept() -> None:
    def array(*numbers: int) -> ArrayObject:
        return ArrayObject(NumberObject(n) for n in numbers)

    n = NumberObject
    widths = [n(1), array(500), n(2000000173), array(300), n(5), n(9), n(600), n(-1), n(2), n(400)]
    widths += [n(0x10FFFF), array(7), n(0x10FFFF), array(7, 8)]
    assert in_range(widths) == [n(1), array(500), n(5), n(9), n(600), n(0x10FFFF), array(7)]


@pytest.mark.parametrize(
    ("value", "fmt", "shown"), [(2, "0.0", "2"), (3, "0.00", "3"), (12, "#,##0.00", "12")]
)
def test_a_whole_number_in_a_decimal_format_is_the_number(value: int, fmt: str, shown: str) -> None:
    """Gnumeric saves `2` hours shown `2,0` as `<v>2</v>` with the format `0.0`: the bare `.` was taken for
    a separator of a digits-only format (as in `000000-0000`), and the hours read `0.2`."""
    assert cell_text(value, fmt) == shown


def test_digits_only_formats_still_show_their_digits() -> None:
    assert cell_text(304851234, "000000-0000") == "030485-1234"
    assert cell_text(1234, "00\\.00") == "12.34"  # an escaped dot is printed


@pytest.mark.parametrize(
    ("text", "iso"), [("2026/03/31", "2026-03-31"), ("2026/3/1", "2026-03-01"), ("2026.03.31", "2026-03-31")]
)
def test_a_date_written_year_first_with_slashes_is_read(text: str, iso: str) -> None:
    """Gnumeric's CSV writes every date `2026/03/31` whatever the cell's format; it was "not a date"."""
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["2026/03.31", "2026/31/03", "31/2026/03"])
def test_a_year_first_date_of_mixed_separators_or_no_such_month_is_still_refused(text: str) -> None:
    with pytest.raises(TransformError):
        parse_date(text)
