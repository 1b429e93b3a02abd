"""A PDF radio group with no button chosen ("Off", pypdf's unchecked state) read through `map`: a problem
says nothing was chosen, and the record page says "ikke valgt" / "nothing chosen", never "læst som Off"."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from flask import Flask, session

from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.unchosen import nothing_chosen
from hub.adapters.readers.base import SourceValue
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
        (SourceValue("Gruppe1", "Off", RADIO), []),
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
