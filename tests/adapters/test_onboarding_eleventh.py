"""The eleventh onboarding trial: Faxe (320), a placement agreement as a PDF form (AcroForm) whose benefit
is a combo box (/Opt pairs: the export code `KH`, printed `Kontanthjælp`), whose visitation is three
checkboxes ticked as `/Valgt`, whose "Er mentor ansat i jobcentret?" is a radio group exporting `/Ja` and
`/Nej`, whose first day is three fields and whose CPR number has its dash. Onboarded by config alone as
README's "Add a municipality" says; the expected record was written by hand from the values in
`tools/make_fixtures_onboarding_eleventh.py`. The same form as a program leaves it that sets a box's value
but not what its page shows (or the other way round) is refused at the field, not read as either; a radio
group whose states are numbered (/Opt) reads as its export values; a value kept on a field's box (kid
widget) only is read. Each of those tests fails without its change (decision 0060, "Eleventh trial").
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import CONFIG, Trial, trial_registry
from simulator_support import fixture_script
from suggest_support import drafted_fields

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.errors import Rejection

THIS = Trial("faxe", "320", "make_fixtures_onboarding_eleventh")
make = fixture_script("make_fixtures_onboarding_eleventh")
FORM = "[[forms]]" + (CONFIG / "faxe.toml").read_text(encoding="utf-8").split("[[forms]]", 1)[1]
AGAIN_EN = "the program the form was filled in with did not save what the page shows"
AGAIN_DA = "programmet, blanketten blev udfyldt i, gemte ikke det, siden viser"
Edit = Callable[[pikepdf.Dictionary], None]


def test_the_form_is_made_by_its_script_byte_for_byte() -> None:
    THIS.check_made(1)


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def _edited(edits: dict[str, Edit]) -> bytes:
    """Faxe's form with each named top field edited."""
    pdf = pikepdf.open(io.BytesIO(make.placement_pdf()))
    for field in pdf.Root.AcroForm.Fields:
        if str(field.get("/T")) in edits:
            edits[str(field.T)](field)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _refused(tmp_path: Path, data: bytes) -> list:
    with pytest.raises(Rejection) as refused:
        THIS.items(THIS.config(tmp_path, FORM), data, "praktikaftale.pdf")
    return refused.value.problems


def _value_only(state: str) -> Edit:
    """The field's value set to `state`, its boxes left showing what they did (a filler that sets /V)."""

    def edit(field: pikepdf.Dictionary) -> None:
        field.V = pikepdf.Name(f"/{state}")

    return edit


def _page_only(state: str) -> Edit:
    """The box drawn as `state` (its /AS), its value left as it was."""

    def edit(field: pikepdf.Dictionary) -> None:
        field.AS = pikepdf.Name(f"/{state}")

    return edit


def test_a_radio_group_whose_page_shows_another_answer_than_its_value_is_refused(tmp_path: Path) -> None:
    """Before: the value `/Ja` was read (`mentor.employer` jobcentre) while the page shows `Nej` chosen, the
    answer the caseworker sees when she opens the form."""
    (problem,) = _refused(tmp_path, _edited({"mentor_jobcenter": _value_only("Ja")}))
    assert problem.field == "mentor.employer" and problem.file == "praktikaftale.pdf"
    assert problem.locator == 'field "mentor_jobcenter" ("Er mentor ansat i jobcentret?") on page 1'
    assert problem.reason_en.startswith("the page shows 'Nej' chosen, but the field's saved value is 'Ja': ")
    assert problem.reason_da.startswith("siden viser 'Nej' valgt, men feltets gemte værdi er 'Ja': ")
    assert AGAIN_EN in problem.reason_en and AGAIN_DA in problem.reason_da


