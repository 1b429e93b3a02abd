"""The twenty-fifth onboarding trial: Viborg (791), forms made by programs no earlier trial used: mentor
hours as pandas writes a DataFrame indexed by citizen and week to a workbook (`to_excel`, each citizen's
index cells merged down over their weeks, weeks `2026-18`), and placements an export Python's ElementTree
wrote (its namespace unregistered, so `ns0:`) (`tools/make_fixtures_onboarding_twentyfifth.py`, which
needs pandas in an environment of its own; the files it wrote are kept, and these tests read them). The
expected records were written by hand from the forms, before the hub read them. Each test of a change
fails without it (decision 0060, "Stop 60: trial-72").
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from onboarding_trial import Trial
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import TransformError, parse_week
from hub.adapters.suggest.words import guess_path

THIS = Trial("viborg", "791", "make_fixtures_onboarding_twentyfifth")


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    """Before: every week of the workbook was refused "not a week: '2026-18'" (`parse_week`, below)."""
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_pandas_and_elementtrees() -> None:
    data = (THIS.golden / "mentortimer.xlsx").read_bytes()
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Mentortimer"]
    # pandas writes the index's levels first and merges a citizen's repeated values down their weeks
    assert "A2:A4" in {str(r) for r in sheet.merged_cells.ranges} and sheet["A3"].value is None
    assert sheet["E2"].value == "2026-18" and sheet["H2"].number_format == "YYYY-MM-DD HH:MM:SS"
    text = (THIS.golden / "praktikaftaler.xml").read_bytes()
    assert text.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<ns0:Praktikaftaler xmlns:ns0=")
    assert b"<ns0:Visitation />" in text
    # ElementTree runs in the hub's own python: its half of the generator is checked byte for byte
    assert fixture_script(THIS.script).placements_xml() == text


@pytest.mark.parametrize("name", ["mentortimer.xlsx", "praktikaftaler.xml"])
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """Before: the workbook's draft left "Godkendt den" "not recognised", and every record of it was
    refused for want of signed_on; with it given by hand, each week `2026-18` was refused. Now the
    draft takes "Godkendt den" for the day signed (`words.RULES`) and `week` reads `2026-18`. Its TODOs
    are cleared by dropping what they name (the citizen's name and the export's `@dannet`, which the
    records written by hand do not hold); no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, THIS.draft(name)), data, name) == THIS.expected(name)


def test_a_week_as_strftime_writes_it_is_a_week() -> None:
    """Before: "not a week: '2026-18'", the ISO week as `%G-%V` and SQL's `IYYY-IW` write it."""
    assert parse_week("2026-18") == "2026-W18" and parse_week("2026-53") == "2026-W53"
    for text in ("2025-53", "2026-08-03", "2026-5"):  # 2025 has no week 53; a day; one digit
        with pytest.raises(TransformError):
            parse_week(text)


def test_approved_on_as_a_sentence_is_the_day_signed() -> None:
    """Before: "Godkendt den" beside "Godkendt af" was not recognised (only "Godkendt dato" was)."""
    for text in ("Godkendt den", "Underskrevet den", "Kvitteret den"):
        assert guess_path(text) == ("signed_on", ("date",)), text
    # "den" inside a name's label is no day
    assert guess_path("Underskrift af den ansvarlige") == ("signed_by", ())
