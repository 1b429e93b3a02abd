"""A label printed with another dash for its hyphen is the label a config names with a hyphen:
Ghostscript's text encoding writes "CPR−nummer" (U+2212 MINUS SIGN), Word a non-breaking hyphen
(U+2011), others U+2010 or an en dash (decision 0060, "Stop 62: fixes-75"). The em dash, a sentence's
dash, stays apart."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.selector_text import normalise_text
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import Extraction, SourceValue

DASHES = ["\u2212", "\u2010", "\u2011", "\u2013"]


@pytest.mark.parametrize("dash", DASHES)
def test_a_pdf_label_and_tooltip_with_another_dash_are_found_by_the_hyphen(dash: str) -> None:
    values = (
        SourceValue("Tekst1", "010190-XXXX", {"page": 1, "label": f"CPR{dash}nummer:"}),
        SourceValue("Tekst2", "1234567890", {"page": 1, "tooltip": f"P{dash}nummer"}),
    )
    index = SourceIndex(Extraction("pdf", values, {}))
    assert index.resolve("label:CPR-nummer").key == "Tekst1"  # type: ignore[union-attr]
    assert index.resolve("tooltip:P-nummer").key == "Tekst2"  # type: ignore[union-attr]


@pytest.mark.parametrize("dash", DASHES)
def test_a_sheets_label_and_header_with_another_dash_are_found_by_the_hyphen(dash: str) -> None:
    values = (
        SourceValue("A1", f"CPR{dash}nr.", {"row": 1, "col": 1}),
        SourceValue("B1", "010190-XXXX", {"row": 1, "col": 2}),
        SourceValue("A3", f"P{dash}nummer", {"row": 3, "col": 1}),
        SourceValue("B3", "Timer", {"row": 3, "col": 2}),
    )
    index = SourceIndex(Extraction("csv", values, {"delimiter": ";"}))
    assert index.resolve("label:CPR-nr.").value == "010190-XXXX"  # type: ignore[union-attr]
    assert index.find_header_row(["P-nummer", "Timer"]) == (3, {"P-nummer": 1, "Timer": 2})


def test_an_em_dash_is_no_hyphen() -> None:
    assert normalise_text("Praktik \u2014 start") != normalise_text("Praktik - start")
    assert normalise_text("CPR\u2212Nummer:") == "cpr-nummer"
