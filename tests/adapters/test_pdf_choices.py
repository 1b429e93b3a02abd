"""PDF choices: radio groups, boxes labelled right of or under them, and one box whose empty state counts.

The forms are Hvidovre's and Taarnby's (tools/make_fixtures_choices.py); the golden records beside them
are checked in test_golden.py. Here: what the reader says about each box, how the forms are told apart
by their printed titles, and the errors a person sees when a form is filled in wrongly.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pipeline import GOLDEN, ingest, repository_registry
from reportlab.pdfgen import canvas
from simulator_support import check_golden_inputs_reproduced, fixture_script

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.registry import Registry
from hub.adapters.readers.pdf import read_pdf
from hub.errors import ConfigError, Rejection

CHOICES = fixture_script("make_fixtures_choices")  # tools/ is a folder of the repository, not installed


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Every municipality config of the repository."""
    return repository_registry()


def _meta(path: Path) -> dict[str, dict]:
    extraction = read_pdf(path.read_bytes(), path.name, with_labels=True)
    return {v.key: {**v.meta, "value": v.value} for v in extraction.values}


def test_golden_choice_forms_are_reproduced_byte_for_byte() -> None:
    check_golden_inputs_reproduced("make_fixtures_choices", at_least=6)


def test_boxes_labelled_right_get_their_own_label_not_the_neighbours() -> None:
    meta = _meta(GOLDEN / "hvidovre" / "placement_kontanthjaelp.pdf")
    beside = {k: meta[k]["beside"] for k in ("Afkrydsningsfelt1", "Afkrydsningsfelt2", "Afkrydsningsfelt3")}
    assert beside == {
        "Afkrydsningsfelt1": "Jobparat",
        "Afkrydsningsfelt2": "Aktivitetsparat",
        "Afkrydsningsfelt3": "Uddannelsesparat",
    }
    # The text left of the second box is the first box's words: the label is the box's own (stop 44),
    # and the row's caption is kept apart.
    assert meta["Afkrydsningsfelt2"]["label"] == "Aktivitetsparat"
    assert [meta[f"Afkrydsningsfelt{n}"]["caption"] for n in (1, 2, 3)] == ["Visitation"] * 3
    assert meta["Afkrydsningsfelt4"]["beside"] == "Mentor er ansat i jobcentret"


def test_boxes_labelled_under_them_and_radio_groups_get_each_choices_text() -> None:
    meta = _meta(GOLDEN / "taarnby" / "placement_uddannelseshjaelp.pdf")
    assert [meta[f"ydelse_{n}"]["beside"] for n in range(1, 6)] == [
        "Kontanthjælp",
        "Uddannelseshjælp",
        "Sygedagpenge",
        "Ledighedsydelse",
        "Ressourceforløb",
    ]
    assert meta["visitation"]["choices"] == {"J": "Jobparat", "A": "Aktivitetsparat", "U": "Uddannelsesparat"}
    assert meta["visitation"]["label"] == "Visitationskategori"
    end = _meta(GOLDEN / "hvidovre" / "placement_end.pdf")["Gruppe1"]
    assert end["value"] == "Valg3"
    assert end["choices"]["Valg3"] == "Fleksjob"  # printed under its button, two rows of three
    assert end["choices"]["Valg6"] == "Praktik i anden virksomhed"


def test_the_printed_title_is_the_largest_text_at_the_top() -> None:
    extraction = read_pdf((GOLDEN / "hvidovre" / "placement_end.pdf").read_bytes(), "x.pdf", with_labels=True)
    assert extraction.meta["title"] == "Ophør af praktik - Jobcenter Hvidovre (HV-P4)"


