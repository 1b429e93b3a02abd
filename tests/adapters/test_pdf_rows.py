"""The words of a box in a row of boxes are its own, whichever side the row prints them (decision 0021,
stop 44): the provenance label a caseworker sees and what a `label:` selector matches.

The form is tools/make_fixtures_rows.py's; every expected text below is read off its layout there.
"""

from __future__ import annotations

import math

import pytest
from pipeline import GOLDEN
from simulator_support import check_golden_inputs_reproduced, fixture_script

from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import Extraction, describe_locator
from hub.adapters.readers.pdf import read_pdf
from hub.adapters.readers.pdf_rows import row_words
from hub.adapters.suggest.sources import gather

ROWS = fixture_script("make_fixtures_rows")


@pytest.fixture(scope="module")
def form() -> Extraction:
    return read_pdf(ROWS.PATH.read_bytes(), "box_rows.pdf", with_labels=True)


def _meta(extraction: Extraction, key: str) -> dict[str, object]:
    return {v.key: v.meta for v in extraction.values}[key]


def test_the_form_is_reproduced_byte_for_byte() -> None:
    check_golden_inputs_reproduced("make_fixtures_rows", at_least=1)


def test_a_box_whose_words_are_right_of_it_is_labelled_by_them_not_the_previous_box(form: Extraction) -> None:
    # "Ydelse: [ ] Kontanthjælp [ ] Sygedagpenge [ ] Ledighedsydelse"
    labels = {k: _meta(form, k)["label"] for k in ("ydelse_kh", "ydelse_sd", "ydelse_ly")}
    assert labels == {
        "ydelse_kh": "Kontanthjælp",
        "ydelse_sd": "Sygedagpenge",
        "ydelse_ly": "Ledighedsydelse",
    }
    assert {_meta(form, k)["caption"] for k in labels} == {"Ydelse:"}


def test_a_box_whose_words_are_left_of_it_is_labelled_by_them_not_the_next_box(form: Extraction) -> None:
    # "Mandag [ ] Tirsdag [ ] Onsdag [ ] Torsdag [ ]", the next word 5 points after each box.
    days = {
        k: (_meta(form, k)["label"], _meta(form, k)["beside"]) for k in ("dag_1", "dag_2", "dag_3", "dag_4")
    }
    assert days == {
        "dag_1": ("Mandag", "Mandag"),
        "dag_2": ("Tirsdag", "Tirsdag"),
        "dag_3": ("Onsdag", "Onsdag"),
        "dag_4": ("Torsdag", "Torsdag"),
    }
    # "Mentor ansat i jobcentret:  Ja [ ]  Nej [ ]"
    assert [_meta(form, k)["label"] for k in ("mentor_ja", "mentor_nej")] == ["Ja", "Nej"]
    assert _meta(form, "mentor_ja")["caption"] == "Mentor ansat i jobcentret:"
    # No box's caption is another box's words ("Ja" is 40 points above "Torsdag [ ]").
    words = {str(v.meta["label"]) for v in form.values}
    assert not any(v.meta.get("caption") in words for v in form.values)


def test_a_radio_group_in_a_row_keeps_its_caption_and_each_button_its_words(form: Extraction) -> None:
    # "Fremmøde:  God ( )  Mindre god ( )"
    meta = _meta(form, "fremmoede")
    assert meta["label"] == "Fremmøde:"
    assert meta["choices"] == {"god": "God", "mindre": "Mindre god"}


def test_text_fields_in_a_row_keep_the_words_left_of_them(form: Extraction) -> None:
    # "Fra [______] til [______]"
    assert [_meta(form, k)["label"] for k in ("fra", "til")] == ["Fra", "til"]


def test_a_label_selector_names_the_box_the_words_belong_to(form: Extraction) -> None:
    index = SourceIndex(form)
    found = {
        words: (value.key if (value := index.resolve(f"label:{words}")) is not None else None)
        for words in ("Kontanthjælp", "Sygedagpenge", "Ledighedsydelse", "Ja", "Nej", "Mandag", "Torsdag")
    }
    assert found == {
        "Kontanthjælp": "ydelse_kh",
        "Sygedagpenge": "ydelse_sd",
        "Ledighedsydelse": "ydelse_ly",
        "Ja": "mentor_ja",
        "Nej": "mentor_nej",
        "Mandag": "dag_1",
        "Torsdag": "dag_4",
    }
    assert index.resolve("label:Ydelse:") is None  # a row's caption is no box's label


def test_a_label_selector_reads_the_state_of_the_box_it_names() -> None:
    ticked = frozenset({"ydelse_sd", "mentor_nej", "dag_2"})
    index = SourceIndex(read_pdf(ROWS.render(ticked), "ticked.pdf", with_labels=True))
    states = {}
    for words in (
        "Kontanthjælp",
        "Sygedagpenge",
        "Ledighedsydelse",
        "Ja",
        "Nej",
        "Mandag",
        "Tirsdag",
        "Onsdag",
    ):
        value = index.resolve(f"label:{words}")
        states[words] = None if value is None else value.value
    assert states == {
        "Kontanthjælp": "Off",
        "Sygedagpenge": "Yes",
        "Ledighedsydelse": "Off",
        "Ja": "Off",
        "Nej": "Yes",
        "Mandag": "Off",
        "Tirsdag": "Yes",
        "Onsdag": "Off",
    }


