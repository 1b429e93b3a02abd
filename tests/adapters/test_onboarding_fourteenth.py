"""The fourteenth onboarding trial: Lolland (360), a placement agreement of two pages exported from a word
processor's form: fields named `Text1`..`Text13`, `Check Box1`..`4`, `List Box1`, `Signature1` with no
tooltips, the CPR number a comb field, page 2's head repeating the CPR number and the name as the same
fields (a box on each page), the benefit a list box of code and text lines, the mentor's employer one box
after the words "Mentor er ansat i jobcentret", an empty signature field, /NeedAppearances, and the name
saved as UTF-16 with the little-endian mark. Onboarded by config alone as README's "Add a municipality"
says; the expected record was written by hand from the values in
`tools/make_fixtures_onboarding_fourteenth.py`. A field whose two boxes hold different values is refused
naming both pages; suggest drafts the lone box from the words before it and recognises the form by its
title, not by `Signature1`. Each of those tests fails without its change (decision 0060, "Fourteenth trial").
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from onboarding_trial import CONFIG, Trial, trial_registry
from simulator_support import fixture_script
from suggest_support import drafted_fields

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.shown_apart import shown_apart_problem
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.errors import Rejection

THIS = Trial("lolland", "360", "make_fixtures_onboarding_fourteenth")
make = fixture_script("make_fixtures_onboarding_fourteenth")
FORM = "[[forms]]" + (CONFIG / "lolland.toml").read_text(encoding="utf-8").split("[[forms]]", 1)[1]
CPR = "1708924415"  # Text1, as the caseworker typed it (make.PAGE_1)


def test_the_form_is_made_by_its_script_byte_for_byte() -> None:
    THIS.check_made(1)


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def _boxes_holding(first: str, second: str) -> bytes:
    """The form with `Text1` (the CPR number, a box on page 1 and one on page 2) holding no value of its
    own, each box its own, as a filler that writes a value onto each box leaves it when one is corrected."""

    def each_its_own(field: Any) -> None:
        del field["/V"]
        field.Kids[0].V, field.Kids[1].V = pikepdf.String(first), pikepdf.String(second)

    return _edited("Text1", each_its_own)


def _edited(name: str, edit: Callable[[Any], None]) -> bytes:
    """The form with its field `name` changed by `edit`."""
    pdf = pikepdf.open(io.BytesIO(make.placement_pdf()))
    (field,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == name]
    edit(field)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_field_whose_boxes_on_two_pages_hold_different_values_is_refused_naming_both(
    tmp_path: Path,
) -> None:
    """Before: refused as "the field shows text on the page but holds no value", untrue (both boxes hold
    one) and no help to the sender, who sees 170892-4415 in the head of page 1 and 170892-4416 in that of
    page 2 (Firefox's viewer reads each box's own)."""
    with pytest.raises(Rejection) as refused:
        THIS.items(THIS.config(tmp_path, FORM), _boxes_holding(CPR, "1708924416"), "aftale.pdf")
    (problem,) = refused.value.problems
    assert (problem.file, problem.field) == ("aftale.pdf", "citizen.cpr")
    assert problem.locator == 'field "Text1" ("CPR-nr.") on page 1'
    assert problem.reason_en.startswith(
        "the field is shown in more than one place with different values, '170892-XXXX' (page 1), "
        "'170892-XXXX' (page 2): which one is meant cannot be told; fill the field in again"
    )
    assert problem.reason_da.startswith(
        "feltet vises flere steder med forskellige værdier, '170892-XXXX' (side 1), '170892-XXXX' (side 2): "
        "hvilken der menes, kan ikke afgøres; udfyld feltet igen"
    )
    assert CPR not in problem.reason_en + problem.reason_da  # masked, as every message that may reach a log
    # The same value on both boxes (the eleventh trial's value kept on a field's box) is the field's.
    same = _boxes_holding(CPR, CPR)
    (cpr,) = [v for v in extract(same, "aftale.pdf", READ_OPTIONS).values if v.key == "Text1"]
    assert cpr.value == CPR and "values_apart" not in cpr.meta
    assert canonical_records(_registry(), same, "aftale.pdf") == THIS.expected("placement")


def test_a_box_left_empty_or_on_no_page_is_said_so() -> None:
    """Page 2's box holding "" and taken off its page (its field's kid still): said "empty (on no page)",
    not "'' (page None)"."""
    pdf = pikepdf.open(io.BytesIO(_boxes_holding(CPR, "")))
    pdf.pages[1].Annots = pikepdf.Array(
        [a for a in pdf.pages[1].Annots if "/Parent" not in a or a.Parent.get("/T") != "Text1"]
    )
    out = io.BytesIO()
    pdf.save(out)
    (cpr,) = [v for v in extract(out.getvalue(), "aftale.pdf", READ_OPTIONS).values if v.key == "Text1"]
    reason_en, reason_da = shown_apart_problem(cpr)  # type: ignore[misc]
    assert "'170892-XXXX' (page 1), empty (on no page): " in reason_en
    assert "'170892-XXXX' (side 1), tomt (på ingen side): " in reason_da


def _lines_chosen(*codes: str) -> bytes:
    """The form with its list box (the benefit) letting several lines be chosen (/Ff bit 22), these chosen."""
    return _benefit_saved(pikepdf.Array([pikepdf.String(code) for code in codes]), 1 << 21)


def test_a_list_with_two_lines_chosen_is_refused_naming_the_lines(tmp_path: Path) -> None:
    """Before: "no mapping for 'Uddannelseshjælp; Kontanthjælp'", a text the form never printed, beside
    the config's known lines as if the caseworker had chosen a line the config lacks. The lines in the
    list's order, whatever order the filler saved them in (decision 0025, "Stop 63: pdf-77")."""
    with pytest.raises(Rejection) as refused:
        THIS.items(THIS.config(tmp_path, FORM), _lines_chosen("UH", "KH"), "aftale.pdf")
    (problem,) = refused.value.problems
    assert (problem.file, problem.field) == ("aftale.pdf", "benefit")
    assert problem.locator == 'field "List Box1" ("Ydelse") on page 1'
    assert problem.reason_en == (
        "2 lines are chosen in the list, 'Kontanthjælp', 'Uddannelseshjælp': only one may be; choose one "
        "and send the form again"
    )
    assert problem.reason_da == (
        "2 linjer er valgt på listen, 'Kontanthjælp', 'Uddannelseshjælp': kun én må vælges; vælg én, og send "
        "blanketten igen"
    )
    # One line chosen in such a list is read as the line, as before.
    assert canonical_records(_registry(), _lines_chosen("UH"), "aftale.pdf") == THIS.expected("placement")


