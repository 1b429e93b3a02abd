"""Config errors are said in Danish too: every line of the schema's and the rules' own messages, with its
key path and quoted names as they are (issue 8: an item rule on a format that cannot have one, a predicate
with a syntax error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_config_schema import PDF_FORM, write

from hub.adapters.language.config_da import _PATTERNS, danish
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
        ("this transform takes no arguments", "denne transformation tager ingen argumenter"),
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


def test_the_onboarding_mistakes_get_a_reason_and_a_hint_in_both_languages(tmp_path: Path) -> None:
    """An onboarding review wrote `slug = "Odense"` and `code = 461`: each line says what to write
    instead, in Danish too, not "not a slug" or "Not a valid string." alone."""
    path = write(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('slug = "gladsaxe"', 'slug = "Gladsaxe"').replace('code = "159"', "code = 159")
    )
    lines = both(path)
    assert (
        'gladsaxe.toml: municipality.code: not a text: write the code in quotes, code = "461"',
        'gladsaxe.toml: municipality.code: ikke en tekst: skriv koden i anførselstegn, code = "461"',
    ) in lines
    assert (
        "gladsaxe.toml: municipality.slug: not a slug: the file's name, in lower-case a-z, digits and hyphens"
        " (æ→ae, ø→oe, å→aa)",
        "gladsaxe.toml: municipality.slug: ikke et gyldigt slug: filens navn med små bogstaver a-z, cifre og"
        " bindestreger (æ→ae, ø→oe, å→aa)",
    ) in lines


def test_a_date_format_given_to_date_says_what_it_reads_by_itself(tmp_path: Path) -> None:
    path = write(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('transforms = ["digits"]', 'transforms = [{ name = "date", format = "dd-mm-yyyy" }]')
    )
    reads = "dd-mm-yyyy, dd.mm.yyyy, d/m-yyyy, yyyy-mm-dd, 3. august 2026"
    where = "gladsaxe.toml: forms[0].fields[0].transforms[0].format: "
    assert both(path) == [
        (
            f"{where}this transform takes no arguments but period, written_in_utc: it reads {reads}"
            " by itself",
            f"{where}denne transformation tager ingen argumenter ud over period, written_in_utc: den læser"
            f" selv {reads}",
        )
    ]


@pytest.mark.parametrize(
    ("toml", "dansk"),
    [
        (
            'a = "tekst\n',
            "linje 1, kolonne 11: linjeskift inde i en tekst (mangler et afsluttende anførselstegn?)",
        ),
        ("a = tekst\n", "linje 1, kolonne 5: ugyldig værdi (tekst skal stå i anførselstegn)"),
        ("a = 1\na = 2\n", "linje 2, kolonne 6: en nøgle er angivet to gange"),
        ("a = [1, 2\n", "i slutningen af filen: en liste mangler sit afsluttende ']'"),
    ],
)
def test_a_toml_syntax_error_is_said_in_danish_where_it_is(tmp_path: Path, toml: str, dansk: str) -> None:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert info.value.message_da == f"gladsaxe.toml: ikke gyldig TOML: {dansk}"
    assert info.value.message.startswith("gladsaxe.toml: not valid TOML: ")


def test_no_two_patterns_are_the_same_so_none_is_dead() -> None:
    # Only the first of two equal patterns can ever match: the second copy is dead, and its Danish (which
    # had drifted once) is never said.
    english = [pattern for pattern, _ in _PATTERNS]
    assert sorted({p for p in english if english.count(p) > 1}) == []


def test_keys_that_differ_only_in_case_are_said_in_idiomatic_danish() -> None:
    where = "forms[0].fields[0].transforms[0].values: "
    line = where + "keys differ only in case, spaces or Unicode form: 'Ja', 'ja'"
    assert danish(line) == (
        where + "nøgler adskiller sig kun ved store/små bogstaver, mellemrum eller Unicode-form: 'Ja', 'ja'"
    )


@pytest.mark.parametrize("fmt", ["pdf", "csv"])
def test_left_out_is_empty_on_a_form_other_than_xml_is_refused_at_its_key(tmp_path: Path, fmt: str) -> None:
    # Loaded, it did nothing: a PDF field or a column the document lacks is "not found" either way, and
    # the config's author would believe a part may be left out.
    body = PDF_FORM.format(id="aftale", fields='["Tekstfelt1"]')
    body = body.replace('format = "pdf"', f'format = "{fmt}"')
    body = body.replace('title = "Aftale"\n', "").replace("fields = [", "contains = [")
    body += (
        '  [[forms.fields]]\n  path = "citizen.name"\n  sources = ["Fornavn", "Mellemnavn", "Efternavn"]\n'
        '  transforms = [{ name = "join", left_out_is_empty = true }]\n'
    )
    lines = both(write(tmp_path, body=body))
    where = "gladsaxe.toml: forms[0].fields[1].transforms[0].left_out_is_empty: "
    english = (
        f"left_out_is_empty is for xml forms only: the form 'aftale' is {fmt}, where a field or column the "
        "document lacks is another version of the form, never an empty part"
    )
    dansk = (
        f"left_out_is_empty er kun til xml-formularer: formularen 'aftale' er {fmt}, hvor et felt eller en "
        "kolonne, dokumentet ikke har, er en anden version af formularen, aldrig en tom del"
    )
    assert (where + english, where + dansk) in lines
