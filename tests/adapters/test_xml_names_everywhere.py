"""Every place the config takes an XML name takes the same names (decision 0060, "Stop 64: lang-85"):
trial-84 let a form's selector name `Årsag`; the claim's element paths (the writer's root, a field's,
a line's and the footer's targets, the lines' path) and either side's namespace prefixes still wanted an
ASCII first letter, so a municipality wanting its claim's `Årsag` back was refused at load, "not an
element path". One rule now (`xmlpath_syntax.NAME`), a test per place; a digit or sign first is still
refused everywhere.

The XSD is written here by hand, its names chosen to start with Æ, Ø and Å; the claim's values are
`hand_claim`'s (tests/claim_data.py), read off it by hand: reference `agreement/code/period`,
falck-hovedstaden/163/2026-08, three lines numbered 1-3, a total of 5546.56 kroner.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from claim_data import hand_claim
from lxml import etree
from test_claim_config import FORM, HEAD, TEMPLATES, errors_of
from test_xml_letter_names import CONFIG, DOCUMENT

from hub.adapters.language.config_da import danish
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.golden import canonical_records
from hub.adapters.language.registry import load_registry
from hub.errors import ConfigError
from hub.exports.claims import render_claim

URI = "urn:dk:gladsaxe:refusion:oevelse"
XSD = f"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{URI}" xmlns="{URI}"
           elementFormDefault="qualified">
  <xs:element name="Årsopgørelse">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="Ærinde" type="xs:string"/>
        <xs:element name="Øvrige">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="Linje" maxOccurs="unbounded">
                <xs:complexType>
                  <xs:sequence><xs:element name="Ønsket" type="xs:string"/></xs:sequence>
                  <xs:attribute name="årsnr" type="xs:string" use="required"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>
        </xs:element>
        <xs:element name="Åbent" type="xs:string"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
  <xs:element name="Refusion"/>
</xs:schema>
"""

# Each place as the claim writes it with a Danish first letter; `ASCII` the same claim without them.
PLACES = {
    "namespaces": 'namespaces = { "ø" = "' + URI + '" }',
    "root": 'root = "ø:Årsopgørelse"',
    "field": 'target = "ø:Ærinde"',
    "lines.path": 'path = "ø:Øvrige/ø:Linje"',
    "line field": 'target = "ø:Ønsket"',
    "line attribute": 'target = "@årsnr"',
    "footer": 'target = "ø:Åbent"',
}
ASCII = {
    "namespaces": 'namespaces = { o = "' + URI + '" }',
    "root": 'root = "o:Refusion"',
    "field": 'target = "o:Aerinde"',
    "lines.path": 'path = "o:Ovrige/o:Linje"',
    "line field": 'target = "o:Onsket"',
    "line attribute": 'target = "@aarsnr"',
    "footer": 'target = "o:Aabent"',
}
CLAIM = """
[claim]
format = "xml"
template = "templates/oevelse.xsd"
  [claim.writer]
  {root}
  {namespaces}
  [[claim.fields]]
  {field}
  source = "reference"
  [claim.lines]
  {lines.path}
    [[claim.lines.fields]]
    {line attribute}
    source = "number"
    [[claim.lines.fields]]
    {line field}
    source = "number"
  [[claim.footer]]
  {footer}
  source = "total_amount_dkk"
"""


def claim_text(places: dict[str, str]) -> str:
    text = CLAIM
    for place, written in places.items():
        text = text.replace("{" + place + "}", written)
    return text


def write(tmp_path: Path, places: dict[str, str]) -> Path:
    shutil.copytree(TEMPLATES, tmp_path / "templates", dirs_exist_ok=True)
    (tmp_path / "templates" / "oevelse.xsd").write_text(XSD, encoding="utf-8")
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + claim_text(places) + FORM, encoding="utf-8")
    return path


def test_a_claim_named_with_danish_letters_everywhere_is_written_valid(tmp_path: Path) -> None:
    config = load_config_file(write(tmp_path, PLACES))
    assert config.claim is not None
    data = render_claim(hand_claim(), config.claim)  # validated against the XSD as it is written
    root = etree.fromstring(data)
    ns = {"ø": URI}
    assert root.tag == f"{{{URI}}}Årsopgørelse"
    assert root.xpath("string(ø:Ærinde)", namespaces=ns) == "falck-hovedstaden/163/2026-08"
    lines = root.xpath("ø:Øvrige/ø:Linje", namespaces=ns)
    assert [line.get("årsnr") for line in lines] == ["1", "2", "3"]
    assert [line.xpath("string(ø:Ønsket)", namespaces=ns) for line in lines] == ["1", "2", "3"]
    assert root.xpath("string(ø:Åbent)", namespaces=ns) == "5546.56"


@pytest.mark.parametrize("place", [p for p in PLACES if p != "namespaces"])
def test_each_place_of_the_claim_takes_a_name_starting_with_a_danish_letter(
    tmp_path: Path, place: str
) -> None:
    """The claim in ASCII but for one place (and the prefix `ø` it names, declared beside `o`)."""
    places = ASCII | {place: PLACES[place]}
    places["namespaces"] = 'namespaces = { o = "' + URI + '", "ø" = "' + URI + '" }'
    claim = load_config_file(write(tmp_path, places)).claim
    assert claim is not None
    written = PLACES[place].split('"')[1]
    assert written in {claim.writer["root"], claim.lines.path} | {
        f.target for f in (*claim.fields, *claim.lines.fields, *claim.footer)
    }


