"""A check box's or radio group's value (/V) saved as a list or a dictionary, where a state's name belongs
(fuzz-96's six mutants, decision 0064): read from the boxes' shown states it was "none chosen" where they
show none (xdvipdfmx's buttons have no /AS) and their choice where they show one, and viewers part on it.
Refused at the field and page as damaged, as a damaged text value is (decision 0025, "Stop 66:
fixes-100"). Each form is Skanderborg's agreement with one field's /V changed with pikepdf."""

from __future__ import annotations

from typing import Any

import pikepdf
import pytest
from skanderborg_agreement_support import agreement_outcome as _outcome

VISITATION, MENTOR_JC = "visitation", "mentorjc"
AGAIN = (
    "fill the form again in a PDF program that saves form fields (such as Adobe Acrobat Reader), or make it"
    " again with the program that wrote it, typing the value as a text field's, and send it again"
)


@pytest.mark.parametrize(
    ("saved", "what", "what_da"),
    [(pikepdf.Array([pikepdf.Name("/Aktivitetsparat")]), "a list", "en liste"),
     (pikepdf.Array([]), "a list", "en liste"),
     (pikepdf.Dictionary(V=pikepdf.Name("/Aktivitetsparat")), "a PDF object", "et PDF-objekt")],
)  # fmt: skip
def test_a_radio_groups_damaged_value_is_refused_at_its_field_and_page(
    saved: Any, what: str, what_da: str
) -> None:
    assert _outcome(VISITATION, saved) == [
        (
            "visitation",
            'field "visitation" on page 1',
            f"the box's value is damaged: it is saved as {what}, not as one of the box's states; PDF programs"
            f" show the box differently, chosen or not: {AGAIN}",
            f"feltets værdi er beskadiget: den er gemt som {what_da}, ikke som en af feltets tilstande;"
            " PDF-programmer viser feltet forskelligt, valgt eller ej: udfyld blanketten igen i et"
            " PDF-program, der gemmer formularfelter (f.eks. Adobe Acrobat Reader), eller lav den igen med"
            " det program, der skrev den, med værdien skrevet i et tekstfelt, og send den igen",
        )
    ]


@pytest.mark.parametrize(
    "saved", [pikepdf.Array([pikepdf.Name("/Yes")]), pikepdf.Dictionary(Yes=pikepdf.Name("/Yes"))]
)
def test_a_check_boxs_damaged_value_is_refused_at_its_field(saved: Any) -> None:
    [(path, where, reason, _)] = _outcome(MENTOR_JC, saved)
    assert path == "mentor.employer" and where.startswith('field "mentorjc"') and where.endswith(" on page 1")
    assert reason.startswith("the box's value is damaged: it is saved as ")


def test_a_state_saved_as_a_name_reads_as_before() -> None:
    """The golden form as saved: its radio group's and check box's values are names."""
    record = _outcome(VISITATION, None)
    assert record["visitation"] == "aktivitetsparat"
    assert record["mentor"]["employer"] == "jobcentre"
