"""The thirty-first onboarding trial: Hedensted (766), forms made by programs no earlier trial used:
placement agreements its Node case system makes with PDFKit's AcroForm API (two cases), and a mentor's
sheet the job centre's R report writes with openxlsx (`tools/make_fixtures_onboarding_thirtyfirst.py`,
which needs node with PDFKit and Rscript with openxlsx; the files it wrote are kept, and these tests read
them). The expected records were written by hand from the forms, before the hub read them (decision
0060, "Stop 62: trial-78"). The config written by hand read the sheet at the first try and the
agreements once the hub read PDFKit's radio group (`test_readers_pdf_named_buttons.py`); the drafts
read every form once suggest let a label under a heading of two roles say whose it is, and drafted one
list where the sheet's weekly summary made a second (the last tests).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records
from hub.adapters.suggest.sections import in_section

THIS = Trial("hedensted", "766", "make_fixtures_onboarding_thirtyfirst")
FORMS = ["praktikaftale.pdf", "praktikaftale_sygedagpenge.pdf", "mentortimer.xlsx"]
HEADING = "2. Virksomhed og arbejdssted"


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_pdfkits_and_openxlsxs() -> None:
    for name in FORMS[:2]:
        with pikepdf.open(THIS.golden / name) as pdf:
            assert str(pdf.docinfo["/Producer"]) == "PDFKit"
            assert pdf.Root.AcroForm.NeedAppearances  # no appearances of its own
            (group,) = [f for f in pdf.Root.AcroForm.Fields if f.T == "mentor"][0].Kids[1:]
            # the group holds its value as a string, its buttons are fields named by their choices
            assert isinstance(group.V, pikepdf.String) and "/FT" not in group
            assert [str(b.T) for b in group.Kids] == ["virksomhed", "jobcenter"]
            assert not any("/AP" in b for b in group.Kids)
    with zipfile.ZipFile(io.BytesIO((THIS.golden / "mentortimer.xlsx").read_bytes())) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
        styles = package.read("xl/styles.xml").decode()
        assert "<f>SUM(F9:F16)</f></c>" in sheet  # never calculated
        assert "[$-406]d. mmm yyyy" in styles
        assert "xl/worksheets/sheet2.xml" in package.namelist()  # the weekly summary


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its TODOs left as the comments they are (the citizen's and site's names on
    the sheet, which the record written by hand does not hold; the visits' weekday, start, end and pause;
    the weekly summary); no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, THIS.draft(name)), data, name) == THIS.expected(name)


def test_a_label_under_a_heading_of_two_roles_says_whose_it_is() -> None:
    """Before: "Virksomhedens navn" under "2. Virksomhed og arbejdssted" was drafted as the site's name
    (the heading's first role word), and the company's name was missing: the drafts were refused."""
    texts = ("virksomhed.navn", "Virksomhedens navn")
    assert in_section(texts, ("company.name", ()), HEADING)[0] == ("company.name", ())
    draft = THIS.draft(FORMS[0])
    assert 'path = "company.name"\n  source = "virksomhed.navn"' in draft


def test_texts_naming_both_roles_are_left_to_the_heading() -> None:
    """A field `virksomhed.adresse` labelled "Arbejdsstedets adresse": the site's, by the heading, as
    before, with a TODO to check."""
    texts = ("virksomhed.adresse", "Arbejdsstedets adresse")
    guess, moved, note = in_section(texts, ("company.name", ()), HEADING)
    assert guess == ("site.name", ()) and moved and note.startswith("TODO")


def test_a_second_table_of_weeks_and_hours_is_offered_not_read() -> None:
    """Before: the weekly summary on the second sheet was drafted as a second list of entries (and a
    second total), which no config loads ("'entries' clashes with 'entries'")."""
    draft = THIS.draft("mentortimer.xlsx")
    assert draft.count('\n  path = "entries"') == 1 and draft.count('\n  path = "total_hours"') == 1
    assert '  table = { date = "Dato", hours = "Timer" }\n  stop = { label = "Timer i alt" }' in draft
    assert '# TODO: also looks like entries, read above from the table at sheet "Timeregistrering"' in draft
