"""A CPR number in a comb field (`/Ff` Comb, `/MaxLen` 10, or 11 with the hyphen), typed as a person
types it (decision 0060, "Stop 71: trial-121" (iii), "Stop 74: fixes-137").

Gentofte's golden placement (its CPR field `borger_cpr`, printed "CPR-nr.", holds 040493-2220) with the
field made a comb of 10 or 11 boxes and the value saved as a viewer saves it: whole where it fits; cut to
the boxes' count where the viewer cuts (`040493-222`: the hyphen took the last digit's place); kept
longer than the boxes where the filler keeps it (pypdf, pikepdf and some viewers do not cut).
"""

from __future__ import annotations

import io

import pikepdf
import pytest
from pipeline import GOLDEN, ingest, repository_registry

from hub.adapters.pipeline import read_and_canonicalise
from hub.errors import Rejection

COMB = 1 << 24  # /Ff bit 25, Comb (PDF 32000 12.7.4.3, table 228)
FIELD = 'field "borger_cpr" ("CPR-nr.") on page 1'
SHORT = "CPR must be 10 digits (DDMMYYSSSS)"


def _form(value: str, boxes: int) -> bytes:
    pdf = pikepdf.open(GOLDEN / "gentofte" / "placement.pdf")
    (field,) = [f for f in pdf.Root.AcroForm.Fields if f.get("/T") == "borger_cpr"]
    field.V, field.MaxLen, field.Ff = pikepdf.String(value), boxes, COMB
    pdf.Root.AcroForm.NeedAppearances = True
    saved = io.BytesIO()
    pdf.save(saved)
    return saved.getvalue()


@pytest.mark.parametrize(
    ("typed", "boxes"),
    [
        ("0404932220", 10),  # ten boxes, ten digits
        ("040493-2220", 11),  # eleven boxes, the hyphen in its own
        ("0404932220", 11),  # eleven boxes, the last left empty
        ("040493-2220", 10),  # longer than its boxes, kept whole by the filler: nothing was cut
    ],
)
def test_a_cpr_number_typed_whole_is_read_and_kept_as_typed(typed: str, boxes: int) -> None:
    record = ingest(repository_registry(), "gentofte", _form(typed, boxes), "aftale.pdf")
    assert record["citizen"]["cpr"] == "0404932220"


def test_a_cpr_number_cut_by_its_ten_boxes_is_refused_at_its_field_saying_why() -> None:
    with pytest.raises(Rejection) as refused:
        ingest(repository_registry(), "gentofte", _form("040493-222", 10), "aftale.pdf")
    (problem,) = refused.value.problems
    assert (problem.field, problem.locator) == ("citizen.cpr", FIELD)
    assert problem.reason_en == (
        f"{SHORT}; the field holds at most 10 characters and what was typed fills it, so anything typed"
        " past them was cut off: type the number without spaces or hyphens"
    )
    assert problem.reason_da.endswith(
        "; feltet rummer højst 10 tegn, og det skrevne fylder det, så det, der blev skrevet ud over dem,"
        " blev skåret af: skriv nummeret uden mellemrum og bindestreger"
    )
    assert "040493" not in problem.reason_en + problem.reason_da  # a CPR number cut short is still one


def test_too_many_digits_kept_past_the_boxes_is_refused_as_before() -> None:
    with pytest.raises(Rejection) as refused:
        ingest(repository_registry(), "gentofte", _form("04049322201", 10), "aftale.pdf")
    (problem,) = refused.value.problems
    assert (problem.field, problem.locator, problem.reason_en) == ("citizen.cpr", FIELD, SHORT)


@pytest.mark.parametrize(("typed", "boxes", "full"), [("040493-2220", 11, 11), ("0404932220", 11, None)])
def test_the_provenance_keeps_the_value_as_typed_and_marks_a_full_field(
    typed: str, boxes: int, full: int | None
) -> None:
    data = _form(typed, boxes)
    mapped = read_and_canonicalise(repository_registry().get("gentofte"), data, "ab" * 32, "aftale.pdf")
    (entry,) = [p for p in mapped.provenance if p.path == "citizen.cpr"]
    assert (entry.raw_value, entry.locator.get("max_len")) == (typed, full)
