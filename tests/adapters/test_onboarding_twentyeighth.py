"""The twenty-eighth onboarding trial: Rebild (840), forms made by programs no earlier trial used:
placement agreements an old print pipeline writes as PostScript with pdfmark widgets, turned into PDF
forms by Ghostscript's pdfwrite, and mentor hours a Java system writes with the JDK's DOM and Transformer
(`tools/make_fixtures_onboarding_twentyeighth.py`, which needs gs and java; the files it wrote are kept,
and these tests read them). The expected records were written by hand from the forms, before the hub
read them (decision 0060, "Stop 61: trial-75")."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, tj_page
from pypdf import PdfReader

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.pdf_runs import text_runs

THIS = Trial("rebild", "840", "make_fixtures_onboarding_twentyeighth")
AGREEMENTS = ["praktikaftale.pdf", "praktikaftale_sygedagpenge.pdf"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    """Before: the XML was refused at every talk's length and total, "hours written with words that are
    not read: 'PT1H30M'" (`xml_durations`)."""
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_ghostscripts_and_javas() -> None:
    with pikepdf.open(THIS.golden / "praktikaftale.pdf") as pdf:
        assert str(pdf.docinfo["/Producer"]) == "GPL Ghostscript 10.00.0"
        names = [str(f.T) for f in pdf.Root.AcroForm.Fields]
        assert names[0] == "FORMAAL" and names[-1] == "CPRNR"  # the catalogue lists them last to first
        assert bool(pdf.Root.AcroForm.NeedAppearances) and "/AP" not in pdf.Root.AcroForm.Fields[-1]
        page = pdf.pages[0].Contents.read_bytes()
        assert b"[(Visitation)-12143(Jobparat)]TJ" in page  # pdfwrite's one TJ a line
    xml = (THIS.golden / "mentortimer.xml").read_bytes()
    assert xml.startswith(b'<?xml version="1.0" encoding="ISO-8859-1" standalone="no"?>\n<Mentorindberetning')
    assert b"<Varighed>PT1H30M</Varighed>" in xml
    assert b"<![CDATA[St\xf8vring T\xf8mrer & Snedker ApS]]>" in xml


def test_a_tj_of_texts_far_apart_is_parted() -> None:
    """Before: "Visitation" (the row's caption) and "Jobparat" (the first box's words, 121 points right)
    were one run, the first box's label "Visitation Jobparat" and its words none; the mentor's employer's
    first box the same ("Mentor ansat i Virksomheden")."""
    runs = text_runs(PdfReader(THIS.golden / "praktikaftale.pdf").pages[0])
    texts = {text: x for x, _, text, _, _ in runs}
    assert "Visitation Jobparat" not in texts and texts["Visitation"] == 56 and texts["Jobparat"] > 212
    assert "Mentor ansat i" in texts and "Virksomheden" in texts
    read = extract((THIS.golden / "praktikaftale.pdf").read_bytes(), "praktikaftale.pdf", READ_OPTIONS)
    meta = {v.key: v.meta for v in read.values}
    assert (meta["VIS_JOB"]["beside"], meta["VIS_JOB"]["caption"]) == ("Jobparat", "Visitation")
    virk = meta["MENTOR_VIRK"]
    assert (virk["beside"], virk["caption"]) == ("Virksomheden", "Mentor ansat i")


def _runs(data: bytes) -> list[tuple[float, str]]:
    return [(r[0], r[2]) for r in text_runs(PdfReader(io.BytesIO(data)).pages[0])]


def test_texts_of_a_tj_stay_one_unless_a_box_stands_in_a_wide_gap() -> None:
    """A kerning or a space is one text, as before; so is a wide gap with no box in it (pdfTeX stretches
    a justified line so: Haderslev's "Borgerens -4238 navn:"). A box in a wide gap parts the texts, the
    second at its place ("Ja" estimated 10 points wide, then 50 points of gap)."""
    assert _runs(tj_page("[(Timer)-250(pr.)-30(uge)]")) == [(56, "Timer pr.uge")]
    assert _runs(tj_page("[(Ja)-5000(Nej)]")) == [(56, "Ja Nej")]
    assert _runs(tj_page("[(Ja)-5000(Nej)]", box=(80, 698, 92, 710))) == [(56, "Ja"), (116, "Nej")]
    assert _runs(tj_page("[(Ja)-5000(Nej)]", box=(56, 660, 300, 699))) == [(56, "Ja Nej")]  # a box under


@pytest.mark.parametrize("name", AGREEMENTS)
def test_suggests_draft_maps_the_agreement_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """As printed, no TODO edited (each left a comment). Before, the first agreement's visitation was
    read as none (below). The draft of one does not read the other: the benefit is a text field, and its
    map holds the one value seen (decision 0060, "Stop 61: trial-75")."""
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, THIS.draft(name)), data, name) == THIS.expected(name)


def test_boxes_listed_last_to_first_are_one_group() -> None:
    """Before: the catalogue lists VIS_UDD, VIS_AKT, VIS_JOB (right to left), no box was right of the one
    before, so each was a box alone: the visitation drafted from VIS_UDD only, the other two TODOs, and
    the first agreement's "aktivitetsparat" read as no visitation."""
    draft = THIS.draft("praktikaftale.pdf")
    assert 'sources = ["VIS_JOB", "VIS_AKT", "VIS_UDD"]  # label "Visitation"' in draft
    assert 'sources = ["MENTOR_VIRK", "MENTOR_JC"]  # label "Mentor ansat i"' in draft
    assert "TODO: one box" not in draft


def test_suggests_draft_maps_the_xml_to_the_records_written_by_hand(tmp_path: Path) -> None:
    """As printed, its TODOs left comments (the citizen's and the site's names, which the records written
    by hand do not hold; the sender, the course's id, the notes; `Samlet`, the total the draft adds up
    instead). Before, no list was drafted: the talks' `Varighed` has no hours word (`hours_column`); with
    it, the course not approved yet (`<Godkendelse/>`) was refused for want of a signer (`unsigned_items`)."""
    data = (THIS.golden / "mentortimer.xml").read_bytes()
    config = THIS.config(tmp_path, THIS.draft("mentortimer.xml"))
    assert canonical_records(config, data, "mentortimer.xml") == THIS.expected("mentortimer.xml")


def test_a_value_written_as_a_duration_is_a_rows_hours() -> None:
    draft = THIS.draft("mentortimer.xml")
    assert (
        '    key = "hours"\n    source = "d:Varighed"  # seen: PT1H30M\n    transforms = ["hours"]' in draft
    )


def test_the_signature_some_records_leave_empty_is_nullable() -> None:
    draft = THIS.draft("mentortimer.xml")
    assert 'source = "d:Godkendelse/d:GodkendtAf"  # seen: Jørgen Ravn\n  nullable = true' in draft
    day = 'source = "d:Godkendelse/d:Dato"  # seen: 2026-09-25; a date labelled Dato after the signature'
    assert f"{day}\n  nullable = true" in draft
