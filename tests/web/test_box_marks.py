"""A PDF checkbox on the record page reads as `checked` read it: ticked in any state but "Off", also a
state its form's author named "Nej" (Læsø's "Mentor ansat i jobcentret: Ja [ ] Nej [x]", in
tests/onboarding/). The provenance marks a PDF box in its locator (`box`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from flask import Flask

from hub.adapters.mapping.provenance import locator_of
from hub.adapters.readers.base import SourceValue
from hub.web.marks import box_mark


@dataclass
class _Source:
    raw_value: str | None
    transforms: tuple[str, ...] = ("checked(values={...})",)
    locator: dict[str, Any] = field(default_factory=dict)


def _pdf_locator(kind: str) -> dict[str, Any]:
    return locator_of(SourceValue("mentor_jc_nej", "Nej", {"page": 1, "type": kind}), "pdf")


@pytest.mark.parametrize(
    ("raw", "said"), [("Nej", "afkrydset"), ("Ja", "afkrydset"), ("Off", "ikke afkrydset")]
)
def test_a_pdf_boxs_state_is_ticked_whatever_its_name(app: Flask, raw: str, said: str) -> None:
    with app.test_request_context():  # the page's default language, Danish
        assert box_mark(_Source(raw, locator=_pdf_locator("checkbox"))) == said


def test_a_typed_nej_read_as_a_box_is_still_not_ticked(app: Flask) -> None:
    """A text field (or a CSV cell) with the word "Nej" in it is the word: not ticked."""
    assert "box" not in _pdf_locator("text")
    with app.test_request_context():  # the page's default language, Danish
        assert box_mark(_Source("Nej", locator=_pdf_locator("text"))) == "ikke afkrydset"
        assert box_mark(_Source("Nej", locator={"cell": "B3"})) == "ikke afkrydset"
