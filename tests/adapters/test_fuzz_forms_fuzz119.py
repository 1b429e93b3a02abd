"""Stop 71's mutation fuzzing (decision 0064, "Stop 71: fuzz-119"): a PDF check box read as text is
refused at its field (Allerød's citizen's name field made a check box was read as a citizen named "N",
`91/pdf/field_gone/46@alleroed`); and the fifty-eighth to sixtieth trials are drawn from seed 91 on, by
no earlier seed."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from simulator_support import fixture_script
from test_fuzz_forms_fuzz116 import _once, _read, _refused, _seed, _trial

fuzz_forms = fixture_script("fuzz_forms")
ONBOARDING = Path(__file__).resolve().parent.parent / "onboarding"


@pytest.mark.parametrize("slug", ["alleroed", "solroed", "koege"])
def test_the_three_trials_are_drawn_from_seed_91_and_the_seeds_after_draw_no_later_trial(slug: str) -> None:
    assert not fuzz_forms._in_pool(_trial(slug), 90)
    assert fuzz_forms._in_pool(_trial(slug), 91) and fuzz_forms._in_pool(_trial(slug), 93)
    later = _trial("a-trial-merged-later")
    assert not fuzz_forms._in_pool(later, 93)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)


def _name_field_made_a_box(state: str) -> bytes:
    # Allerød's citizen's name field as a check box ticked under `state`: a field type a form program's
    # "prepare form" or a damaged form may give it. Its widget is the field itself.
    with pikepdf.open(io.BytesIO(_seed("alleroed", "praktikaftale.pdf"))) as pdf:
        [field] = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "borgerNavn"]
        face = pdf.make_stream(b"")
        field.FT = pikepdf.Name.Btn
        field.V = field.AS = pikepdf.Name("/" + state)
        field.AP = pikepdf.Dictionary(N=pikepdf.Dictionary({"/" + state: face, "/Off": face}))
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_alleroeds_name_field_made_a_check_box_is_refused_at_its_field() -> None:
    [problem] = _refused("alleroed", "praktikaftale.pdf", _name_field_made_a_box("Yes")).problems
    assert problem.field == "citizen.name"
    assert problem.locator == 'field "borgerNavn" ("Navn") on page 1'
    assert problem.reason_en.startswith(
        "the field is a check box, not a text field: its state 'Yes' is no name or other text, and no"
        " viewer shows it as text;"
    )
    assert problem.reason_da.startswith(
        "feltet er et afkrydsningsfelt, ikke et tekstfelt: dets tilstand 'Yes' er ikke et navn eller anden"
        " tekst, og intet program viser den som tekst;"
    )


def test_alleroeds_mentor_box_is_still_read_by_its_checked_transform() -> None:
    # A guard (passes at main too): a box read by a transform that reads a state is no text read.
    records = _read("alleroed", "praktikaftale.pdf", _seed("alleroed", "praktikaftale.pdf"))
    assert isinstance(records, dict)
    assert records["mentor"]["employer"] == "company"


def test_the_shared_runs_mutator_takes_no_empty_string_for_an_opening_tag() -> None:
    # Solrød's xlsx-template workbook holds an empty shared string written `<t />`: taken for an opening
    # tag, its text ran on into the next item and the mutant was no XML (92/xlsx/shared_runs/53@solroed,
    # FAILED as "the form written otherwise was refused"). Its one item is the filled string.
    same = fixture_script("fuzz_forms_same")
    strings = b'<sst><si><t /></si><si><t xml:space="preserve">Trives</t></si><si><t/></si></sst>'
    assert [m.group(3) for m in same._ITEM.finditer(strings)] == [b"Trives"]


def test_alleroeds_visit_before_its_reports_stated_month_is_refused() -> None:
    # 93/xml/value/63@alleroed made a visit 2026-01-01Z, read as 2026-W01 among March 2027's: Allerød's
    # report states its month (`periode="2027-03"`), which its config now names for the visits' days.
    mutant = _once(_seed("alleroed", "mentorbesoeg.xml"), b'dato="2027-03-03"', b'dato="2027-02-26"')
    [problem] = _refused("alleroed", "mentorbesoeg.xml", mutant).problems
    assert problem.locator == "/mentor-rapport/forloeb[2]/besoeg-liste/besoeg[1]/@dato"
    assert problem.reason_en == (
        "the day '2027-02-26' lies outside the period the document states, 2027-03-01 to 2027-03-31: correct"
        " the day, or send what was done that day on the form for its own period"
    )
