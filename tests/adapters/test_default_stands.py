"""A `default` after a combining transform stands for a value none of whose sources is in the document,
never for one source missing beside the others (a misspelt name would read as the default for ever,
without a word), nor for a box not found (decision 0060, "Stop 52: forms-58")."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_mapping import PLACEMENT, SHA, form, pdf

from hub.adapters.mapping.form import map_form
from hub.errors import Rejection

# The name joined from two fields, "Ukendt navn" where the form has neither; the surname misspelt.
NAME_DEFAULT = PLACEMENT.replace(
    '  sources = ["Fornavn", "Efternavn"]\n  transforms = ["join"]',
    '  sources = ["Fornavn", "Efternvan"]\n'
    '  transforms = ["join", { name = "default", value = "Ukendt navn" }]',
)
FILLED = {"Tekstfelt1": "010190-1234", "Startdato_felt": "3/8-2026", "cb_kh": "Off", "cb_sd": "Yes"}


def test_a_misspelt_source_beside_a_found_one_is_refused_by_name_not_read_as_the_default(
    tmp_path: Path,
) -> None:
    config = form(tmp_path, NAME_DEFAULT)
    with pytest.raises(Rejection) as info:
        map_form(pdf(**FILLED, Fornavn="Mette", Efternavn="Hansen"), config, SHA, "vp.pdf", "159")
    [problem] = info.value.problems
    assert (problem.field, problem.locator) == ("citizen.name", "Efternvan")
    assert "default stands for the value only where none of its sources is in the document" in (
        problem.reason_en
    )
    assert (
        "default gælder kun for værdien, hvor ingen af dens kilder findes i dokumentet" in problem.reason_da
    )
    # A form version without the name's fields at all: the default is what its author wrote it for.
    mapped = map_form(pdf(**FILLED), config, SHA, "vp.pdf", "159")
    assert mapped.record["citizen"]["name"] == "Ukendt navn"


def test_a_box_not_found_is_no_unticked_box_even_with_a_default(tmp_path: Path) -> None:
    body = PLACEMENT.replace(
        'cb_sd = "sygedagpenge" } }]',
        'cb_sd = "sygedagpenge" } }, { name = "default", value = "kontanthjaelp" }]',
    )
    found = {
        "Tekstfelt1": "010190-1234",
        "Startdato_felt": "3/8-2026",
        "Fornavn": "Mette",
        "Efternavn": "Lund",
    }
    with pytest.raises(Rejection) as info:
        map_form(pdf(**found), form(tmp_path, body), SHA, "vp.pdf", "159")
    assert [(p.field, p.locator) for p in info.value.problems] == [("benefit", "cb_kh"), ("benefit", "cb_sd")]
    assert "a box not found is no unticked box" in info.value.problems[0].reason_en
    assert (
        "et afkrydsningsfelt, der ikke findes, er ikke et felt uden kryds" in info.value.problems[0].reason_da
    )
