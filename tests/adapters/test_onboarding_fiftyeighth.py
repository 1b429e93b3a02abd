"""The fifty-eighth onboarding trial: Allerød (201), forms made by programs no earlier trial used: a
placement agreement its job centre's Java case system draws with iText 2.1.7 (fields named by the case
system's properties, `cprNummer`, `timerPrUge`; the benefit a radio group of the Java enum's names; the
visitation a combo box; two check boxes on as /Yes) and a caseworker fills and saves in a desktop viewer
built on poppler (poppler's GLib API: the values an incremental update, each widget's /M the moment
saved), and the month's mentor visits its mentor supplier's Ruby script writes with builder (a visit an
empty element of attributes, its hours a BigDecimal's `to_s`, "0.15e1"; days `Date#to_s`, the approval
`Time#to_s`) (`tools/make_fixtures_onboarding_fiftyeighth.py`, which needs poppler for the system python3,
faketime and ruby's builder, and java's iText 2.1.7 to draw the empty form again; the files it wrote are
kept, and these tests read them). The expected records were written by hand from the files, before the
hub read them (decision 0060, "Stop 70: trial-116"). The config written by hand read the agreement at the
base and refused every course of visits for its hours (`test_numbers_ruby_bigdecimal.py`); suggest's
draft of the visits took each visit's time of day for its hours
(`test_suggest_clock_beside_named_hours.py`)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial
from simulator_support import fixture_script

THIS = Trial("alleroed", "201", "make_fixtures_onboarding_fiftyeighth")
FORMS = ["praktikaftale.pdf", "mentorbesoeg.xml"]
SCRIPT = fixture_script(THIS.script)


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


MISSING = SCRIPT.missing()
MISSING_BLANK = SCRIPT.missing(blank=True)


@pytest.mark.skipif(MISSING is not None, reason=f"needs poppler's GLib API, faketime and builder: {MISSING}")
def test_the_kept_forms_are_what_poppler_and_builder_write() -> None:
    """The kept empty form filled by poppler (its clock pinned), and the visits by builder, byte for byte."""
    THIS.check_made(2)


@pytest.mark.skipif(MISSING_BLANK is not None, reason=f"needs java's iText 2.1.7: {MISSING_BLANK}")
def test_the_kept_empty_form_is_itexts_but_for_its_random_id() -> None:
    made, kept = SCRIPT.blank_form(), SCRIPT.BLANK.read_bytes()
    assert SCRIPT.without_id(made) == SCRIPT.without_id(kept) and SCRIPT.without_id(kept) != kept


def test_the_kept_forms_are_itexts_filled_by_poppler_and_builders() -> None:
    data = (THIS.golden / FORMS[0]).read_bytes()
    # poppler's save appends the values to iText's file: a second trailer pointing back at the first
    assert data.startswith(SCRIPT.BLANK.read_bytes()) and data.count(b"%%EOF") == 2
    with pikepdf.open(THIS.golden / FORMS[0]) as pdf:
        assert "iText 2.1.7" in str(pdf.docinfo["/Producer"])
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        # what the caseworker typed, as poppler's GLib API stores text: UTF-16BE with its mark
        assert bytes(fields["startDato"].V) == "\ufeff1/3-2027".encode("utf-16-be")
        assert str(fields["timerPrUge"].V) == "18,5" and str(fields["pNummer"].V) == "1023 4567 89"
        # the radio button clicked is the group's value, the Java enum's name; the boxes on as /Yes
        assert fields["ydelse"].V == "/UDDANNELSESHJAELP" and fields["mentorAnsatIVirksomheden"].V == "/Yes"
        assert str(fields["visitation"].V) == "Åbenlyst uddannelsesparat"
    text = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    # builder's declaration, two spaces a level, BigDecimal#to_s, Date#to_s, Time#to_s, true/false
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<mentor-rapport kommune="201"')
    assert '    <besoeg-liste>\n      <besoeg dato="2027-03-02" kl="09:00" timer="0.15e1"' in text
    assert 'telefonisk="false"/>' in text and 'tidspunkt="2027-03-31 15:20:00 +0200"/>' in text


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names in the XML) cleared
    as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)
