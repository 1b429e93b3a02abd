"""The forty-first onboarding trial: Skanderborg (746), forms made by programs no earlier trial used: a
placement agreement its job centre's letter system makes from a XeLaTeX template's hyperref fields
(xdvipdfmx writes the PDF), and a month's mentor visits its mentor firm's report turns from JSON into CSV
with Miller (`tools/make_fixtures_onboarding_fortyfirst.py`, which needs xelatex and mlr; the files it
wrote are kept, and these tests read them). The expected records were written by hand from the files,
before the hub read them (decision 0060, "Stop 65: trial-93"). The config written by hand, and the
drafts, read every value once a radio button the catalogue's list misses joined its group
(`test_pdf_unlisted_radio.py`): before, the visitation read as none chosen, without a word."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records

THIS = Trial("skanderborg", "746", "make_fixtures_onboarding_fortyfirst")
FORMS = ["praktikaftale.pdf", "mentortimer.csv"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("xelatex") is None or shutil.which("mlr") is None, reason="needs xelatex and mlr"
)
def test_the_kept_forms_are_what_xelatex_and_miller_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_xdvipdfmxs_and_millers() -> None:
    pdf = pikepdf.open(THIS.golden / FORMS[0])  # closed with the test's objects
    assert str(pdf.docinfo["/Producer"]).startswith("xdvipdfmx")
    # the catalogue lists 17 fields of the page's 19 widgets: the visitation's first button of three
    assert (len(pdf.Root.AcroForm.Fields), len(pdf.pages[0].Annots)) == (17, 19)
    (radio,) = [f for f in pdf.Root.AcroForm.Fields if str(f.T) == "visitation"]
    # its value hyperref's escaped UTF-16 of the word, as a name's text; the field's name UTF-16 itself
    assert (
        radio.V.unparse()
        == rb"/\376\377\000A\000k\000t\000i\000v\000i\000t\000e\000t\000s\000p\000a\000r\000a\000t"
    )
    assert bytes(radio.T) == b"\xfe\xff" + "visitation".encode("utf-16-be")
    lines = (THIS.golden / FORMS[1]).read_text(encoding="utf-8").splitlines()
    assert lines[0] == (
        "borger.cpr,borger.navn,praktiksted.pnr,praktiksted.navn,mentor.navn,dato,fra,til,timer,note,"
        "godkendt.af,godkendt.dato"
    )
    assert lines[2].startswith("2311889912,") and ",2026-12-02,10:00,12:00,2," in lines[2]
    assert ",12:15,13:00,0.75,," in lines[3] and '"Sortering af ""farligt affald"""' in lines[4]


def test_suggests_draft_maps_the_agreement_to_the_record_written_by_hand(tmp_path: Path) -> None:
    """The draft as printed: no TODO to clear but the title, the recognise rules and the maps' checks;
    the visitation's map keys are hyperref's escaped state names, each beside the word printed by it."""
    data = (THIS.golden / FORMS[0]).read_bytes()
    draft = cleared(THIS.draft(FORMS[0]))
    assert canonical_records(THIS.config(tmp_path, draft), data, FORMS[0]) == THIS.expected(FORMS[0])


def test_suggests_draft_maps_the_visits_to_the_records_written_by_hand(tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names) cleared as they say,
    the others left as the comments they are (the visits' start, end and note)."""
    data = (THIS.golden / FORMS[1]).read_bytes()
    draft = cleared(THIS.draft(FORMS[1]))
    assert canonical_records(THIS.config(tmp_path, draft), data, FORMS[1]) == THIS.expected(FORMS[1])