def _benefit_saved(saved: Any, flags: int = 0) -> bytes:
    """The form with its list box's (the benefit's) saved value (/V) `saved`, and these /Ff flags added."""

    def save(box: Any) -> None:
        box.Ff = int(box.get("/Ff", 0)) | flags
        box.V = pikepdf.String(saved) if isinstance(saved, str) else saved

    return _edited("List Box1", save)


def test_a_list_whose_saved_value_is_none_of_its_lines_is_refused_saying_the_page_shows_none(
    tmp_path: Path,
) -> None:
    """Before: "no mapping for 'RF'", as if the caseworker had chosen a line the config lacks, while
    Firefox's viewer shows no line of the list chosen (decision 0060, "Stop 52: noticed-59")."""
    with pytest.raises(Rejection) as refused:
        THIS.items(THIS.config(tmp_path, FORM), _benefit_saved("RF"), "aftale.pdf")
    (problem,) = refused.value.problems
    assert (problem.field, problem.locator) == ("benefit", 'field "List Box1" ("Ydelse") on page 1')
    assert problem.reason_en.startswith(
        "the list shows none of its lines chosen, but the field's saved value is 'RF', which is none of "
        "them: the program the form was filled in with did not save what the page shows;"
    )
    assert problem.reason_da.startswith(
        "listen viser ingen af sine linjer valgt, men feltets gemte værdi er 'RF', som ikke er en af dem: "
        "programmet, blanketten blev udfyldt i, gemte ikke det, siden viser;"
    )
    # A combo box one may type into (/Ff bits 18 and 19) holds any text: its value is read as typed.
    with pytest.raises(Rejection) as typed:
        THIS.items(THIS.config(tmp_path, FORM), _benefit_saved("RF", 1 << 17 | 1 << 18), "aftale.pdf")
    assert "no mapping for 'RF'" in typed.value.problems[0].reason_en
    # A line's code or its printed text is read as the line, as before.
    assert canonical_records(_registry(), _benefit_saved(make.BENEFIT), "aftale.pdf") == THIS.expected(
        "placement"
    )


def _registry() -> Any:
    return trial_registry().get("lolland")


def _draft() -> str:
    data = (THIS.golden / "placement.pdf").read_bytes()
    return render(suggest(extract(data, "placement.pdf", READ_OPTIONS), "placement.pdf"))


def test_suggest_drafts_a_lone_box_from_the_statement_printed_before_it() -> None:
    """Before: "Mentor er ansat i jobcentret [ ]" was a commented TODO ("what its empty state means is not
    known"): a lone box's words were looked for only right of it, where a word processor's form prints
    none. The statement says what a tick means, as words right of the box would, and the employer's other
    value is the empty box's."""
    fields = drafted_fields(_draft())
    assert fields["mentor.employer"]["transforms"] == [
        {"name": "checked", "values": {"Check Box4": "jobcentre"}, "default": "company"}
    ]


def test_suggest_recognises_the_form_by_its_title_not_by_its_signature_fields_name() -> None:
    """Before: `fields = ["Signature1"]`, the name a word processor gives every form's first signature
    field, which tells this form from no other."""
    draft = _draft()
    assert 'title = "Lolland Kommune - Aftale om virksomhedspraktik"' in draft
    assert "Signature1" not in draft.split("[[forms.fields]]", 1)[0]


def test_the_draft_of_suggest_unedited_maps_the_sample_to_the_record_written_by_hand(tmp_path: Path) -> None:
    form = _draft().split("\n\n", 1)[1]
    data = (THIS.golden / "placement.pdf").read_bytes()
    assert canonical_records(THIS.config(tmp_path, form), data, "placement.pdf") == THIS.expected("placement")
