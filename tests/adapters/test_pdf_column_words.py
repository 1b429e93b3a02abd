"""A check box stacked in a column, its words printed right of it on its own line ("[ ] Uddannelse"), is
labelled by those words (decision 0045, stop 47). Before, a lone box took the text left of it, else the
text above it: the caption over a column went to its first two boxes (or a text field's label to the
box under the field), the rest got nothing, and `label:Uddannelse` found no box.

The form is drawn here as a word processor draws Lemvig's end form: boxes 12 points square at x 60,
20 points apart, their words 6 points right of them. Every expected label is read off that layout.
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.pdf import read_pdf

# (box name, its words right of it, y): under a text field whose label is printed above it ...
MENTOR = (("mentor_virk", "Virksomhedsmentor", 680), ("mentor_jc", "Jobcentermentor", 660))
# ... and under a caption of their own.
OUTCOME = (
    ("udfald_job", "Ordinært job", 580),
    ("udfald_udd", "Uddannelse", 560),
    ("udfald_flex", "Fleksjob", 540),
    ("udfald_andet", "Andet", 520),
)


def render() -> bytes:
    """The form: a text field, two columns of boxes, a box with words on both sides, a box with none."""
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.setFont("Helvetica", 10)
    form = c.acroForm
    c.drawString(60, 720, "Sidste praktikdag")
    form.textfield(name="ophoer", tooltip="", x=60, y=700, width=150, height=16, fontSize=9)
    c.drawString(60, 605, "Praktikken sluttede med")
    for name, words, y in (*MENTOR, *OUTCOME):
        form.checkbox(name=name, tooltip="", checked=name == "udfald_udd", x=60, y=y, size=12)
        c.drawString(78, y + 2, words)
    c.drawString(60, 482, "Samtykke:")  # words left of the box and right of it: the left ones name it
    form.checkbox(name="samtykke", tooltip="", x=120, y=480, size=12)
    c.drawString(138, 482, "ja")
    c.drawString(60, 445, "Underskrevet af borgeren")  # nothing beside the box: the text above names it
    form.checkbox(name="underskrevet", tooltip="", x=60, y=425, size=12)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def form() -> Extraction:
    return read_pdf(render(), "column.pdf", with_labels=True)


def test_each_box_of_a_column_is_labelled_by_its_own_words(form: Extraction) -> None:
    labels = {v.key: v.meta["label"] for v in form.values}
    # Before: "Praktikken sluttede med" for the first two, None for the other two.
    assert [labels[name] for name, *_ in OUTCOME] == ["Ordinært job", "Uddannelse", "Fleksjob", "Andet"]
    # Before: the first box took the text field's label above it ("Sidste praktikdag"), the second none.
    assert [labels[name] for name, *_ in MENTOR] == ["Virksomhedsmentor", "Jobcentermentor"]
    assert labels["ophoer"] == "Sidste praktikdag"


def test_a_box_with_words_left_of_it_or_none_beside_it_keeps_its_label(form: Extraction) -> None:
    labels = {v.key: v.meta["label"] for v in form.values}
    assert labels["samtykke"] == "Samtykke:"
    assert labels["underskrevet"] == "Underskrevet af borgeren"


def test_the_caption_above_a_column_is_kept_apart_for_suggest(form: Extraction) -> None:
    meta = {v.key: v.meta for v in form.values}
    # `hub adapters suggest` names the column's group by its first box's caption, as it did by its label.
    # The caption is the text left of a box or above it (within 40 points), as its label was before:
    # 13 points over the first box's top, 33 over the second's, 53 over the third's.
    captions = [meta[name].get("caption") for name, *_ in OUTCOME]
    assert captions == ["Praktikken sluttede med", "Praktikken sluttede med", None, None]
    assert [meta[name]["beside"] for name, *_ in OUTCOME] == [
        "Ordinært job",
        "Uddannelse",
        "Fleksjob",
        "Andet",
    ]


def test_a_label_selector_finds_each_box_and_the_text_field_by_their_words(form: Extraction) -> None:
    index = SourceIndex(form)
    words = ("Uddannelse", "Andet", "Jobcentermentor", "Sidste praktikdag", "Praktikken sluttede med")
    found = {w: (v.key if (v := index.resolve(f"label:{w}")) is not None else None) for w in words}
    assert found == {
        "Uddannelse": "udfald_udd",
        "Andet": "udfald_andet",
        "Jobcentermentor": "mentor_jc",
        # Before: printed label of the text field and of the box under it, so of neither.
        "Sidste praktikdag": "ophoer",
        "Praktikken sluttede med": None,  # the column's caption is no box's label
    }
    assert index.resolve("label:Uddannelse").value == "Yes"  # type: ignore[union-attr]
