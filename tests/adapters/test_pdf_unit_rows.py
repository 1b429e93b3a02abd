"""A text field in a row of text fields whose words follow each field ("[____] timer [____] minutter") is
labelled by the words after it, its unit; "Label: [____]" and "Fra [____] til [____]" keep the words
left of them (decision 0021, stop 45).

The form is drawn here, each word placed by its true width (Helvetica's metrics) as a form tool places
it: a unit 4 points after its field, the next field 14 points after the unit. Every expected label below
is read off that layout.
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import Extraction, describe_locator
from hub.adapters.readers.pdf import read_pdf
from hub.adapters.readers.pdf_rows import row_words

SIZE, HEIGHT, WIDTH = 10, 16, 60
# Each line: a caption or None, then (field name, words printed after it or None, words before it or None).
LINES: tuple[tuple[str | None, tuple[tuple[str, str | None, str | None], ...]], ...] = (
    (None, (("tid_timer", "timer", None), ("tid_minutter", "minutter", None))),
    ("Mentortid:", (("mentor_timer", "timer", None), ("mentor_minutter", "min.", None))),
    ("Mentortimer:", (("antal", "timer à", None), ("sats", "kr.", None))),
    ("Timeløn:", (("timeloen", "kr.", None),)),
    ("Beløb:", (("beloeb", "kr.", None), ("moms", "kr.", "Moms:"))),
    (None, (("fra", None, "Fra"), ("til", None, "til"))),
)


def render() -> bytes:
    """The form: one line of text fields a row, 40 points apart."""
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.setFont("Helvetica", SIZE)
    for number, (caption, fields) in enumerate(LINES):
        y = 760 - 40 * number
        x = 60.0
        if caption is not None:
            c.drawString(x, y + 4, caption)
            x += stringWidth(caption, "Helvetica", SIZE) + 6
        for name, after, before in fields:
            if before is not None:
                c.drawString(x, y + 4, before)
                x += stringWidth(before, "Helvetica", SIZE) + 4
            c.acroForm.textfield(name=name, x=x, y=y, width=WIDTH, height=HEIGHT, fontSize=9)
            x += WIDTH + 4
            if after is not None:
                c.drawString(x, y + 4, after)
                x += stringWidth(after, "Helvetica", SIZE) + 14
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def form() -> Extraction:
    return read_pdf(render(), "units.pdf", with_labels=True)


def _labels(form: Extraction) -> dict[str, object]:
    return {v.key: v.meta["label"] for v in form.values}


def test_a_field_whose_row_prints_units_after_each_field_is_labelled_by_its_unit(form: Extraction) -> None:
    labels = _labels(form)
    # "[____] timer [____] minutter": the first field was unlabelled and the second "timer".
    assert (labels["tid_timer"], labels["tid_minutter"]) == ("timer", "minutter")
    # The same after a caption: the caption is the row's, no field's.
    assert (labels["mentor_timer"], labels["mentor_minutter"]) == ("timer", "min.")
    assert (labels["antal"], labels["sats"]) == ("timer à", "kr.")


def test_a_field_whose_words_are_left_of_it_keeps_them(form: Extraction) -> None:
    labels = _labels(form)
    assert labels["timeloen"] == "Timeløn:"  # "Timeløn: [____] kr.": one field is no row
    # "Beløb: [____] kr.  Moms: [____] kr.": a word ending in a colon names the field after it.
    assert (labels["beloeb"], labels["moms"]) == ("Beløb:", "Moms:")
    assert (labels["fra"], labels["til"]) == ("Fra", "til")


def test_a_label_selector_and_a_problem_name_the_field_by_its_unit(form: Extraction) -> None:
    index = SourceIndex(form)
    words = ("minutter", "min.", "timer à", "Moms:")
    found = {w: (v.key if (v := index.resolve(f"label:{w}")) is not None else None) for w in words}
    assert found == {
        "minutter": "tid_minutter",
        "min.": "mentor_minutter",
        "timer à": "antal",
        "Moms:": "moms",
    }
    value = next(v for v in form.values if v.key == "tid_minutter")
    assert describe_locator(value, "pdf", "da") == 'felt "tid_minutter" ("minutter") på side 1'


def test_a_caption_ending_in_a_colon_settles_a_row_its_spacing_cannot() -> None:
    # "Tid: [__] timer [__] minutter" with "timer" as far from either field: the caption names the row.
    first, second = (100.0, 100.0, 160.0, 116.0), (200.0, 100.0, 260.0, 116.0)
    tid, timer, minutter = (
        (75.0, 104.0, "Tid:", 20.0, 10.0),
        (170.0, 104.0, "timer", 20.0, 10.0),
        (264.0, 104.0, "minutter", 40.0, 10.0),
    )
    assert row_words([first, second], lambda low, high: [tid, timer, minutter], units=True) == {
        first: timer,
        second: minutter,
    }
    # Without the colon the row cannot be told, and a text field keeps the words left of it.
    tid_plain = (75.0, 104.0, "Tid", 15.0, 10.0)
    assert row_words([first, second], lambda low, high: [tid_plain, timer, minutter], units=True) == {}


def test_a_row_of_text_fields_whose_last_has_no_words_after_it_is_left_alone() -> None:
    # "[__] til [__]", "til" nearer the first field: read as units it would label the first field,
    # and the second none; with no words after the last field it is no row of units.
    first, second = (100.0, 100.0, 160.0, 116.0), (200.0, 100.0, 260.0, 116.0)
    runs = [(163.0, 104.0, "til", 10.0, 10.0)]
    assert row_words([first, second], lambda low, high: runs, units=True) == {}
    # The same words between two check boxes are the first box's (stop 44's rule, unchanged).
    assert row_words([first, second], lambda low, high: runs) == {first: runs[0], second: None}
