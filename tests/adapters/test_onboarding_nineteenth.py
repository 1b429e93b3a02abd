"""The nineteenth onboarding trial: Svendborg (479), forms made by programs no earlier trial used: the end of
a placement as a PDF form drawn and filled with PyMuPDF's widgets, and a caseworker's grants of mentor
support written as ODS by odfpy and saved by LibreOffice Calc as XLSX and as a Windows-1252 CSV
(`tools/make_fixtures_onboarding_nineteenth.py`, which needs PyMuPDF, odfpy and soffice; the files it
wrote are kept, and these tests read them). The expected records were written by hand from the forms as
drawn, before the hub read them. Each test of a change fails without it (decision 0060, "Nineteenth
trial").
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.adapters.suggest.words import guess_path

THIS = Trial("svendborg", "479", "make_fixtures_onboarding_nineteenth")


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_pymupdfs_and_calcs_own() -> None:
    with pikepdf.open(THIS.golden / "placement_end.pdf") as pdf:
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        outcome = fields["rbAfslutning"]
        assert outcome.V == pikepdf.Name("/Fleksjob")  # each button's on-state the value it was made with
        assert [str(k.AS) for k in outcome.Kids].count("/Off") == 7
        assert all("/T" not in f.Kids[0] for f in fields.values())  # a field and its one widget apart
    with zipfile.ZipFile(THIS.golden / "mentor_support.xlsx") as book:
        assert b"<Application>LibreOffice" in book.read("docProps/app.xml")
        assert b"[h]:mm" in book.read("xl/styles.xml")  # the duration 2:30 as Calc saves it
    text = (THIS.golden / "mentor_support.csv").read_bytes()
    assert b"Svendborg \x96 bevilget mentorst\xf8tte" in text  # Windows-1252's dash and ø
    assert b";1.050,00 kr.;" in text and b";2:30;" in text


@pytest.mark.parametrize("name", ["mentor_support.xlsx", "mentor_support.csv"])
def test_suggests_draft_maps_the_grants_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """Before: the column "Borger" of names was "not recognised", a TODO that said nothing of the name.
    Now it is the citizen's name, which a grant's record may hold: that TODO cleared as it says, each
    draft maps its sample to the records."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    assert 'path = "citizen.name"\n  source = "column:Borger"' in draft
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == THIS.expected(name)


def test_suggest_says_the_citizens_name_is_optional_on_a_placements_end(tmp_path: Path) -> None:
    """Before: "looks like citizen.name, which a placement_end record does not have", though every record
    may carry the citizen's name: a person believing it dropped the name. Now the TODO says the record may
    hold it; cleared as it says, the draft maps the sample to the record. The site's name was the one value
    left to the person ("Virksomhed" under "Praktiksted", drafted as the company's name, which the record
    has not); since onboard-66 suggest reads the heading and drafts it as the site's."""
    draft = cleared(THIS.draft("placement_end.pdf"))
    assert 'path = "citizen.name"\n  source = "txtBorgerNavn"' in draft
    assert 'path = "site.name"\n  source = "txtVirksomhed"' in draft
    data = (THIS.golden / "placement_end.pdf").read_bytes()
    assert canonical_records(THIS.config(tmp_path, draft), data, "placement_end.pdf") == THIS.expected(
        "placement_end.pdf"
    )


def test_borger_alone_heads_a_column_of_names_and_a_cpr_under_it_is_a_cpr() -> None:
    """ "Borger" heads the grants' column of names, as "Mentor" heads the mentors' (suggest left it "not
    recognised"); where a CPR number stands under it, it is the CPR number's column still."""
    found = guess_path("Borger")
    assert found is not None and found[0] == "citizen.name"
    data = b"Borger;Navn;P-nr.\n140388-1927;Jonas Holm;1012983745\n"
    draft = render(suggest(extract(data, "mentorstoette.csv", READ_OPTIONS), "mentorstoette.csv"))
    assert 'path = "citizen.cpr"\n  source = "under:Borger"' in draft