def test_a_label_left_of_a_box_is_not_taken_from_the_next_box() -> None:
    """ "Ja [x]   Nej [ ]": each box's label is left of it; the text right of the first is the next label."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.drawString(50, 702, "Ja")
    c.acroForm.checkbox(name="ja", x=70, y=700, size=12)
    c.drawString(95, 702, "Nej")
    c.acroForm.checkbox(name="nej", x=120, y=700, size=12)
    c.showPage()
    c.save()
    values = read_pdf(buf.getvalue(), "ja-nej.pdf", with_labels=True).values
    # In a row, a box's own words are `beside` it whichever side the row prints them on (stop 44).
    assert {v.key: v.meta["beside"] for v in values} == {"ja": "Ja", "nej": "Nej"}
    assert {v.key: v.meta["label"] for v in values} == {"ja": "Ja", "nej": "Nej"}


def _hvidovre(name: str, **changes: str | None) -> bytes:
    values = next(dict(v) for n, _, v in CHOICES.fixtures("hvidovre") if n == name)
    for key, value in changes.items():
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
    data: bytes = CHOICES.render("hvidovre", "placement", values)
    return data


def test_the_two_hvidovre_forms_share_field_names_and_are_told_apart_by_title(registry: Registry) -> None:
    config = registry.get("hvidovre")
    for name, form_id in (("placement_kontanthjaelp", "praktikaftale"), ("placement_end", "ophoer")):
        path = GOLDEN / "hvidovre" / f"{name}.pdf"
        extraction = read_pdf(path.read_bytes(), path.name, with_labels=True)
        assert config.recognise(extraction, path.name).id == form_id


def test_an_empty_box_means_its_other_value_only_when_the_box_is_there(registry: Registry) -> None:
    record = ingest(registry, "hvidovre", _hvidovre("placement_kontanthjaelp"), "p.pdf")
    assert record["mentor"]["employer"] == "company"  # box empty
    ticked = ingest(
        registry, "hvidovre", _hvidovre("placement_kontanthjaelp", Afkrydsningsfelt4="Yes"), "p.pdf"
    )
    assert ticked["mentor"]["employer"] == "jobcentre"


def _problems(registry: Registry, data: bytes) -> list[tuple[str | None, str, str]]:
    with pytest.raises(Rejection) as info:
        ingest(registry, "hvidovre", data, "p.pdf")
    return [(p.field, p.reason_en, p.reason_da) for p in info.value.problems]


def test_a_problem_names_a_box_by_the_words_printed_beside_it(registry: Registry) -> None:
    with pytest.raises(Rejection) as info:
        ingest(registry, "hvidovre", _hvidovre("placement_kontanthjaelp", Afkrydsningsfelt1="Yes"), "p.pdf")
    (problem,) = info.value.problems
    # Not "Visitation" (the caption left of the first box) nor another box's label.
    assert problem.locator == 'field "Afkrydsningsfelt1" ("Jobparat") on page 1'


def test_two_ticked_boxes_of_a_group_are_an_error_naming_both(registry: Registry) -> None:
    data = _hvidovre("placement_kontanthjaelp", Afkrydsningsfelt1="Yes")
    assert _problems(registry, data) == [
        (
            "visitation",
            "several boxes checked: Afkrydsningsfelt1, Afkrydsningsfelt2",
            "flere felter afkrydset: Afkrydsningsfelt1, Afkrydsningsfelt2",
        )
    ]


def test_a_radio_group_with_no_button_chosen_is_an_error_when_required(registry: Registry) -> None:
    (problem,) = _problems(registry, _hvidovre("placement_kontanthjaelp", Gruppe1="Off"))
    assert problem[0] == "benefit"
    # Said as the caseworker left it, with the options as printed: not pypdf's "Off" ("no mapping for 'Off'").
    assert problem[1].startswith("nothing chosen: one of the options must be chosen ('Kontanthjælp', ")
    assert problem[2].startswith("ikke valgt: en af mulighederne skal vælges ('Kontanthjælp', ")
    assert "Off" not in problem[1] + problem[2] and "Valg1" not in problem[1]


def test_title_is_for_pdf_forms_only(tmp_path: Path) -> None:
    text = (Path(__file__).parents[2] / "config" / "municipalities" / "taarnby.toml").read_text("utf-8")
    text = text.replace('format = "pdf"\ntitle = "Afslutning', 'format = "xml"\ntitle = "Afslutning', 1)
    path = tmp_path / "taarnby.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert "forms[1].recognise.title: title is for pdf forms only" in info.value.message