def test_a_box_ticked_on_the_page_but_saved_as_not_ticked_is_refused(tmp_path: Path) -> None:
    """The silent one: `Jobparat` drawn ticked (`/Valgt`) with its value `/Off`, no other box ticked.
    Before: nothing ticked, and `nullable` with `default = ""` stored the placement without a visitation."""
    edits = {
        "vis_aktivitetsparat": lambda box: (_value_only("Off")(box), _page_only("Off")(box)),
        "vis_jobparat": _page_only(make.TICKED),
    }
    (problem,) = _refused(tmp_path, _edited(edits))
    assert problem.field == "visitation"
    assert problem.locator == 'field "vis_jobparat" ("Jobparat") on page 1'
    assert problem.reason_en.startswith("the box is ticked on the page, but its saved value says not ticked")
    assert problem.reason_da.startswith("feltet er afkrydset på siden, men dets gemte værdi siger ikke")


def test_a_box_saved_as_ticked_but_drawn_empty_is_refused(tmp_path: Path) -> None:
    """And the other way round: `Aktivitetsparat`'s value `/Valgt` kept, its box drawn empty."""
    (problem,) = _refused(tmp_path, _edited({"vis_aktivitetsparat": _page_only("Off")}))
    assert problem.field == "visitation" and 'field "vis_aktivitetsparat"' in problem.locator
    assert problem.reason_en.startswith("the box is not ticked on the page, but its saved value says ticked")


def test_a_group_apart_that_no_config_reads_refuses_nothing() -> None:
    """ "Har borgeren deltaget i opstartssamtalen?" is read by no record field: its page and value apart
    leave the placement as it was."""
    assert _records(_edited({"opstartssamtale": _value_only("Nej")})) == THIS.expected("placement")


def test_a_box_ticked_on_both_under_two_names_reads_as_ticked() -> None:
    """A box is ticked in every state but Off (decision 0060): its value `/Yes` and its page `/Valgt` say
    the same, ticked, and are read so (seed 54's `field_type/32`, a Gladsaxe score, was refused so once)."""
    data = _edited({"vis_aktivitetsparat": _value_only("Yes")})
    assert _records(data) == THIS.expected("placement")


def test_a_radio_group_left_empty_is_said_as_nothing_chosen(tmp_path: Path) -> None:
    """By config alone (no change): `/Off` on the group and its boxes is "nothing chosen", in the words
    printed beside the buttons, not "no mapping for 'Off'"."""

    def unchosen(field: pikepdf.Dictionary) -> None:
        field.V = pikepdf.Name("/Off")
        for kid in field.Kids:
            kid.AS = pikepdf.Name("/Off")

    (problem,) = _refused(tmp_path, _edited({"mentor_jobcenter": unchosen}))
    assert (problem.field, problem.reason_en) == (
        "mentor.employer",
        "nothing chosen: one of the options must be chosen ('Ja', 'Nej')",
    )


def test_the_boxes_agreeing_with_their_values_read_as_before() -> None:
    """No mark where page and value agree: the form as its script makes it."""
    values = extract(make.placement_pdf(), "praktikaftale.pdf", READ_OPTIONS).values
    assert not [v.key for v in values if "shown_state" in v.meta]


def _records(data: bytes) -> object:
    return canonical_records(trial_registry().get("faxe"), data, "praktikaftale.pdf")


def _numbered(field: pikepdf.Dictionary) -> None:
    """The radio group as Acrobat writes one whose export values it lists (/Opt, PDF 1.5): each box's
    on-state its position, `/0` for "Ja" and `/1` for "Nej", the value `/1`."""
    field.Opt = pikepdf.Array([pikepdf.String("Ja"), pikepdf.String("Nej")])
    for position, kid in enumerate(field.Kids):
        normal = kid.AP.N
        (on,) = [state for state in normal.keys() if state != "/Off"]
        normal[f"/{position}"] = normal[on]
        del normal[on]
        if kid.AS != pikepdf.Name("/Off"):
            kid.AS = pikepdf.Name(f"/{position}")
    field.V = pikepdf.Name("/1")


def test_a_radio_group_whose_states_are_numbered_reads_as_its_export_values() -> None:
    """Before: read "1" (and its states "0", "1"), so that the config written from the form's own words
    (`Ja`, `Nej`) refused it with "no mapping for '1'", and one written from the numbers would read the
    other answer once a form version put the buttons in another order."""
    data = _edited({"mentor_jobcenter": _numbered})
    values = {v.key: v for v in extract(data, "praktikaftale.pdf", READ_OPTIONS).values}
    assert values["mentor_jobcenter"].value == "Nej"
    assert values["mentor_jobcenter"].meta["states"] == ["Off", "Ja", "Nej"]
    assert _records(data) == THIS.expected("placement")


