"""The sixty-sixth onboarding trial: Vejle (630), forms made by programs no earlier trial used: a placement
agreement its job centre's older Perl case system fills with CAM::PDF (`fillFormFields`, `cleanoutput`)
into an empty form its forms office drew in LibreOffice Writer (every value a PDF string, `(2)`, `(Ja)`,
no box's /AS set, the text fields' appearances drawn again, Danish letters one byte each), and a month of
mentor hours its mentor supplier's node service writes with js2xmlparser's `parse` (each day a
JavaScript Date's `toString()`, a `null` the word `null`) (`tools/make_fixtures_onboarding_sixtysixth.py`,
which needs perl's CAM::PDF, node and js2xmlparser; the files it wrote are kept, and these tests read
them). The expected records were written by hand from the fields' values and the page as `pdftoppm`
draws it, and from the XML's text, before the hub read them (decision 0060, "Stop 72: trial-124")."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, cleared, trial_registry
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import validate_record
from hub.errors import Rejection

THIS = Trial("vejle", "630", "make_fixtures_onboarding_sixtysixth")
FORMS = ["praktikaftale.pdf", "mentortimer.xml"]
SCRIPT = fixture_script(THIS.script)
MISSING = SCRIPT.missing()
_ID = re.compile(rb"/ID \[ <[0-9a-f]{32}>\n<[0-9a-f]{32}> \]")


def _shown_as_saved(data: bytes) -> bytes:
    """The agreement with its boxes showing what their values say (/AS set as CAM::PDF leaves it not)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        fields["visitation"].Kids[1].AS = pikepdf.Name("/2")
        fields["mentor_ansat"].AS = pikepdf.Name("/Ja")
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_the_timesheet_maps_to_the_records_written_by_hand() -> None:
    THIS.check_maps(THIS.golden / FORMS[1], THIS.golden / "mentortimer.expected.json")


def test_the_agreement_is_refused_at_the_two_boxes_its_page_shows_empty() -> None:
    with pytest.raises(Rejection) as refused:
        canonical_records(trial_registry().get(THIS.slug), (THIS.golden / FORMS[0]).read_bytes(), FORMS[0])
    said = str(refused.value)
    assert "the page shows nothing chosen, but the field's saved value is 'Aktivitetsparat'" in said
    assert 'field "mentor_ansat" ("Mentor er ansat i jobcentret") on page 1 / mentor\'s employer' in said
    assert "the box is not ticked on the page, but its saved value says ticked" in said
    assert said.count(" / praktikaftale / field ") == 2  # nothing else


def test_the_agreement_with_its_boxes_shown_as_saved_is_the_record_written_by_hand() -> None:
    data = _shown_as_saved((THIS.golden / FORMS[0]).read_bytes())
    assert canonical_records(trial_registry().get(THIS.slug), data, FORMS[0]) == THIS.expected(FORMS[0])


@pytest.mark.skipif(MISSING is not None, reason=f"needs perl's CAM::PDF, node and js2xmlparser: {MISSING}")
def test_the_kept_forms_are_what_cam_pdf_and_js2xmlparser_make() -> None:
    """Byte for byte, but for the second half of the agreement's /ID: CAM::PDF draws it from /dev/urandom."""
    made = SCRIPT.render_all()
    assert sorted(p.name for p in made) == sorted(FORMS)
    for path, data in made.items():
        assert _ID.sub(b"ID", path.read_bytes()) == _ID.sub(b"ID", data), f"run python -m tools.{THIS.script}"


