"""Looks that `hub reprocess` made at every value of every kept PDF form, and that the document shows
cannot find anything, skipped (decision 0030, "Stop 68: reprocess-110"); each look still made, and its
refusal said at its field, where it can find something."""

from __future__ import annotations

from pathlib import Path

import pytest
from suggest_support import drafted_config

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping import checkbox_marks, numberparse, reading, selector_text, written_day
from hub.adapters.mapping.checkbox_marks import read_mark
from hub.adapters.mapping.cut_fields import LOST_KEY
from hub.adapters.mapping.form import map_form
from hub.adapters.mapping.numberparse import parse_hours
from hub.adapters.mapping.selector_text import normalise_text
from hub.adapters.mapping.textparse import parse_date
from hub.adapters.readers.base import Extraction, SourceValue
from hub.errors import Rejection
from hub.schemas import scientific
from hub.schemas.scientific import in_scientific_notation

FORMS = """
[[forms]]
id = "aftale"
form_type = "placement"
format = "pdf"
  [forms.recognise]
  fields = ["Fornavn"]
  [[forms.fields]]
  path = "citizen.name"
  sources = ["Fornavn", "Efternavn"]
  transforms = ["join"]
  [[forms.fields]]
  path = "period.start"
  source = "Start"
  transforms = ["date"]
"""

TEXT = {"page": 1, "type": "text", "tooltip": "", "states": [], "label": ""}


@pytest.fixture
def form(tmp_path: Path) -> FormConfig:
    return drafted_config(FORMS, tmp_path).forms[0]


def document(last: dict[str, object] = TEXT, meta: dict[str, object] | None = None) -> Extraction:
    values = (
        SourceValue("Fornavn", "Mette", TEXT),
        SourceValue("Efternavn", "Hansen", last),
        SourceValue("Start", "05-01-2026", TEXT),
    )
    return Extraction("pdf", values, {"pages": 1, **(meta or {})})


def refused(*_: object) -> bool:
    raise AssertionError("looked at each source for what a whole, unmarked PDF cannot hold")


def test_a_whole_unmarked_pdf_is_looked_at_only_for_a_join_part(
    form: FormConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "refused_source", refused)
    for located in (False, True):
        mapped = map_form(document(), form, "ab" * 32, "aftale.pdf", "159", located=located)
        assert mapped.record["citizen"] == {"name": "Mette Hansen"}
        assert mapped.record["period"] == {"start": "2026-01-05"}
    # a join's part holding a check box's state is still refused at its field
    with pytest.raises(Rejection) as rejection:
        map_form(document({**TEXT, "type": "checkbox"}), form, "ab" * 32, "aftale.pdf", "159")
    assert [problem.field for problem in rejection.value.problems] == ["citizen.name"]
    assert "holds no text" in rejection.value.problems[0].reason_en
    # a PDF cut short, or one with a marked value, is looked at source by source as before
    for other in (document(meta={LOST_KEY: ["Slut"]}), document({**TEXT, "shown_only": True})):
        with pytest.raises(AssertionError, match="whole, unmarked"):
            map_form(other, form, "ab" * 32, "aftale.pdf", "159")


def test_a_date_of_digits_is_read_without_the_written_dates_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    def step(*_: object) -> None:
        raise AssertionError("a date of digits taken apart as a written one")

    monkeypatch.setattr(written_day, "mail_moment", step)
    assert parse_date(" 05-01-2026 ") == "2026-01-05"
    assert parse_date("3.8.26") == "2026-08-03"
    assert parse_date("2026-08-03") == "2026-08-03"
    for written in ("Mon, 03 Aug 2026 08:00:00 +0200", "2026-08-03-0130", "3/8 2026", "٠٥-٠١-٢٠٢٦"):
        with pytest.raises(AssertionError, match="taken apart"):
            parse_date(written)


def test_a_box_state_as_the_reader_gives_it_is_not_normalised(monkeypatch: pytest.MonkeyPatch) -> None:
    def normalised(text: str) -> str:
        raise AssertionError(f"normalised {text!r}")

    monkeypatch.setattr(checkbox_marks, "norm", normalised)
    assert read_mark("Off") is False
    assert read_mark("Yes") is True
    with pytest.raises(AssertionError, match="normalised ' Ja '"):
        read_mark(" Ja ")


class Hyphens(dict[int, str]):
    """`_HYPHENS`, noting each character `str.translate` looks up."""

    def __init__(self, table: dict[int, str]) -> None:
        super().__init__(table)
        self.asked: list[int] = []

    def __getitem__(self, char: int) -> str:
        self.asked.append(char)
        return super().__getitem__(char)


def test_a_label_without_a_dash_is_not_translated(monkeypatch: pytest.MonkeyPatch) -> None:
    hyphens = Hyphens(selector_text._HYPHENS)
    monkeypatch.setattr(selector_text, "_HYPHENS", hyphens)
    assert normalise_text("Uddannelseshjælp (før 1.7.2025):") == "uddannelseshjælp (før 1.7.2025)"
    assert hyphens.asked == []
    assert normalise_text("CPR\u2212nummer på borgeren") == "cpr-nummer på borgeren"
    assert hyphens.asked


def test_a_text_without_an_e_is_no_number_in_scientific_notation(monkeypatch: pytest.MonkeyPatch) -> None:
    class Never:
        def fullmatch(self, text: str) -> None:
            raise AssertionError(f"matched {text!r}")

    monkeypatch.setattr(scientific, "_SCIENTIFIC", Never())
    assert not in_scientific_notation("0101901234")
    assert not in_scientific_notation(" 1,5 ")
    with pytest.raises(AssertionError, match="matched"):
        in_scientific_notation("1e+09")


def test_hours_of_digits_are_read_without_the_durations_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    # Decision 0030, "Stop 73: cpu-131": the first of the readers `parse_hours` tries, each a look for a
    # day, a unit, a word or a clock that hours of digits alone cannot hold.
    def reader(*_: object) -> None:
        raise AssertionError("hours of digits taken apart as a duration")

    monkeypatch.setattr(numberparse, "timedelta_parts", reader)
    assert parse_hours("37") == "37.0"
    assert parse_hours("7,5") == "7.5"
    assert parse_hours("18.5") == "18.5"
    assert parse_hours("3.3000000000000003") == "3.3"  # a double's noise, read as before
    with pytest.raises(numberparse.TransformError, match="ambiguous number"):
        parse_hours("1.250")  # thousands or decimals: refused as before
    for written in ("1:30", "PT1H30M", "3 t.", "1 t. 30 min.", " 37", "٣٧", "1e+01"):
        with pytest.raises(AssertionError, match="taken apart"):
            parse_hours(written)