@pytest.mark.parametrize(
    ("place", "bad", "key"),
    [
        ("root", 'root = "o:1Refusion"', "claim.writer.root"),
        ("field", 'target = "o:-Aerinde"', "claim.fields[0].target"),
        ("lines.path", 'path = "o:Ovrige/o:.Linje"', "claim.lines.path"),
        ("line field", 'target = "o:1Onsket"', "claim.lines.fields[1].target"),
        ("line attribute", 'target = "@1aarsnr"', "claim.lines.fields[0].target"),
        ("footer", 'target = "1:Aabent"', "claim.footer[0].target"),
    ],
)
def test_a_name_starting_with_a_digit_or_sign_is_still_refused_at_each_place(
    tmp_path: Path, place: str, bad: str, key: str
) -> None:
    english, _ = errors_of(write(tmp_path, ASCII | {place: bad}))
    path = bad.split('"')[1]
    assert f"gladsaxe.toml: {key}: not an element path: {path!r} (write h:Periode/h:Fra, or h:Linje/@nr)" in (
        english
    )


@pytest.mark.parametrize("bad", ["1o", "-o", "o p", "o:p"])
def test_a_claims_namespace_prefix_is_a_name_as_a_path_names_one(tmp_path: Path, bad: str) -> None:
    places = ASCII | {"namespaces": 'namespaces = { "' + bad + '" = "' + URI + '", o = "' + URI + '" }'}
    english, danish_lines = errors_of(write(tmp_path, places))
    message = f"not a prefix: '{bad}' (a letter or _ first, then letters, digits, _, - or .)"
    assert f"gladsaxe.toml: claim.writer.namespaces.{bad}.key: {message}" in english
    said = f"ikke et præfiks: '{bad}' (et bogstav eller _ først, derefter bogstaver, cifre, _, - eller .)"
    assert danish(message) == said
    if bad[0] != "o":  # a key path holding ' ' or ':' is no key path to config_da: the line stays English
        assert f"gladsaxe.toml: claim.writer.namespaces.{bad}.key: {said}" in danish_lines


FORM_NS = CONFIG.replace(
    'title = "Afslutning"',
    'title = "Afslutning"\n  [forms.reader]\n  namespaces = { "ø" = "urn:dk:ringkoebing-skjern:afslutning" }',
)
DOCUMENT_NS = DOCUMENT.replace(
    b"<\xc3\x86ndring>", b'<\xc3\x86ndring xmlns="urn:dk:ringkoebing-skjern:afslutning">'
)


def test_a_forms_namespace_prefix_may_start_with_a_danish_letter(tmp_path: Path) -> None:
    """trial-84's ending in a default namespace, read by prefix `ø` (every element in it; `@Cpr` not)."""
    config = FORM_NS
    for name in ("Ændring", "Øvrige", "Slutdato", "Årsag"):
        config = config.replace(f"/{name}", f"/ø:{name}")
    config = config.replace('root = "Ændring"', 'root = "{urn:dk:ringkoebing-skjern:afslutning}Ændring"')
    (tmp_path / "ringkoebing-skjern.toml").write_text(config, encoding="utf-8")
    found = canonical_records(load_registry(tmp_path).get("ringkoebing-skjern"), DOCUMENT_NS, "a.xml")
    assert (found["citizen"], found["ended_on"], found["outcome"]) == (
        {"cpr": "1507023318"},
        "2026-11-20",
        "education",
    )


def test_a_forms_default_namespace_is_declared_by_an_empty_prefix_as_the_doc_says(tmp_path: Path) -> None:
    """docs/config-language.md offers `namespaces = { "" = "urn:..." }` for a form's unprefixed steps:
    refused at load before, as the claim's `""` never was."""
    config = FORM_NS.replace('{ "ø" =', '{ "" =')
    config = config.replace('root = "Ændring"', 'root = "{urn:dk:ringkoebing-skjern:afslutning}Ændring"')
    (tmp_path / "ringkoebing-skjern.toml").write_text(config, encoding="utf-8")
    found = canonical_records(load_registry(tmp_path).get("ringkoebing-skjern"), DOCUMENT_NS, "a.xml")
    assert (found["ended_on"], found["outcome"]) == ("2026-11-20", "education")


@pytest.mark.parametrize("bad", ["1ø", "ø p"])
def test_a_forms_namespace_prefix_starting_with_a_digit_or_holding_a_space_is_refused(
    tmp_path: Path, bad: str
) -> None:
    config = FORM_NS.replace('namespaces = { "ø" =', f'namespaces = {{ "{bad}" =')
    path = tmp_path / "ringkoebing-skjern.toml"
    path.write_text(config, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert (
        f"forms[0].reader.namespaces.{bad}.key: not a prefix: '{bad}' (a letter or _ first, then letters,"
        " digits, _, - or .)"
    ) in str(info.value)