def test_a_problem_names_the_box_by_its_own_words(form: Extraction) -> None:
    value = next(v for v in form.values if v.key == "mentor_nej")
    assert describe_locator(value, "pdf", "da") == 'felt "mentor_nej" ("Nej") på side 1'


def test_the_golden_forms_rows_give_each_box_its_own_words() -> None:
    """Gladsaxe's rating scale "Fremmøde [ ] 1 [ ] 2 … [ ] 5" and Læsø's boxes right of their words."""
    gladsaxe = read_pdf((GOLDEN / "gladsaxe" / "progress_report.pdf").read_bytes(), "p.pdf", with_labels=True)
    meta = {v.key: v.meta for v in gladsaxe.values}
    assert [meta[f"Afkrydsningsfelt{n}"]["label"] for n in range(1, 6)] == ["1", "2", "3", "4", "5"]
    assert meta["Afkrydsningsfelt3"]["caption"] == "Fremmøde"
    path = GOLDEN.parent / "onboarding" / "golden" / "laesoe" / "placement.pdf"
    laesoe = {v.key: v.meta for v in read_pdf(path.read_bytes(), "p.pdf", with_labels=True).values}
    assert [laesoe[k]["label"] for k in ("kontant", "syge", "ledig")] == [
        "Kontanthjælp",
        "Sygedagpenge",
        "Ledighedsydelse",
    ]
    assert [laesoe[k]["label"] for k in ("mentor_jc_ja", "mentor_jc_nej")] == ["Ja", "Nej"]


def test_a_row_with_no_words_between_its_boxes_is_left_alone() -> None:
    # Ballerup's timesheet: "1. [uge] [timer]", a table's line: both fields keep the row's "1.".
    path = GOLDEN / "ballerup" / "mentor_hours.pdf"
    meta = {v.key: v.meta for v in read_pdf(path.read_bytes(), "m.pdf", with_labels=True).values}
    assert (meta["Mentortimer.Uge1"]["label"], meta["Mentortimer.Timer1"]["label"]) == ("1.", "1.")
    boxes = [(100.0, 100.0, 112.0, 112.0), (150.0, 100.0, 162.0, 112.0)]
    assert row_words(boxes, lambda low, high: [(60.0, 102.0, "Valg", 20.0, 10.0)]) == {}


def test_boxes_that_are_not_numbers_make_no_row() -> None:
    nan = (math.nan, 100.0, 112.0, 112.0)
    assert row_words([nan, (150.0, 100.0, 162.0, 112.0)], lambda low, high: []) == {}


def test_suggest_names_a_row_of_boxes_by_its_caption_and_each_box_by_its_words() -> None:
    # Hvidovre: "Visitation  [ ] Jobparat  [ ] Aktivitetsparat  [ ] Uddannelsesparat".
    path = GOLDEN / "hvidovre" / "placement_kontanthjaelp.pdf"
    found = gather(read_pdf(path.read_bytes(), "p.pdf", with_labels=True)).candidates
    row = next(c for c in found if c.selector == "Afkrydsningsfelt1")
    assert row.keys == ("Afkrydsningsfelt1", "Afkrydsningsfelt2", "Afkrydsningsfelt3")
    assert row.texts[0] == "Visitation"
    assert dict(row.printed) == {
        "Afkrydsningsfelt1": "Jobparat",
        "Afkrydsningsfelt2": "Aktivitetsparat",
        "Afkrydsningsfelt3": "Uddannelsesparat",
    }


def test_words_on_both_ends_of_a_row_are_settled_by_the_words_between() -> None:
    # "Ja [ ] Nej [ ] (sæt ét kryds)": words just before the first box and just after the last; "Nej"
    # ends 10 points before the second box and starts 13 after the first: the row's words are left.
    first, second = (100.0, 100.0, 112.0, 112.0), (150.0, 100.0, 162.0, 112.0)
    ja, nej, note = (
        (87.0, 102.0, "Ja", 10.0, 10.0),
        (125.0, 102.0, "Nej", 15.0, 10.0),
        (166.0, 102.0, "(sæt ét kryds)", 70.0, 10.0),
    )
    assert row_words([second, first], lambda low, high: [note, nej, ja]) == {first: ja, second: nej}
    # The same words 3 points after each box: right of them, and "Ja" is the row's caption.
    nej_right = (115.0, 102.0, "Nej", 15.0, 10.0)
    assert row_words([first, second], lambda low, high: [ja, nej_right, note]) == {
        first: nej_right,
        second: note,
    }
