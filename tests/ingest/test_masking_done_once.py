"""The provenance's hashes mask a CPR number without reading the masked form's template again, and tell a
Danish locator or an XPath said twice from a CPR number without the regular expression (decision 0030,
"Stop 58: xml-66").

Every stored form's `record.<reason>` entry hashes its provenance rows masked: the CPR number read (one or
two rows a form) went through `re.Match.expand`, which Python 3.11 parses the template for at every call
(~35 µs, more than the rest of the rows together); a CSV locator's Danish words ("række 3, kolonne 2")
went to the regular expression's list of digits for being beyond ASCII; an XML locator's XPath, which is
its English and Danish text too, was looked at three times. The bytes hashed are the same.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from hub import pseudonyms
from hub.services import plain_parts


@pytest.fixture
def expanded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The templates `re.Match.expand` parses (it calls `re._expand`)."""
    asked: list[str] = []
    real = re._expand  # type: ignore[attr-defined]

    def counted(pattern: Any, match: Any, template: str) -> str:
        asked.append(template)
        return str(real(pattern, match, template))

    monkeypatch.setattr(re, "_expand", counted)
    return asked


@pytest.mark.parametrize(
    ("text", "keeping_date", "wholly"),
    [
        ("221100-4237", "221100-XXXX", "XXXXXX-XXXX"),
        (
            "CPR 22.11.00-4237 og 2211004237",
            "CPR 221100-XXXX og 221100-XXXX",
            "CPR XXXXXX-XXXX og XXXXXX-XXXX",
        ),
        ("２２１１００－４２３７", "221100-XXXX", "XXXXXX-XXXX"),  # fullwidth, as a PDF may hold it
        ("22-11-1900-4237", "221100-XXXX", "XXXXXX-XXXX"),  # a four-digit year: `century` takes part
    ],
)
def test_a_cpr_number_is_masked_without_parsing_the_template_again(
    expanded: list[str], text: str, keeping_date: str, wholly: str
) -> None:
    assert pseudonyms.mask_cpr_like(text) == keeping_date
    assert pseudonyms.mask_cpr_like(text, pseudonyms.MASKED_WHOLLY) == wholly
    assert expanded == []
    # A template of a group by number (`\\g<1>`, the day) is not read here: `expand` says what it means.
    assert pseudonyms.mask_cpr_like("221100-4237", r"\g<1>-XX") == "22-XX"
    assert expanded == [r"\g<1>-XX"]


@pytest.fixture
def regex_counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    real = plain_parts.holds_ten_digits

    def counted(text: str) -> bool:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(plain_parts, "holds_ten_digits", counted)
    return asked


def test_danish_words_short_of_ten_digits_are_told_without_the_regular_expression(
    regex_counted: list[str],
) -> None:
    assert not plain_parts.ten_digits("række 12, kolonne 2 (B12)")
    assert not plain_parts.ten_digits("felt \u201cCPR-nr.\u201d på side 1")
    assert regex_counted == []
    # Text beyond ASCII that may hold ten digits still goes to it, and is found.
    for text in (
        "række 3: 2211004237",
        "række ٢٢١١٠٠٤٢٣٧",
        "æ２２１１００４２３７",
    ):  # ASCII, Arabic-Indic, fullwidth
        assert plain_parts.ten_digits(text)
    assert len(regex_counted) == 3


def test_an_xpath_said_alike_in_both_languages_is_looked_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = plain_parts.ten_digits

    def counted(text: str) -> bool:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(plain_parts, "ten_digits", counted)
    xpath = "/Praktikaftale/Borger/CPRNummer"
    assert plain_parts.plain({"xpath": xpath, "text": {"en": xpath, "da": xpath}})
    assert asked == [xpath]
    # A string equal but not the same, or one holding a CPR number, is still looked at.
    other = "".join(["/Praktikaftale/", "Borger/CPRNummer"])
    assert plain_parts.plain({"xpath": xpath, "text": {"en": other, "da": xpath}})
    assert not plain_parts.plain({"xpath": xpath, "text": {"en": xpath, "da": "ved 2211004237"}})
