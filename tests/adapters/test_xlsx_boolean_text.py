"""A workbook's yes/no cell (`t="b"`, Excel's TRUE or FALSE, Danish Excel's SAND or FALSK) where the
config reads a name or other text is refused at its sheet and cell, never read as the text "TRUE"
(fuzz-79's 68/xlsx/cell_type/6, decision 0061 "Stop 63: fixes-83"). A yes/no field, whose `map` reads
TRUE and FALSE, reads it as before."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from suggest_support import drafted_config

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping.form import map_form
from hub.adapters.readers.tabular import read_xlsx
from hub.errors import Rejection

SHA = "ab" * 32
FORMS = """
[[forms]]
id = "mentor"
form_type = "mentor_hours"
format = "xlsx"
  [forms.recognise]
  fields = ["Ark1!A1"]
  [[forms.fields]]
  path = "mentor.name"
  source = "Ark1!B1"
  {name_transforms}
  [[forms.fields]]
  path = "signed_by"
  source = "Ark1!B2"
  nullable = true
"""


def book(name: object, signer: object = "Ole Berg") -> bytes:
    """A workbook as openpyxl writes it: a Python bool is saved as a cell of type "b"."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Ark1"
    sheet["A1"], sheet["B1"] = "Mentor", name
    sheet["A2"], sheet["B2"] = "Underskrift", signer
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def form(tmp_path: Path, name_transforms: str = "") -> FormConfig:
    return drafted_config(FORMS.format(name_transforms=name_transforms), tmp_path).forms[0]


@pytest.mark.parametrize(
    ("value", "en", "da"),
    [(True, "TRUE", "SAND"), (False, "FALSE", "FALSK")],
)
@pytest.mark.parametrize("transforms", ["", 'transforms = ["upper"]'])
def test_a_yes_no_cell_is_no_name(tmp_path: Path, value: bool, en: str, da: str, transforms: str) -> None:
    with pytest.raises(Rejection) as caught:
        map_form(read_xlsx(book(value), "m.xlsx"), form(tmp_path, transforms), SHA, "m.xlsx", "159")
    (problem,) = caught.value.problems
    assert problem.field == "mentor.name"
    assert problem.describe() == (
        'm.xlsx / mentor / sheet "Ark1", cell B1 / mentor\'s name (mentor.name): the cell holds the '
        f"yes-or-no value {en}, not text: Excel shows it as {en}, but a name or other text is never a yes "
        "or a no; type the text into the cell and send the file again"
    )
    assert problem.reason_da == (
        f"cellen har ja-eller-nej-værdien {da} ({en}), ikke tekst: Excel viser den som {da}, men et navn "
        "eller anden tekst er aldrig et ja eller et nej; skriv teksten i cellen, og send filen igen"
    )


def test_an_optional_text_field_refuses_it_too(tmp_path: Path) -> None:
    # signed_by may be left out: a yes/no cell there is still no signer, and no empty cell either
    with pytest.raises(Rejection) as caught:
        map_form(read_xlsx(book("Ole Berg", True), "m.xlsx"), form(tmp_path), SHA, "m.xlsx", "159")
    (problem,) = caught.value.problems
    assert problem.field == "signed_by"
    assert problem.locator == 'sheet "Ark1", cell B2'


def test_a_yes_no_field_reads_it_as_before(tmp_path: Path) -> None:
    # A guard: `map` names TRUE and FALSE, as Mariagerfjord's config maps its employer's flag.
    mapped = map_form(
        read_xlsx(book(True), "m.xlsx"),
        form(tmp_path, 'transforms = [{ name = "map", values = { "TRUE" = "Ja tak", "FALSE" = "Nej" } }]'),
        SHA,
        "m.xlsx",
        "159",
    )
    assert mapped.record["mentor"] == {"name": "Ja tak"}
    assert mapped.record["signed_by"] == "Ole Berg"


def test_the_text_true_typed_into_a_cell_is_its_text(tmp_path: Path) -> None:
    # A guard: only the cell's type says yes/no; the word typed as text is what the file says.
    mapped = map_form(read_xlsx(book("TRUE"), "m.xlsx"), form(tmp_path), SHA, "m.xlsx", "159")
    assert mapped.record["mentor"] == {"name": "TRUE"}
