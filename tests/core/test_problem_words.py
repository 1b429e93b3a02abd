"""How a problem's place is said to people (`FieldProblem.describe`): the field in words in both
languages, the path after it in English only, and a line's field without a second colon before the
reason ("linje 3: timer: skal være et tal" read as two reasons)."""

from __future__ import annotations

from hub.errors import FieldProblem, Rejection


def test_a_field_is_said_in_words_and_a_lines_field_with_one_colon() -> None:
    hours = FieldProblem("must be a number", "skal være et tal", file="t.pdf", field="entries[2].hours")
    assert hours.describe("da") == "t.pdf / linje 3, timer: skal være et tal"
    assert hours.describe("en") == "t.pdf / line 3, hours (entries[2].hours): must be a number"
    site = FieldProblem("unknown site", "ukendt arbejdssted", locator="row 8", field="site.p_number")
    # The API's message says the same; its `field` keeps the path alone.
    rejected = Rejection([site])
    assert rejected.message == "row 8 / P number (site.p_number): unknown site"
    assert rejected.to_dict()["problems"][0]["field"] == "site.p_number"
    # A path with no words (a config's own) is said as it is, once.
    odd = FieldProblem("x", "x", field="extra.thing")
    assert (odd.describe("en"), odd.describe("da")) == ("extra.thing: x", "extra.thing: x")


def test_a_field_the_place_names_by_its_printed_words_is_said_once() -> None:
    """'side 1, feltet "Deltager-id" / deltager-id: …' named the field twice in Danish; the English keeps
    its own words, as the printed label is Danish."""
    wrong = FieldProblem(
        "x",
        "y",
        locator='page 1, the field "Deltager-id"',
        locator_da='side 1, feltet "Deltager-id"',
        field="participant_id",
    )
    assert wrong.describe("da") == 'side 1, feltet "Deltager-id": y'
    assert wrong.describe("en") == 'page 1, the field "Deltager-id" / participant id (participant_id): x'


def test_a_form_is_named_by_its_title_in_each_language_and_stored_by_its_id() -> None:
    titled = FieldProblem(
        "x",
        "y",
        file="m.pdf",
        form="mentortimer-pdf",
        form_title="Mentortimer (the company's form)",
        form_title_da="Mentortimer (virksomhedens skema)",
    )
    assert titled.describe("en") == "m.pdf / Mentortimer (the company's form): x"
    assert titled.describe("da") == "m.pdf / Mentortimer (virksomhedens skema): y"
    assert titled.to_dict()["form"] == "mentortimer-pdf" and "form_title" not in titled.to_dict()
    assert "form_title_da" not in titled.answer()
