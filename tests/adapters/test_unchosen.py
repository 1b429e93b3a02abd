"""A PDF radio group with no button chosen ("Off", pypdf's unchecked state) read through `map`: a problem
says nothing was chosen, and the record page says "ikke valgt" / "nothing chosen", never "læst som Off"."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import pikepdf
import pytest
from flask import Flask, session
from pipeline import GOLDEN, ingest, repository_registry

from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.unchosen import nothing_chosen
from hub.adapters.readers.base import SourceValue
from hub.errors import Rejection
from hub.web.marks import choice_mark

MAP = TransformCall("map", {"values": {"J": "jobparat", "A": "aktivitetsparat"}})
RADIO = {"type": "radio", "page": 1, "choices": {"J": "Jobparat", "A": "Aktivitetsparat"}}


def test_a_radio_group_left_empty_is_said_as_nothing_chosen_with_its_printed_options() -> None:
    assert nothing_chosen(SourceValue("Gruppe1", "Off", RADIO), [MAP]) == (
        "nothing chosen: one of the options must be chosen ('Jobparat', 'Aktivitetsparat')",
        "ikke valgt: en af mulighederne skal vælges ('Jobparat', 'Aktivitetsparat')",
    )


@pytest.mark.parametrize(
    ("value", "calls"),
    [
        (SourceValue("Gruppe1", "J", RADIO), [MAP]),  # a button chosen
        (SourceValue("Gruppe1", "Off", RADIO), [TransformCall("map", {"values": {"J": "x", "Off": ""}})]),
        (SourceValue("Gruppe1", "Off", RADIO), [TransformCall("map", {"values": {"J": "x"}, "default": ""})]),
        (SourceValue("Tekstfelt1", "Off", {"type": "text"}), [MAP]),  # typed text: its own words
        (None, [MAP]),
    ],
)
def test_a_config_that_says_what_nothing_chosen_means_reads_as_before(
    value: SourceValue | None, calls: list[TransformCall]
) -> None:
    assert nothing_chosen(value, calls) is None


@dataclass
class _Source:
    raw_value: str | None
    transforms: tuple[str, ...]
    locator: dict[str, Any] = field(default_factory=lambda: {"field": "Gruppe1", "page": 1})


@pytest.mark.parametrize(("lang", "said"), [("da", "ikke valgt"), ("en", "nothing chosen")])
def test_the_record_page_says_nothing_chosen_not_off(app: Flask, lang: str, said: str) -> None:
    with app.test_request_context("/"):
        session["lang"] = lang
        assert choice_mark(_Source("Off", ("map(values=…)",))) == said
        assert choice_mark(_Source("J", ("map(values=…)",))) is None  # a chosen button: as before
        assert choice_mark(_Source("Off", ("lower",))) is None
        assert choice_mark(_Source("Off", ("map",), {"cell": "B3"})) is None  # a cell typed "Off"


def test_a_score_group_left_empty_is_said_as_nothing_chosen_not_as_off() -> None:
    # Gentofte's progress report: attendance is a radio group of scores 1-5 read by `integer`. With no
    # box chosen pypdf reads "Off", and the caseworker was told "not a number: 'Off'" (decision 0064,
    # "Stop 52: fuzz-57"): a word PDF uses, not one anyone wrote.
    pdf = pikepdf.open(GOLDEN / "gentofte" / "progress_report.pdf")
    [group] = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "fremmoede"]
    group.V = pikepdf.Name("/Off")
    for box in group.Kids:
        box.AS = pikepdf.Name("/Off")
    saved = io.BytesIO()
    pdf.save(saved)
    with pytest.raises(Rejection) as refused:
        ingest(repository_registry(), "gentofte", saved.getvalue(), "statusskema.pdf")
    [problem] = refused.value.problems
    assert problem.field == "scores.attendance"
    assert (problem.locator, problem.locator_da) == (
        'field "fremmoede" ("Fremmøde") on page 1',
        'felt "fremmoede" ("Fremmøde") på side 1',
    )
    options = "('1', '2', '3', '4', '5')"
    assert (problem.reason_en, problem.reason_da) == (
        f"nothing chosen in the group: one of its options must be chosen {options}",
        f"intet valgt i gruppen: en af mulighederne skal vælges {options}",
    )


def test_a_box_not_ticked_read_as_a_value_is_said_as_not_ticked() -> None:
    box = SourceValue("Afkrydsningsfelt3", "Off", {"type": "checkbox", "page": 2})
    assert nothing_chosen(box, [TransformCall("date", {})]) == (
        "not ticked: the box must be ticked",
        "ikke afkrydset: feltet skal afkrydses",
    )
    # A value that is text, or a box ticked, is the transform's to read as before.
    assert (
        nothing_chosen(SourceValue("Tekstfelt1", "Off", {"type": "text"}), [TransformCall("date", {})])
        is None
    )
    assert nothing_chosen(SourceValue("Gruppe1", "3", RADIO), [TransformCall("integer", {})]) is None
