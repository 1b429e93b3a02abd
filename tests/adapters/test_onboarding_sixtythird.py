"""The sixty-third onboarding trial: Slagelse (330), forms made by programs no earlier trial used: the notice
that a placement ended, which its job centre's C report program draws with libharu 2.3.0 (no form-field
call in that version: the fields built from its object layer; the CPR and P-number combed boxes of ten; the
outcome a radio group whose on-states are numbered /1 to /5; the last day a field of Acrobat's date format)
and a caseworker fills and saves in Firefox's own viewer, pdf.js (`annotationStorage`, its QuickJS sandbox
formatting the day picked in the calendar, `saveDocument()`: the values an incremental update), and the
month's new mentor grants its mentor supplier's node script writes with csv-writer (each value
`String(value)`, the weekly hours JavaScript's product, "3.3000000000000003")
(`tools/make_fixtures_onboarding_sixtythird.py`, which needs cc with libharu, faketime and node's pdfjs-dist
and csv-writer; the files it wrote are kept, and these tests read them). The expected records were written
by hand from the page and the CSV's text, before the hub read them (decision 0060, "Stop 71: trial-121").
The config written by hand and suggest's draft read the notice right at the base; both refused two of the
three grants for their hours (`test_numbers_binary_floats.py`)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, trial_registry
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records

THIS = Trial("slagelse", "330", "make_fixtures_onboarding_sixtythird")
FORM = "ophoer.pdf"
FORMS = [FORM, "mentorstoette.csv"]
SCRIPT = fixture_script(THIS.script)
MISSING = SCRIPT.missing()


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(MISSING is not None, reason=f"needs libharu, faketime, pdf.js and csv-writer: {MISSING}")
def test_the_kept_forms_are_what_libharu_pdfjs_and_csv_writer_make() -> None:
    """libharu's empty form filled by pdf.js (its clock pinned), and the grants by csv-writer, byte for byte;
    the empty form is the saved file's start."""
    THIS.check_made(2)
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


def test_the_kept_grants_are_csv_writers() -> None:
    lines = (THIS.golden / FORMS[1]).read_text(encoding="utf-8").split("\n")
    # the header's titles, a comma, quotes only around a comma, String(value) of JavaScript's numbers
    assert lines[0].startswith("CPR-nr.,Borger,P-nr.,Praktiksted,Mentor,Mentor ansat i,Møder pr. uge,")
    assert ',"Slagelse Sygehus, Køkkenet",' in lines[1] and ",3,1.1,3.3000000000000003,412.5," in lines[1]
    assert ",385,2027-05-10," in lines[2] and ",0.7,2.0999999999999996,398.75," in lines[3]
    assert lines[4:] == [""]  # `\n` after every row, the last too


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names) cleared as they say;
    no path or transform edited."""
    THIS.check_draft(name, tmp_path)


@pytest.mark.skipif(MISSING is not None, reason=f"needs libharu, faketime, pdf.js and csv-writer: {MISSING}")
def test_a_colleague_saving_again_with_scripting_off_gives_the_corrected_day() -> None:
    """The probe: the saved form opened again in a Firefox with pdf.js's scripting off, the day typed
    `13.5.2027` into the plain box the date field then is, saved: a second incremental update, whose
    values are read over the first's."""
    data = SCRIPT.variant()
    assert data.count(b"%%EOF") == 3
    record = canonical_records(trial_registry().get(THIS.slug), data, FORM)
    assert record["ended_on"] == "2027-05-13" and record["outcome"] == "education"
    assert record["citizen"]["name"] == "Søren Ågård Bøgh"
