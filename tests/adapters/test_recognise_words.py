"""Why a document is not a form is said in words only when asked for (`FormConfig.mismatch`): `matches`,
asked of every form of a sender for every document, builds none. Asked, the words are those of before."""

from __future__ import annotations

from pathlib import Path

import pytest
from suggest_support import drafted_config

from hub.adapters.language import form_recognition, mismatch_words
from hub.adapters.language.config_form import FormConfig
from hub.adapters.readers.base import Extraction, SourceValue

FORMS = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "pdf"
title = "Timeseddel"
  [forms.recognise]
  title = "Timeseddel"
  fields = ["Mentor"]
  [[forms.fields]]
  path = "mentor.name"
  source = "Mentor"

[[forms]]
id = "liste"
form_type = "mentor_hours"
format = "xml"
  [forms.recognise]
  root = "{urn:timer}Timer"
  [[forms.fields]]
  path = "mentor.name"
  source = "/t:Timer/t:Mentor"
  [forms.reader]
  namespaces = { t = "urn:timer" }

[[forms]]
id = "ophoer"
form_type = "mentor_hours"
format = "xlsx"
  [forms.recognise]
  contains = ["Timer i alt"]
  [[forms.fields]]
  path = "mentor.name"
  source = "next:Mentor"
  [forms.reader]
  sheet = "Timer"
"""


@pytest.fixture
def forms(tmp_path: Path) -> dict[str, FormConfig]:
    return {form.id: form for form in drafted_config(FORMS, tmp_path).forms}


def pdf(title: str, **values: str) -> Extraction:
    fields = tuple(SourceValue(k, v, {"page": 1}) for k, v in values.items())
    return Extraction("pdf", fields, {"pages": 1, "title": title})


XML = Extraction("xml", (), {"root": "{urn:timer}Timeliste", "nsmap": {}})
BOOK = Extraction(
    "xlsx", (SourceValue("Ark1!A1", "Mentor", {"sheet": "Ark1", "row": 1, "col": 1}),), {"sheets": ["Ark1"]}
)


def test_the_words_asked_for_are_those_of_the_rule_broken(forms: dict[str, FormConfig]) -> None:
    timer, liste, ophoer = forms["timer"], forms["liste"], forms["ophoer"]
    assert timer.mismatch(XML) == ("it is xml, not pdf", "den er xml, ikke pdf")
    assert timer.mismatch(pdf("Aftale om praktik", Mentor="Ole")) == (
        "its title is 'Aftale om praktik', without 'Timeseddel'",
        "dens titel er 'Aftale om praktik', uden 'Timeseddel'",
    )
    assert timer.mismatch(pdf("", Mentor="Ole")) == (
        "the file's title could not be read, so the hub could not see whether it says 'Timeseddel'",
        "filens titel kunne ikke læses, så hubben kunne ikke se, om den indeholder 'Timeseddel'",
    )
    assert timer.mismatch(pdf("Timeseddel for maj", Navn="Ole")) == (
        "it has no form field named 'Mentor'",
        "den har intet formularfelt ved navn 'Mentor'",
    )
    assert timer.mismatch(pdf("Timeseddel for maj", Mentor="Ole")) is None
    assert liste.mismatch(XML) == (
        "its root element is Timeliste, not Timer",
        "dens rodelement er Timeliste, ikke Timer",
    )
    # The workbook has no sheet "Timer": that is said, not that the words are missing from it.
    assert ophoer.mismatch(BOOK) == (
        "it has no sheet 'Timer' (its sheets: 'Ark1')",
        "den har intet ark 'Timer' (dens ark: 'Ark1')",
    )


def test_matching_builds_no_words(forms: dict[str, FormConfig], monkeypatch: pytest.MonkeyPatch) -> None:
    def said(*_: object) -> tuple[str, str]:
        raise AssertionError("a reason was put in words")

    for name in ("missing", "root_mismatch"):
        monkeypatch.setattr(form_recognition, name, said)
    for name in ("missing_sheet", "mask_cpr_like", "readable"):
        monkeypatch.setattr(mismatch_words, name, said)
    timer, liste, ophoer = forms["timer"], forms["liste"], forms["ophoer"]
    assert not timer.matches(XML)
    assert not timer.matches(pdf("Aftale om praktik", Mentor="Ole"))
    assert not timer.matches(pdf("Timeseddel for maj", Navn="Ole"))
    assert timer.matches(pdf("Timeseddel for maj", Mentor="Ole"))
    assert not liste.matches(XML)
    assert not ophoer.matches(BOOK)
    with pytest.raises(AssertionError, match="put in words"):
        timer.mismatch(pdf("Aftale om praktik", Mentor="Ole"))
