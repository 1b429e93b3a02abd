"""A widget's later texts are drawn with what pypdf worked out for its first: the stream must be the one
pypdf's own `from_text_annotation` makes for that text, byte for byte, in every text widget of every
claim template."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from pypdf.generic._appearance_stream import TextStreamAppearance

from hub.exports.claims.pdf_appearance import TextAppearances

TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "config/municipalities/templates").glob("*/*.pdf"))
TEXTS = (
    "Şahin",  # outside the template font's encoding: pypdf picks another font, and nothing is kept
    "1",
    "Søren Ærø Åberg",
    "010190-1234",
    "1.234.560,00",
    "Et meget langt navn der ikke kan stå i feltet uden at skriften bliver mindre, meget mindre",
    "Őrs",  # outside it too, after a text that was kept: pypdf picks the font again
    "Åse",
)


def with_text(node: DictionaryObject, text: str) -> DictionaryObject:
    copy = DictionaryObject(node)
    copy[NameObject("/V")] = TextStringObject(text)
    return copy


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.parent.name)
def test_every_later_text_is_drawn_as_pypdf_draws_it(template: Path) -> None:
    ours, theirs = PdfWriter(clone_from=template), PdfWriter(clone_from=template)
    appearances = TextAppearances(ours, ours.root_object["/AcroForm"])
    checked = 0
    for page, their_page in zip(ours.pages, theirs.pages, strict=True):
        for ref, their_ref in zip(page["/Annots"], their_page["/Annots"], strict=True):
            widget, their_widget = ref.get_object(), their_ref.get_object()
            if widget.get("/FT") != "/Tx" or "/T" not in widget:
                continue
            for text in TEXTS:
                mine = with_text(widget, text)
                made = appearances.make(ref.idnum, page, mine, mine)
                their = with_text(their_widget, text)
                expected = TextStreamAppearance.from_text_annotation(
                    theirs, their_page, False, theirs.root_object["/AcroForm"], their, their
                )
                assert made.get_data() == expected.get_data(), (widget["/T"], text)
                assert {k: repr(v) for k, v in made.items() if k != "/Resources"} == {
                    k: repr(v) for k, v in expected.items() if k != "/Resources"
                }
                assert list(made["/Resources"]["/Font"]) == list(expected["/Resources"]["/Font"])
                assert mine.get("/DA") == their.get("/DA")
                checked += 1
    assert checked > 100
    assert appearances.kept  # and later texts did take the short way
