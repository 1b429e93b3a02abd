"""A checkbox or radio group whose value is a string naming a state while its boxes show none: CAM::PDF's
`fillFormFields` writes every value so, `(Ja)`, `(2)`, and sets no box's /AS (decision 0060, "Stop 72:
trial-124"). The page shows nothing chosen and the value says chosen: refused at the field as every box
shown apart from its value is, the refusal saying what the value says. The box had read as not ticked
without a word, and the group's refusal had said its value was "nothing chosen"."""

from __future__ import annotations

import io

import pikepdf
import pytest

from hub.adapters.mapping.shown_apart import shown_apart_problem
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.base import SourceValue


def _widget(pdf: pikepdf.Pdf, state: str, shown: str, x: int, **entries: object) -> pikepdf.Dictionary:
    """A box at `x` drawing `state` and Off, showing `shown` (its /AS)."""
    faces = {f"/{state}": pdf.make_stream(b"0 g 1 1 6 6 re f"), "/Off": pdf.make_stream(b"")}
    widget = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, **entries)
    widget.Rect, widget.AS = pikepdf.Array([x, 700, x + 8, 708]), pikepdf.Name(f"/{shown}")
    widget.AP = pikepdf.Dictionary(N=pikepdf.Dictionary(faces))
    return pdf.make_indirect(widget)


def _form(box_value: object, box_shown: str, group_value: object, group_shown: str = "Off") -> bytes:
    """A page with a checkbox `ansat` (on as /Ja) and a radio group `visitation` (/1, /2): their values and
    what their boxes show."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    box = _widget(pdf, "Ja", box_shown, 100, FT=pikepdf.Name.Btn, T="ansat", V=box_value)
    group = pdf.make_indirect(
        pikepdf.Dictionary(FT=pikepdf.Name.Btn, Ff=49152, T="visitation", V=group_value)
    )
    buttons = [
        _widget(pdf, s, s if s == group_shown else "Off", 200 + 50 * i, Parent=group)
        for i, s in enumerate("12")
    ]
    group.Kids = pikepdf.Array(buttons)
    page.Annots = pikepdf.Array([box, *buttons])
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([box, group]))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _values(data: bytes) -> dict[str, SourceValue]:
    return {v.key: v for v in extract(data, "form.pdf", READ_OPTIONS).values}


def test_a_box_whose_string_value_says_ticked_over_a_page_showing_it_empty_is_refused() -> None:
    box = _values(_form(pikepdf.String("Ja"), "Off", pikepdf.Name("/Off")))["ansat"]
    problem = shown_apart_problem(box)
    assert problem is not None
    assert problem[0].startswith("the box is not ticked on the page, but its saved value says ticked: ")
    assert problem[1].startswith("feltet er ikke afkrydset på siden, men dets gemte værdi siger afkrydset: ")


def test_a_groups_refusal_names_the_state_its_string_value_says() -> None:
    group = _values(_form(pikepdf.Name("/Off"), "Off", pikepdf.String("2")))["visitation"]
    problem = shown_apart_problem(group)
    assert problem is not None
    assert problem[0].startswith("the page shows nothing chosen, but the field's saved value is '2': ")
    assert problem[1].startswith("siden viser intet valgt, men feltets gemte værdi er '2': ")


@pytest.mark.parametrize(
    ("box_value", "box_shown", "read"),
    [
        (pikepdf.String("Ja"), "Ja", "Ja"),  # the string and the page agree: ticked
        (pikepdf.String("Off"), "Off", "Off"),  # both empty
        (pikepdf.String(""), "Off", "Off"),  # Perl's false, `''`: no state, as Off (review-125)
        (pikepdf.Name("/Ja"), "Ja", "Ja"),  # as before: a name
    ],
)
def test_a_box_whose_string_value_agrees_with_its_page_is_read(
    box_value: object, box_shown: str, read: str
) -> None:
    values = _values(_form(box_value, box_shown, pikepdf.String("2"), group_shown="2"))
    assert (values["ansat"].value, shown_apart_problem(values["ansat"])) == (read, None)
    assert (values["visitation"].value, shown_apart_problem(values["visitation"])) == ("2", None)


def test_a_box_whose_empty_string_value_is_shown_ticked_is_refused_as_saved_not_ticked() -> None:
    # An empty string names no state: the value says not ticked, the page ticked (review-125). It read
    # as ticked without a word, and as "saved value says ticked ('')" over a page showing it empty.
    box = _values(_form(pikepdf.String(""), "Ja", pikepdf.Name("/Off")))["ansat"]
    problem = shown_apart_problem(box)
    assert problem is not None
    assert problem[0].startswith("the box is ticked on the page, but its saved value says not ticked: ")
    assert problem[1].startswith("feltet er afkrydset på siden, men dets gemte værdi siger ikke afkrydset: ")


def _undrawn_group(group_value: object) -> bytes:
    """A radio group `visitation` of a button drawing /1 and one drawing no states (no /AP), both shown
    empty, its value `group_value`."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    group = pdf.make_indirect(
        pikepdf.Dictionary(FT=pikepdf.Name.Btn, Ff=49152, T="visitation", V=group_value)
    )
    drawn = _widget(pdf, "1", "Off", 200, Parent=group)
    undrawn = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            Parent=group,
            AS=pikepdf.Name.Off,
            Rect=pikepdf.Array([250, 700, 258, 708]),
        )
    )
    group.Kids = page.Annots = pikepdf.Array([drawn, undrawn])
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([group]))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_group_whose_empty_string_value_shows_nothing_chosen_is_read_as_none() -> None:
    # One button draws no states, so the empty string was no "Off" to `stored_state`, and the group was
    # refused as "the page shows nothing chosen, but the field's saved value is nothing chosen".
    group = _values(_undrawn_group(pikepdf.String("")))["visitation"]
    assert (group.value, shown_apart_problem(group)) == ("Off", None)


@pytest.mark.parametrize("field", ["ansat", "visitation"])
def test_a_string_value_said_in_a_refusal_has_its_cpr_number_masked(field: str) -> None:
    # A string value is any text the filler wrote (its fields mixed up: a CPR number into the box), said
    # in the refusal since trial-124, which may reach a log: masked as every other value said there.
    data = _form(pikepdf.String("030591-2846"), "Off", pikepdf.Name("/Off"))
    if field == "visitation":
        data = _undrawn_group(pikepdf.String("030591-2846"))
    problem = shown_apart_problem(_values(data)[field])
    assert problem is not None
    assert "030591-XXXX" in problem[0] and "030591-XXXX" in problem[1]
    assert "2846" not in problem[0] + problem[1]
