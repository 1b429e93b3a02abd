"""A PDF dropdown with no line chosen, where the config's field is required, is refused as an empty text
field is, at its field and page in both languages (decision 0025, "Stop 64: lang-85": asked as a warning
only, measured as refused already; these pin it). Every way a program leaves a combo box unchosen: no
/V, an empty /V, no /V with its box drawing one line (the record page's "draws other lines" note where
the field may be left out), a /DV default no viewer saved, and the same field as a list box.

On Norddjurs' placement agreement as TCPDF made it: the benefit `ydelse`, a combo box of five lines,
read by a `map` of the lines' words (`benefit`, required).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pikepdf
import pytest
from onboarding_trial import Trial, trial_registry

from hub.adapters.mapping.form_items import map_items
from hub.adapters.readers import READ_OPTIONS, extract
from hub.errors import Rejection

THIS = Trial("norddjurs", "707", "make_fixtures_onboarding_twentyninth")
FORM = THIS.golden / "praktikaftale_jobcenter.pdf"


def _no_value(box: Any) -> None:
    del box["/V"]


def _empty_value(box: Any) -> None:
    box.V = pikepdf.String("")


def _drawing_a_line(box: Any) -> None:
    del box["/V"]
    box.AP.N.write(b"/Tx BMC q BT /F1 10 Tf 2.8 7.2 Td (Uddannelseshj\xe6lp) Tj ET Q EMC")


def _default_only(box: Any) -> None:
    del box["/V"]
    box.DV = pikepdf.String("UDH")


def _list_box(box: Any) -> None:
    """The same field as a list box (no Combo flag), nothing chosen."""
    del box["/V"]
    box.Ff = 0


@pytest.mark.parametrize("edit", [_no_value, _empty_value, _drawing_a_line, _default_only, _list_box])
def test_a_required_dropdown_left_unchosen_is_refused_at_its_field_and_page(
    edit: Callable[[Any], None],
) -> None:
    pdf = pikepdf.open(io.BytesIO(FORM.read_bytes()))
    (box,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "ydelse"]
    edit(box)
    out = io.BytesIO()
    pdf.save(out)
    config = trial_registry().get("norddjurs")
    found = extract(out.getvalue(), FORM.name, READ_OPTIONS)
    with pytest.raises(Rejection) as info:
        list(map_items(found, config.forms[0], "0" * 64, FORM.name, "707"))
    (problem,) = info.value.problems
    assert problem.field == "benefit"
    assert (problem.locator, problem.locator_da) == (
        'field "ydelse" ("Forsørgelsesgrundlag") on page 1',
        'felt "ydelse" ("Forsørgelsesgrundlag") på side 1',
    )
    assert problem.reason_en == "empty: a value is required"
    assert problem.reason_da == "tom: feltet skal udfyldes"
