"""The fifteenth onboarding trial: Vordingborg (390), a placement agreement made by a real office suite, not
by our own generators: a LibreOffice Writer document with form controls, filled in and exported to a PDF
form by LibreOffice 7.4 (`tools/make_fixtures_onboarding_fifteenth.py`, which needs soffice; the PDFs it
wrote are kept, and these tests read them). The controls keep LibreOffice's Danish default names
(`Tekstfelt 1`, `Datofelt 1`, `Afkrydsningsfelt 1`, `Listefelt 1`, `Kombinationsfelt 1`), the dates are
LibreOffice's Danish formats (`02-03-26`, `fredag 29. maj 2026`), the visitation an option-button group
exporting its reference values, the purpose a multi-line text field. Onboarded by config alone as README's
"Add a municipality" says; the expected record was written by hand from the PDF as drawn. Suggest's
recognise rule and the refusal of a box LibreOffice saves ticked under a state it cannot draw each fail
without their change (decision 0060, "Fifteenth trial").
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from onboarding_trial import CONFIG, Trial
from pipeline import ROOT

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.errors import Rejection

THIS = Trial("vordingborg", "390", "make_fixtures_onboarding_fifteenth")
FORM = "[[forms]]" + (CONFIG / "vordingborg.toml").read_text(encoding="utf-8").split("[[forms]]", 1)[1]
# The same document with "Mentor er ansat i jobcentret" ticked, as LibreOffice exported it.
TICKED = ROOT / "tests" / "fixtures" / "pdf" / "libreoffice_box_reference_value.pdf"


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_libreoffices_own_export() -> None:
    """The fixtures are LibreOffice's PDF, not ours: its producer, its field names, its empty text
    appearances beside /NeedAppearances (the values are in /V only)."""
    for path in (THIS.golden / "placement.pdf", TICKED):
        document = extract(path.read_bytes(), path.name, READ_OPTIONS)
        assert document.meta["producer"].startswith("LibreOffice 7.4")
        assert {v.key for v in document.values} >= {"Tekstfelt 1", "Datofelt 1", "Listefelt 1", "Visitation"}


def _draft() -> str:
    data = (THIS.golden / "placement.pdf").read_bytes()
    return render(suggest(extract(data, "placement.pdf", READ_OPTIONS), "placement.pdf"))


def test_suggest_recognises_the_form_by_its_title_not_by_libreoffices_control_names(tmp_path: Path) -> None:
    """Before: `fields = ["Datofelt 1", "Datofelt 2"]`, the names LibreOffice gives every form's first two
    date fields (in its Danish user interface), which tell this form from none of the municipality's
    other LibreOffice forms. The draft, unedited, maps the sample to the record written by hand."""
    draft = _draft()
    recognise = tomllib.loads(draft)["forms"][0]["recognise"]
    assert recognise["title"] == "Vordingborg Kommune - Aftale om virksomhedspraktik"
    assert recognise.get("fields", []) == ["Visitation"]  # the one name the designer gave
    form = draft.split("\n\n", 1)[1]
    data = (THIS.golden / "placement.pdf").read_bytes()
    expected = THIS.expected("placement")
    assert canonical_records(THIS.config(tmp_path, form), data, "placement.pdf") == expected


def test_a_box_libreoffice_saved_ticked_under_a_state_it_cannot_draw_is_refused_naming_both(
    tmp_path: Path,
) -> None:
    """LibreOffice exports a ticked check box whose reference value is `Ja` as /V /Yes and /AS /Yes, while
    the box's ticked look is /Ja: Firefox's viewer and poppler show it empty. Refused as before (the page
    shows no tick), and now said with both names, so that the form's maker sees that the PDF left it so.
    Before: "the box is not ticked on the page, but its saved value says ticked: ..." without why."""
    with pytest.raises(Rejection) as refused:
        THIS.items(THIS.config(tmp_path, FORM), TICKED.read_bytes(), "aftale.pdf")
    (problem,) = refused.value.problems
    assert (problem.field, problem.locator) == (
        "mentor.employer",
        'field "Afkrydsningsfelt 1" ("Mentor er ansat i jobcentret") on page 1',
    )
    assert problem.reason_en.startswith(
        "the box is not ticked on the page, but its saved value says ticked ('Yes', a state the box has no "
        "look for: it is drawn ticked as 'Ja'): the program the form was filled in with"
    )
    assert problem.reason_da.startswith(
        "feltet er ikke afkrydset på siden, men dets gemte værdi siger afkrydset ('Yes', en tilstand, feltet "
        "ikke har noget udseende for: det tegnes afkrydset som 'Ja'): programmet"
    )
