"""The thirty-eighth onboarding trial: Syddjurs (706), forms made by programs no earlier trial used:
mentor hours its Go case system exports with `encoding/xml`, placement agreements its nightly report
writes with `encoding/csv`, and a third citizen's placement agreement a PDF form the job centre's C++ tool
fills with PoDoFo (`tools/make_fixtures_onboarding_thirtyeighth.py`, which needs go, and g++ with PoDoFo;
the files it wrote are kept, and these tests read them). The expected records were written by hand from
the files, before the hub read them (decision 0060, "Stop 64: trial-85"). The config written by hand read
every value once the hub read Go's `1h30m0s` and `2026-10-19 00:00:00 +0200 CEST` (`test_go_values.py`);
so did the drafts, their optional TODOs cleared as they say, once suggest took a written length of time
for the hours (`test_suggest_go_durations.py`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records

THIS = Trial("syddjurs", "706", "make_fixtures_onboarding_thirtyeighth")
FORMS = ["mentortimer.xml", "praktikaftaler.csv", "praktikaftale.pdf"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(shutil.which("go") is None or shutil.which("g++") is None, reason="needs go and g++")
def test_the_kept_forms_are_what_go_and_podofo_write() -> None:
    try:
        THIS.check_made(3)
    except SystemExit as missing:  # no PoDoFo, or no time zone data
        pytest.skip(str(missing))


def test_the_kept_forms_are_encoding_xmls_encoding_csvs_and_podofos() -> None:
    hours = (THIS.golden / FORMS[0]).read_text(encoding="utf-8")
    # an xmlns on every element; time.Time and time.Duration as Go writes them; no approval, no element
    assert '    <CPR xmlns="urn:syddjurs:jobcenter:mentortimer:1">030999-2716</CPR>\n' in hours
    assert (
        ' start="2026-10-27T08:30:00+01:00" varighed="2h0m0s">Opfølgning &lt;værksted&gt;</Besoeg>\n' in hours
    )
    assert hours.count("<Godkendt ") == 1
    agreements = (THIS.golden / FORMS[1]).read_bytes().decode("utf-8")
    # ';' and CRLF, a line break inside a quoted field CRLF too, each value fmt.Sprint of its Go value
    assert ";2026-10-19 00:00:00 +0200 CEST;2027-01-17 00:00:00 +0100 CET;18.5;" in agreements
    assert ";true;" in agreements and ";20;Sygedagpenge;;" in agreements
    assert '"Afklaring af arbejdsevne; værkstedsarbejde.\r\nFokus på stabilt fremmøde."\r\n' in agreements
    assert agreements.endswith('"Oplæring i ""grønne"" opgaver i væksthuset"\r\n')
    pdf = (THIS.golden / FORMS[2]).read_bytes()
    # every value a UTF-16BE string, the ticked boxes /Yes, no appearance streams
    assert b"/Producer(PoDoFo - http://podofo.sf.net)" in pdf
    assert b"/T(cpr)" in pdf and b"/V(\xfe\xff\x002\x005" in pdf
    assert pdf.count(b"/V/Yes") == 3 and b"/AP" not in pdf


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs cleared as they say, the others left as the comments they
    are (the title, the export's time and system, the visits' notes, the case number); no path or
    transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == THIS.expected(name)
