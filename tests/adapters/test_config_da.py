"""Config errors are said in Danish too: every line of the schema's and the rules' own messages, with its
key path and quoted names as they are (issue 8: an item rule on a format that cannot have one, a predicate
with a syntax error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_config_schema import PDF_FORM, write

from hub.adapters.language.config_da import danish
from hub.adapters.language.config_schema import load_config_file
from hub.errors import ConfigError


def both(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    return list(zip(info.value.message.splitlines(), info.value.message_da.splitlines(), strict=True))


def test_an_item_rule_on_a_format_that_cannot_have_one(tmp_path: Path) -> None:
    body = (
        PDF_FORM.format(id="a", fields='["Tekstfelt1"]') + '  [forms.items]\n  rows = "/e:Eksport/e:Borger"\n'
    )
    lines = both(write(tmp_path, body=body))
    where = "gladsaxe.toml: forms[0].items: "
    english, dansk = (
        "a pdf form names its items with 'repeat'",
        "en pdf-formular angiver sine poster med 'repeat'",
    )
    assert (where + english, where + dansk) in lines


def test_a_predicate_with_a_syntax_error(tmp_path: Path) -> None:
    body = """
[[forms]]
id = "x"
form_type = "mentor_support"
format = "xml"
  [forms.recognise]
  root = "{urn:r}Bevillinger"
  [forms.reader]
  namespaces = { r = "urn:r" }
  [[forms.fields]]
  path = "citizen.cpr"
  source = "/r:Bevillinger/r:Timer[@enhed='uge'"
"""
    (english, dansk), *_ = [pair for pair in both(write(tmp_path, body=body)) if "Timer" in pair[0]]
    assert "an unclosed" in english
    assert "der ikke lukkes i" in dansk and "r:Timer[@enhed='uge'" in dansk


def test_every_line_of_a_file_full_of_mistakes_is_danish(tmp_path: Path) -> None:
    body = """
[[forms]]
id = "x"
form_type = "placemnet"
format = "csv"
colour = "blue"
  [forms.recognise]
  root = "{urn:x}A"
  [[forms.fields]]
  path = "note"
  source = "A"
  value = "b"
  [[forms.fields]]
  path = "benefit"
  source = "B"
  transforms = [{ name = "map", value = { a = "b" } }, "dato"]
"""
    lines = both(write(tmp_path, body=body))
    assert lines  # the file is wrong in several ways
    for english, dansk in lines:
        assert english != dansk, english
    assert (
        "gladsaxe.toml: forms[0].colour: unknown key",
        "gladsaxe.toml: forms[0].colour: ukendt nøgle",
    ) in lines


def test_a_message_no_pattern_knows_stays_english_rather_than_half_danish() -> None:
    assert danish("forms[0]: something new went wrong") == "forms[0]: something new went wrong"
    english = "'citizen' is not a field of a mentor_hours record; did you mean 'citizen.cpr'?"
    dansk = "'citizen' er ikke et felt i en mentor_hours-post; mente du 'citizen.cpr'?"
    assert danish(f"forms[0].fields[1].path: {english}") == f"forms[0].fields[1].path: {dansk}"


@pytest.mark.parametrize(
    ("english", "dansk"),
    [
        ("this transform takes no arguments", "denne omformning tager ingen argumenter"),
        (
            "not a valid regular expression: missing ), unterminated subpattern",
            "ikke et gyldigt regulært udtryk",
        ),
        ("the pattern has 2 group(s)", "mønstret har 2 gruppe(r)"),
        (
            "not one of the 98 municipality codes: unknown municipality code '999'",
            "ikke en af de 98 kommunekoder: ukendt kommunekode '999'",
        ),
    ],
)
def test_the_transforms_own_argument_messages_have_their_danish(english: str, dansk: str) -> None:
    # An onboarding review met "this transform takes no arguments" with no Danish line at all.
    assert danish(english).startswith(dansk)
