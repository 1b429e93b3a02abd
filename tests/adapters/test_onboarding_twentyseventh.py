"""The twenty-seventh onboarding trial: Jammerbugt (849), forms made by programs no earlier trial used:
placement agreements a Java case system makes and fills with OpenPDF 2.0.5 (two filled as the form is
made, one the blank form filled by `PdfStamper`), and a mentor's month the mentor portal writes with
pyexcelerate (`tools/make_fixtures_onboarding_twentyseventh.py`, which needs java with OpenPDF and
pyexcelerate in an environment of its own; the files it wrote are kept, and these tests read them). The
expected records were written by hand from the forms, before the hub read them (decision 0060, "Stop 61:
trial-74"). Every value was read right at the first try, by the draft as by the config written by hand;
the one change is to a draft's comment (the last test).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records

THIS = Trial("jammerbugt", "849", "make_fixtures_onboarding_twentyseventh")
FORMS = ["praktikaftale.pdf", "praktikaftale_jobcenter.pdf", "praktikaftale_stempel.pdf", "mentortimer.xlsx"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_openpdfs_and_pyexcelerates() -> None:
    for name in FORMS[:3]:
        with pikepdf.open(THIS.golden / name) as pdf:
            assert str(pdf.docinfo["/Producer"]) == "OpenPDF 2.0.5"
            fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
            # the benefit a combo box of [code, words] lines, its value the code; the employer a group
            assert [str(x) for x in fields["ydelse"].Opt[0]] == ["KH", "Kontanthjælp"]
            assert len(fields["mentorAnsat"].Kids) == 2 and "/Ja" in fields["kopiSendt"].AP.N
    with pikepdf.open(THIS.golden / "praktikaftale_stempel.pdf") as pdf:
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        assert str(fields["ydelse"].V) == "UH" and str(fields["startDato"].V) == "1. jun. 2026"
    with zipfile.ZipFile(io.BytesIO((THIS.golden / "mentortimer.xlsx").read_bytes())) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
        # pyexcelerate: inline strings, no shared strings, no <dimension>, a total never calculated
        assert "xl/sharedStrings.xml" not in package.namelist() and "<dimension" not in sheet
        assert 't="inlineStr"><is><t xml:space="preserve">CPR-nr.</t>' in sheet
        assert '<c r="C17" s="2"><f>SUM(C10:C16)</f></c>' in sheet


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """Read right at the first try: the draft's TODOs are the citizen's name (which a mentor_hours
    record may hold, the record written by hand does not), the workbook's "Ugedag" and "Aktivitet", and
    the box "Kopi af aftalen er sendt til borgeren", all left out; no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, THIS.draft(name)), data, name) == THIS.expected(name)


@pytest.mark.parametrize("name", FORMS[:3])
def test_the_draft_of_one_agreement_reads_the_others(name: str, tmp_path: Path) -> None:
    """A municipality drafts once: the draft of one agreement reads the other two, the one filled by
    PdfStamper too (its appearances drawn anew, its CPR typed without the dash)."""
    config = THIS.config(tmp_path, THIS.draft(name))
    for other in FORMS[:3]:
        assert canonical_records(config, (THIS.golden / other).read_bytes(), other) == THIS.expected(other)


def test_a_lone_box_is_drafted_with_its_own_words() -> None:
    """Before: the TODO of the box "[x] Kopi af aftalen er sendt til borgeren" named the line above it
    as its label ("Aftalen er indgået mellem borgeren, ..."), another text's. Now a lone box's label in
    the draft is the reader's (its own words), and a tooltip repeating the label is said once."""
    todo = next(line for line in THIS.draft("praktikaftale.pdf").splitlines() if "one box" in line)
    assert 'label "Kopi af aftalen er sendt til borgeren"' in todo and "Aftalen er indgået" not in todo
    # Stevns' lone box, whose label and tooltip print the same words (tests/onboarding/golden/stevns)
    stevns = Trial("stevns", "336", "make_fixtures_onboarding_third").draft("placement.pdf")
    line = next(line for line in stevns.splitlines() if 'source = "Mentor.Jobcenter"' in line)
    assert '# label "Mentor ansat i jobcentret"; seen' in line and "tooltip" not in line
