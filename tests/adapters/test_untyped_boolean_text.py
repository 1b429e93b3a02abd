"""A CSV's or XML's yes or no written as a word (TRUE, FALSE; Danish Excel's SAND and FALSK; pandas'
True, XML Schema's true) where the config reads a name or other text is refused at its cell or element,
as a workbook's yes/no cell is (decision 0061, "Stop 64: fixes-85"); a yes/no field's `map` reads it as
before, and a word that only looks like one ("Sand", a surname; "OLE SAND") is text."""

from __future__ import annotations

from pathlib import Path

import pytest
from suggest_support import drafted_config

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping.form import map_form
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.tabular import read_csv
from hub.adapters.readers.xml import read_xml
from hub.errors import Rejection

SHA = "cd" * 32
FORMS = """
[[forms]]
id = "mentor"
form_type = "mentor_hours"
format = "{fmt}"
  [forms.recognise]
  fields = ["{name}"]
  [[forms.fields]]
  path = "mentor.name"
  source = "{name}"
  {transforms}
  [[forms.fields]]
  path = "signed_by"
  source = "{signed}"
  nullable = true
"""
SOURCES = {"csv": ("next:Mentor", "next:Underskrift"), "xml": ("/timer/mentor", "/timer/underskrift")}


def _read(fmt: str, name: str, signed: str = "Ole Berg") -> Extraction:
    if fmt == "csv":
        return read_csv(f"Mentor;{name}\nUnderskrift;{signed}\n".encode(), "m.csv")
    xml = f"<timer><mentor>{name}</mentor><underskrift>{signed}</underskrift></timer>"
    return read_xml(xml.encode(), "m.xml")


def _form(tmp_path: Path, fmt: str, transforms: str = "") -> FormConfig:
    name, signed = SOURCES[fmt]
    config = FORMS.format(fmt=fmt, name=name, signed=signed, transforms=transforms)
    return drafted_config(config, tmp_path).forms[0]


@pytest.mark.parametrize("word", ["TRUE", "FALSE", "SAND", "FALSK", "True", "false"])
def test_a_csv_yes_or_no_is_no_name(tmp_path: Path, word: str) -> None:
    with pytest.raises(Rejection) as caught:
        map_form(_read("csv", word), _form(tmp_path, "csv"), SHA, "m.csv", "159")
    (problem,) = caught.value.problems
    assert problem.field == "mentor.name"
    assert problem.describe() == (
        "m.csv / mentor / row 1, column 2 (B1) / mentor's name (mentor.name): the cell holds the "
        f"yes-or-no value {word}, not text: a name or other text is never a yes or a no; write the text "
        "in the cell and send the file again"
    )
    assert problem.reason_da == (
        f"cellen har ja-eller-nej-værdien {word}, ikke tekst: et navn eller anden tekst er aldrig et ja "
        "eller et nej; skriv teksten i cellen, og send filen igen"
    )


def test_an_xml_true_is_no_signer_even_where_optional(tmp_path: Path) -> None:
    with pytest.raises(Rejection) as caught:
        map_form(_read("xml", "Ole Berg", "true"), _form(tmp_path, "xml"), SHA, "m.xml", "159")
    (problem,) = caught.value.problems
    assert problem.field == "signed_by"
    assert problem.locator == "/timer/underskrift"
    assert problem.reason_en == (
        "the element holds the yes-or-no value true, not text: a name or other text is never a yes or a "
        "no; write the text in the element and send the file again"
    )
    assert problem.reason_da.startswith("elementet har ja-eller-nej-værdien true, ikke tekst")


@pytest.mark.parametrize("fmt", ["csv", "xml"])
def test_a_yes_no_field_and_words_that_are_text_read_as_before(tmp_path: Path, fmt: str) -> None:
    # Guards: a `map` naming TRUE (Mariagerfjord's employer's flag) reads it; a surname is text.
    yes_no = 'transforms = [{ name = "map", values = { "TRUE" = "Ja tak", "FALSE" = "Nej" } }]'
    mapped = map_form(_read(fmt, "TRUE"), _form(tmp_path, fmt, yes_no), SHA, "m", "159")
    assert mapped.record["mentor"] == {"name": "Ja tak"}
    for name in ("Sand", "OLE SAND", "Falsk Hansen"):
        mapped = map_form(_read(fmt, name, "sand"), _form(tmp_path, fmt), SHA, "m", "159")
        assert (mapped.record["mentor"], mapped.record["signed_by"]) == ({"name": name}, "sand")


@pytest.mark.parametrize(("fmt", "word"), [("csv", "  TRUE    "), ("xml", "\n    true\n  ")])
def test_a_yes_or_no_padded_with_spaces_is_no_name_either(tmp_path: Path, fmt: str, word: str) -> None:
    """A fixed-width column's padding, or a pretty-printed element's line breaks, are no part of the word:
    read, the name was stored as "TRUE" (the edges stripped), the word the unpadded cell is refused for."""
    with pytest.raises(Rejection) as caught:
        map_form(_read(fmt, word), _form(tmp_path, fmt), SHA, f"m.{fmt}", "159")
    (problem,) = caught.value.problems
    assert problem.field == "mentor.name"
    assert f"yes-or-no value {word.strip()}, not text" in problem.reason_en