def test_the_kept_agreement_is_cam_pdfs() -> None:
    data = (THIS.golden / FORMS[0]).read_bytes()
    assert data.count(b"%%EOF") == 1  # `cleanoutput`: the file written anew, no incremental update
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        assert pdf.Root.AcroForm.NeedAppearances is True  # LibreOffice's, kept
        # every value a string, Danish letters one byte each (PDFDocEncoding), the boxes' /AS left Off
        assert bytes(fields["navn"].V) == "Søren Højgaard Ærenlund".encode("latin-1")
        assert isinstance(fields["visitation"].V, pikepdf.String) and str(fields["visitation"].V) == "2"
        assert [str(k.AS) for k in fields["visitation"].Kids] == ["/Off"] * 3
        assert str(fields["mentor_ansat"].V) == "Ja" and fields["mentor_ansat"].AS == pikepdf.Name.Off
        assert bytes(fields["ydelse"].V) == "Kontanthjælp".encode("latin-1")
        assert str(fields["startdato"].V) == "03.05.2027" and str(fields["timer"].V) == "18.5"
        # the text field's appearance drawn again by CAM::PDF (its stream's text, the /Filter LibreOffice
        # gave the old one left on it)
        drawn = fields["navn"].AP.N
        assert drawn.Filter == pikepdf.Name.FlateDecode
        assert drawn.read_raw_bytes().startswith(b"1 g 0 0 ")
        assert b"/Tx BMC q 1 1 " in drawn.read_raw_bytes()


def test_the_kept_timesheet_is_js2xmlparsers() -> None:
    text = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    # the declaration single-quoted, attributes too, four spaces a level, no line break after the root
    assert text.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<mentortimer leverandoer=")
    assert text.endswith("</forloeb>\n</mentortimer>") and text.count("<besoeg>") == 6
    # a Date as `toString()`, a JavaScript number, `#` text beside an `@` attribute, `&` and `<` escaped
    assert "<dato>Mon May 03 2027 00:00:00 GMT+0200 (Central European Summer Time)</dato>" in text
    assert "<timer>0.75</timer>" in text and "<timer>2</timer>" in text
    assert "<arbejdssted pnr='1027744190'>Brdr. Lund &lt;Vejle> A/S, Lageret</arbejdssted>" in text
    # a null and an undefined the words
    assert "<ansat>null</ansat>" in text and "<bemaerkning>undefined</bemaerkning>" in text


def test_suggests_draft_of_the_agreement_is_refused_as_the_config_is(tmp_path: Path) -> None:
    data = _shown_as_saved((THIS.golden / FORMS[0]).read_bytes())
    draft = THIS.config(tmp_path, cleared(THIS.draft(FORMS[0])))
    assert canonical_records(draft, data, FORMS[0]) == THIS.expected(FORMS[0])


def test_suggests_draft_of_the_timesheet_reads_the_first_course(tmp_path: Path) -> None:
    """The draft maps `null` to a TODO (js2xmlparser's word for no value; see decision 0060): the first
    course, which has an employer, is read right."""
    name = FORMS[1]
    draft = THIS.config(tmp_path, cleared(THIS.draft(name)))
    items = THIS.items(draft, (THIS.golden / name).read_bytes(), name)
    assert validate_record(items[0].mapped, name) == THIS.expected(name)[0]


@pytest.mark.skipif(MISSING is not None, reason=f"needs perl's CAM::PDF, node and js2xmlparser: {MISSING}")
def test_a_second_programmers_undecoded_utf8_is_refused() -> None:
    """The probe: the database's UTF-8 bytes handed to CAM::PDF undecoded: each letter two PDFDocEncoding
    characters; the list's value is none of its lines, and the agreement is refused."""
    data = _shown_as_saved(SCRIPT.variant())
    with pikepdf.open(io.BytesIO(data)) as pdf:
        navn = next(f for f in pdf.Root.AcroForm.Fields if str(f.T) == "navn")
        assert bytes(navn.V) == "Søren Højgaard Ærenlund".encode()
    with pytest.raises(Rejection) as refused:
        canonical_records(trial_registry().get(THIS.slug), data, FORMS[0])
    assert 'field "ydelse" ("Ydelse") on page 1 / benefit: the list shows none of its lines chosen' in str(
        refused.value
    )
