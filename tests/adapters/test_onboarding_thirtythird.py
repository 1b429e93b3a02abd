"""The thirty-third onboarding trial: Herning (657), forms made by programs no earlier trial used: mentor
hours its Perl case system exports as XML with XML::Writer (two courses of visits in one file), and
placement agreements the job centre's Ruby script writes with the standard csv library
(`tools/make_fixtures_onboarding_thirtythird.py`, which needs perl with XML::Writer and ruby; the files it
wrote are kept, and these tests read them). The expected records were written by hand from the files'
text, before the hub read them (decision 0060, "Stop 62: trial-80"). The config written by hand read the
CSV at once and the XML once the hub read C's asctime, Perl's `scalar localtime`, as a date
(`test_date_asctime.py`); the drafts read every value once suggest no longer took the next course's
first visit for the day the first was signed (`test_suggest_signature_date_copies.py`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records

THIS = Trial("herning", "657", "make_fixtures_onboarding_thirtythird")
FORMS = ["mentortimer.xml", "praktikaftaler.csv"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("perl") is None or shutil.which("ruby") is None, reason="needs perl and ruby"
)
def test_the_kept_forms_are_what_perl_and_ruby_write() -> None:
    try:
        THIS.check_made(2)
    except SystemExit as missing:  # perl without XML::Writer
        pytest.skip(str(missing))


def test_the_kept_forms_are_perls_xml_writer_and_rubys_csv() -> None:
    xml = (THIS.golden / FORMS[0]).read_text(encoding="ascii")
    # US-ASCII with character references, a default namespace, asctime, an empty element's " />"
    assert xml.startswith('<?xml version="1.0" encoding="US-ASCII"?>\n\n<timeregistrering ')
    assert "<mentor>Jens Kirkeg&#xE5;rd</mentor>" in xml and '<besoeg dato="07.09.2026" timer="2" />' in xml
    assert ">Mon Sep 14 09:30:12 2026</godkendt>" in xml and "<godkendt />" in xml
    lines = (THIS.golden / FORMS[1]).read_text(encoding="utf-8").split("\n")
    assert lines[0].startswith("\ufeffcpr;navn;cvr;") and ";22.5;Kontanthjælp;" in lines[1]
    assert (
        lines[1].endswith(';"Praktik på lager; fokus på ""faste rutiner"".') and lines[2] == 'Mødetid kl. 8."'
    )
    assert ";30.0;Sygedagpenge;;Karen Dalgaard;false;" in lines[3] and lines[3].endswith(";96 28 31 40;")


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its TODOs left as the comments they are (the export's time and system, each
    course's number, the citizen's and site's names; none in the CSV); no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, THIS.draft(name)), data, name) == THIS.expected(name)
