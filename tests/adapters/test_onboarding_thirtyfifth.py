"""The thirty-fifth onboarding trial: Faaborg-Midtfyn (430), forms made by programs no earlier trial
used: placement ends its Perl case system exports as XML built with XML::LibXML (three in one file), and
mentor hours the job centre's nightly `sort | awk` report writes (`tools/make_fixtures_onboarding_
thirtyfifth.py`, which needs perl with XML::LibXML and mawk; the files it wrote are kept, and these tests
read them). The expected records were written by hand from the files' text, before the hub read them
(decision 0060, "Stop 63: trial-82"). The config written by hand read every value at once; the drafts
read every value once suggest no longer took the export's own time, an attribute of the root named for
placement ends, for the day each ended (`test_suggest_parent_day.py`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records

THIS = Trial("faaborg-midtfyn", "430", "make_fixtures_onboarding_thirtyfifth")
FORMS = ["praktikophoer.xml", "mentortimer.csv"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("perl") is None or shutil.which("mawk") is None, reason="needs perl and mawk"
)
def test_the_kept_forms_are_what_perl_and_awk_write() -> None:
    try:
        THIS.check_made(2)
    except SystemExit as missing:  # perl without XML::LibXML
        pytest.skip(str(missing))


def test_the_kept_forms_are_xml_libxmls_and_awks() -> None:
    xml = (THIS.golden / FORMS[0]).read_bytes()
    # ISO-8859-1, prefixes, a namespaced attribute, escapes in the text, an empty element
    assert xml.startswith(b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<fm:praktikophoer xmlns:fm=')
    assert '<fm:borger cpr="240688-2915" navn="Lærke Bøgh Andersen"/>'.encode("latin-1") in xml
    assert b'<fm:aarsag kode:vaerdi="SYG">Langvarig sygdom</fm:aarsag>' in xml and b"<fm:bemaerkning/>" in xml
    assert b"(&lt; 37)" in xml and b"&amp; b" in xml
    lines = (THIS.golden / FORMS[1]).read_text(encoding="utf-8").split("\n")
    assert lines[0] == "CPR\tP-nummer\tMentor\tDato\tTimer\tGodkendt af\tGodkendt den"
    assert lines[1] == "051199-3120\t1018273645\tHanne Ølgaard\t14.09.2026\t3,00\t\t"
    assert lines[-2:] == ["I alt\t\t\t\t12,25\t\t", ""]


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its TODOs left as the comments they are (the export's time and count, each
    case's number, the citizen's and site's names, the outcome's words; none in the CSV); no path or
    transform edited."""
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, THIS.draft(name)), data, name) == THIS.expected(name)
