"""The sixty-third onboarding trial: Slagelse (330), a form made by programs no earlier trial used: the notice
that a placement ended, which its job centre's C report program draws with libharu 2.3.0 (no form-field
call in that version: the fields built from its object layer; the CPR and P-number combed boxes of ten; the
outcome a radio group whose on-states are numbered /1 to /5; the last day a field of Acrobat's date format)
and a caseworker fills and saves in Firefox's own viewer, pdf.js (`annotationStorage`, its QuickJS sandbox
formatting the day picked in the calendar, `saveDocument()`: the values an incremental update)
(`tools/make_fixtures_onboarding_sixtythird.py`, which needs cc with libharu, faketime and node's pdfjs-dist;
the file it wrote is kept, and these tests read it). The expected record was written by hand from the page,
before the hub read it (decision 0060, "Stop 71: trial-121"). The config written by hand and suggest's draft
read it right at the base: no miss."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, trial_registry
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records

THIS = Trial("slagelse", "330", "make_fixtures_onboarding_sixtythird")
FORM = "ophoer.pdf"
SCRIPT = fixture_script(THIS.script)
MISSING = SCRIPT.missing()


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(MISSING is not None, reason=f"needs libharu, faketime and pdf.js: {MISSING}")
def test_the_kept_form_is_what_libharu_draws_and_pdfjs_saves() -> None:
    """libharu's empty form filled by pdf.js (its clock pinned), byte for byte; the empty form is the saved
    file's start."""
    THIS.check_made(1)
    assert (THIS.golden / FORM).read_bytes().startswith(SCRIPT.blank())


def test_the_kept_form_is_libharus_filled_and_saved_by_pdfjs() -> None:
    data = (THIS.golden / FORM).read_bytes()
    # pdf.js's save appends to libharu's file: a second xref and trailer, /Prev to the first
    assert data.count(b"%%EOF") == 2 and b"/Prev " in data.rsplit(b"%%EOF", 2)[1]
    with pikepdf.open(THIS.golden / FORM) as pdf:
        assert str(pdf.docinfo["/Producer"]) == "Haru Free PDF Library 2.3.0"
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        # letters outside ASCII: UTF-16BE with its mark; ASCII as it is
        assert bytes(fields["borger_navn"].V) == "\ufeffSøren Ågård Bøgh".encode("utf-16-be")
        assert bytes(fields["borger_cpr"].V) == b"0703864417" and fields["borger_cpr"].MaxLen == 10
        # the day picked in the calendar, as the field's AFDate_FormatEx script writes it
        assert str(fields["sidste_dag"].V) == "14-05-2027" and "/AA" in fields["sidste_dag"]
        # the radio group's value the clicked button's numbered state; the box /Ja; the combo its text
        assert fields["resultat"].V == "/2" and fields["kopi_til_borger"].V == "/Ja"
        assert str(fields["sagsbehandler"].V) == "Mette Sørensen"
        assert str(fields["bemaerkning"].V).count("\n") == 1
        # each widget the caseworker filled stamped /M with the moment saved, UTC without a zone
        assert fields["borger_cpr"].M == "D:20270518081200"


def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names) cleared as they say;
    no path or transform edited."""
    THIS.check_draft(FORM, tmp_path)


@pytest.mark.skipif(MISSING is not None, reason=f"needs libharu, faketime and pdf.js: {MISSING}")
def test_a_colleague_saving_again_with_scripting_off_gives_the_corrected_day() -> None:
    """The probe: the saved form opened again in a Firefox with pdf.js's scripting off, the day typed
    `13.5.2027` into the plain box the date field then is, saved: a second incremental update, whose
    values are read over the first's."""
    data = SCRIPT.variant()
    assert data.count(b"%%EOF") == 3
    record = canonical_records(trial_registry().get(THIS.slug), data, FORM)
    assert record["ended_on"] == "2027-05-13" and record["outcome"] == "education"
    assert record["citizen"]["name"] == "Søren Ågård Bøgh"