def _value_on_its_box(pdf: pikepdf.Pdf, name: str) -> None:
    """The field `name` as a form library writes it that keeps a field and its box apart and puts the
    value on the box (its kid widget, no /T): the widget on the page keeps /V and its appearance, a new
    field above it takes its name, type, flags and options, and holds no value of its own."""
    fields = pdf.Root.AcroForm.Fields
    (index,) = [i for i, f in enumerate(fields) if str(f.get("/T")) == name]
    box = fields[index]
    field = pdf.make_indirect(pikepdf.Dictionary(Kids=pikepdf.Array([box])))
    for key in ("/T", "/FT", "/Ff", "/Opt"):
        if key in box:
            field[key] = box[key]
            del box[key]
    box.Parent = field
    fields[index] = field


def _saved(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize("name", ["ydelse", "borger_navn"])
def test_a_value_kept_on_the_fields_box_only_is_read(name: str) -> None:
    """Before: the combo box read as empty ("empty: a value is required"; a nullable outcome would have
    been stored as none, without a word), and a text field so written was refused as showing text it did
    not hold. Firefox's viewer (pdf.js) reads a widget's /V first, so the form showed filled in."""
    pdf = pikepdf.open(io.BytesIO(make.placement_pdf()))
    _value_on_its_box(pdf, name)
    data = _saved(pdf)
    values = {v.key: v for v in extract(data, "praktikaftale.pdf", READ_OPTIONS).values}
    assert "/V" not in [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == name][0]
    assert values[name].value and "shown_only" not in values[name].meta
    assert _records(data) == THIS.expected("placement")


def test_boxes_that_hold_different_values_give_none() -> None:
    """Two boxes of one field holding two values: neither is the field's (the one viewer that reads a
    box's value reads each box's own), so the field is empty, and marked as holding two (`values_apart`,
    each with its page), not as showing text it never saved (decision 0060, "Fourteenth trial")."""
    pdf = pikepdf.open(io.BytesIO(make.placement_pdf()))
    _value_on_its_box(pdf, "borger_navn")
    (field,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "borger_navn"]
    other = pikepdf.Dictionary({k: v for k, v in field.Kids[0].items()})
    other.V = pikepdf.String("Sofie Nielsen")
    field.Kids.append(pdf.make_indirect(other))
    pdf.pages[0].Annots.append(field.Kids[1])
    values = {v.key: v for v in extract(_saved(pdf), "praktikaftale.pdf", READ_OPTIONS).values}
    assert values["borger_navn"].value is None and "shown_only" not in values["borger_navn"].meta
    assert values["borger_navn"].meta["values_apart"] == [[1, "Sofie Kragh Nielsen"], [1, "Sofie Nielsen"]]


def _draft() -> str:
    data = (THIS.golden / "placement.pdf").read_bytes()
    return render(suggest(extract(data, "placement.pdf", READ_OPTIONS), "placement.pdf"))


def test_suggest_drafts_a_yes_no_question_naming_the_employer_as_its_two_values() -> None:
    """Before: "Er mentor ansat i jobcentret?" with buttons "Ja" and "Nej" was drafted `map` with both
    values TODO. The question names one of the employer's two values: "Ja" is it, "Nej" the other, as one
    box's printed words say what its tick means and its empty state the other."""
    fields = drafted_fields(_draft())
    assert fields["mentor.employer"]["transforms"] == [
        {"name": "map", "values": {"Ja": "jobcentre", "Nej": "company"}}
    ]


def test_the_draft_of_suggest_unedited_maps_the_sample_to_the_record_written_by_hand(tmp_path: Path) -> None:
    form = _draft().split("\n\n", 1)[1]
    data = (THIS.golden / "placement.pdf").read_bytes()
    assert canonical_records(THIS.config(tmp_path, form), data, "placement.pdf") == THIS.expected("placement")
