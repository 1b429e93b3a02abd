"""The forty-fifth onboarding trial: Frederikshavn (813), forms made by programs no earlier trial used: a
month of mentor visits its mentor firm's Ruby app exports with REXML, and the placements its case system
turns from its JSON export into CSV with jq's `@csv` (`tools/make_fixtures_onboarding_fortyfifth.py`,
which needs ruby with rexml, and jq; the files it wrote are kept, and these tests read them). The
expected records were written by hand from the files, before the hub read them (decision 0060, "Stop 66:
trial-101"). The config written by hand read every value at the base; so did the placements' draft,
its optional TODOs cleared as they say; the visits' draft once suggest took the approval element's
`tid` attribute beside its signer `af` as the day signed (`test_suggest_signed_attribute.py`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records

THIS = Trial("frederikshavn", "813", "make_fixtures_onboarding_fortyfifth")
FORMS = ["mentortimer.xml", "praktikaftaler.csv"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(shutil.which("ruby") is None or shutil.which("jq") is None, reason="needs ruby and jq")
def test_the_kept_forms_are_what_rexml_and_jq_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_rexmls_and_jqs() -> None:
    export = (THIS.golden / FORMS[0]).read_text(encoding="utf-8")
    # REXML: attributes in apostrophes, `'` in text as &apos;, a long text wrapped onto lines of its own
    assert export.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<mentortimer xmlns='urn:frederikshavn:")
    assert "<uge år='2026' nr='41' timer='3.5'>\n      <besøg dato='2026-10-06' timer='1.5'>" in export
    assert "Arbejdstider &amp; &apos;pauser&apos;</besøg>" in export
    assert "<besøg dato='2026-10-20' timer='3.0'>\n        Samtale efter" in export
    assert "<godkendt af='Lone Kjærgaard' tid='2026-11-02T09:14:03+01:00'/>" in export
    placements = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    # jq's @csv: strings quoted, numbers and booleans bare, null as nothing, a line break kept in quotes
    assert placements.startswith('"sag","cpr","fornavn","efternavn","cvr",')
    assert '260431,"030797-3318","Amalie","Nørgaard Friis",25947169,' in placements
    assert ',30,"Uddannelseshjælp",' in placements and ',"Sygedagpenge",,"Hanne Lund",false,' in placements
    assert 'om ugen.\nFokus på mødestabilitet og ""fast rytme""."\n' in placements


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizens' and the sites' names) cleared as they say,
    the others left as the comments they are (the export's own attributes, the course's id, the weeks'
    numbers, the visits' topics, the case number); no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == expected
