"""The `[claim]` section: its schema, its checks against the template, and its documentation."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest
from marshmallow import Schema

from hub.adapters.language.claim_rules import HEADER_VALUES, LINE_VALUES
from hub.adapters.language.claim_schema import WRITER_SCHEMAS, ClaimFieldSchema, ClaimLinesSchema, ClaimSchema
from hub.adapters.language.config_schema import load_config_file, validate_config
from hub.adapters.mapping.outbound import OUT_TRANSFORMS
from hub.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "config" / "municipalities" / "templates"

HEAD = """
config_version = 1

[municipality]
code = "159"
slug = "gladsaxe"
name = "Gladsaxe"
jobcentre = "Jobcenter Gladsaxe"

[audit]
claim_period = "month"
cpr_in_bundles = "masked"
retention_years = 5
"""

FORM = """
[[forms]]
id = "praktikaftale"
form_type = "placement"
format = "pdf"
  [forms.recognise]
  fields = ["Tekstfelt1"]
  [[forms.fields]]
  path = "citizen.cpr"
  source = "Tekstfelt1"
"""

CSV_CLAIM = """
[claim]
format = "csv"
  [[claim.fields]]
  target = "Periode"
  source = "period_label"
  transforms = ["period"]
  [claim.lines]
    [[claim.lines.fields]]
    target = "CPR-nr."
    source = "cpr"
    transforms = [{ name = "cpr", style = "dash" }]
    optional = true
    [[claim.lines.fields]]
    target = "Beløb"
    source = "amount_dkk"
    transforms = ["money"]
  [[claim.footer]]
  target = "Beløb"
  source = "total_amount_dkk"
  transforms = ["money"]
"""

PDF_CLAIM = """
[claim]
format = "pdf"
template = "templates/gladsaxe/mentorrefusion.pdf"
  [claim.writer]
  flatten = true
  [[claim.fields]]
  target = "Tekstfelt1"
  source = "company_name"
  [[claim.fields]]
  target = "Afkrydsningsfelt1"
  source = "basis"
  transforms = [{ name = "tick", equals = "occupied_places" }]
  [claim.lines]
  repeat = 10
    [[claim.lines.fields]]
    target = "Raekke{n}.Tekstfelt3"
    source = "name"
    optional = true
"""

XML_CLAIM = """
[claim]
format = "xml"
template = "templates/hoeje-taastrup/mentorrefusion.xsd"
  [claim.writer]
  root = "h:Refusionsanmodning"
  namespaces = { h = "urn:dk:hoeje-taastrup:jobcenter:refusion:1" }
  [[claim.fields]]
  target = "h:Reference"
  source = "reference"
  [claim.lines]
  path = "h:Linjer/h:Linje"
    [[claim.lines.fields]]
    target = "h:Nr"
    source = "number"
"""


def write(tmp_path: Path, claim: str) -> Path:
    """A config file with this claim, beside a copy of the committed templates."""
    if not (tmp_path / "templates").exists():
        shutil.copytree(TEMPLATES, tmp_path / "templates")
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + claim + FORM, encoding="utf-8")
    return path


def errors_of(path: Path) -> tuple[list[str], list[str]]:
    """The English and the Danish lines of the config's errors."""
    with pytest.raises(ConfigError) as caught:
        load_config_file(path)
    return caught.value.message.splitlines(), caught.value.message_da.splitlines()


def test_a_csv_claim_loads_with_the_writers_defaults(tmp_path: Path) -> None:
    claim = load_config_file(write(tmp_path, CSV_CLAIM)).claim
    assert claim is not None and claim.format == "csv" and claim.template_path is None
    assert dict(claim.writer) == {
        "delimiter": ";",
        "encoding": "utf-8",
        "line_ending": "crlf",
        "header_row": True,
    }
    assert [f.target for f in claim.lines.fields] == ["CPR-nr.", "Beløb"]
    assert [f.kind for f in claim.lines.fields] == ["text", "text"]
    assert claim.footer[0].source == "total_amount_dkk"


def test_no_claim_section_means_no_claim(tmp_path: Path) -> None:
    assert load_config_file(write(tmp_path, "")).claim is None


def test_pdf_and_xml_claims_load_and_resolve_their_template(tmp_path: Path) -> None:
    pdf = load_config_file(write(tmp_path, PDF_CLAIM)).claim
    assert (
        pdf is not None
        and pdf.template_path == (tmp_path / "templates/gladsaxe/mentorrefusion.pdf").resolve()
    )
    assert pdf.fields[1].kind == "tick" and pdf.lines.repeat == 10 and pdf.writer["flatten"] is True
    xml = load_config_file(write(tmp_path, XML_CLAIM)).claim
    assert xml is not None and xml.lines.path == "h:Linjer/h:Linje"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('format = "csv"', 'format = "csv"\nfromat = "csv"'), "claim.fromat: unknown key"),
        (("[claim.lines]", '[claim.writer]\n  flatten = true\n  [claim.lines]'),
         "claim.writer.flatten: unknown key"),
        (('target = "Periode"', 'target = "Periode"\n  sorce = "x"'), "claim.fields[0].sorce: unknown key"),
        (('source = "period_label"', 'source = "period_lable"'),
         "claim.fields[0].source: 'period_lable' is not a value of the claim; did you mean 'period_label'?"),
        (("    optional = true\n", ""),
         "claim.lines.fields[0].source: 'cpr' is missing on some lines (a place that stood empty, a line "
         "without a place): give optional = true to leave it blank, or end the transforms with a default"),
        (('transforms = ["period"]', 'transforms = ["date"]'),
         "claim.fields[0].transforms[0]: 'date' takes date, but is given text"),
        (('transforms = ["period"]', 'transforms = ["dato"]'),
         "claim.fields[0].transforms[0]: unknown claim transform 'dato' (did you mean 'date'?)"),
        (('transforms = ["money"]\n  [[claim.footer]]', 'transforms = ["money"]\n  [[claim.footer]]'
          '\n  value = "x"'), "claim.footer[0]: give exactly one of source, value (got ['source', 'value'])"),
        (('target = "Beløb"\n  source = "total', 'target = "Sum"\n  source = "total'),
         "claim.footer[0].target: 'Sum' is not a column of the lines"),
        (('format = "csv"', 'format = "csv"\ntemplate = "x.csv"'),
         "claim.template: a csv claim has no template file: its layout is the writer and the fields"),
        (("[claim.lines]", "[claim.lines]\n  repeat = 4"), "claim.lines.repeat: not for a csv claim"),
        (('target = "CPR-nr."', 'target = "CPR{n}"'),
         "claim.lines.fields[0].target: {n} is for the fields of a pdf claim's lines only"),
        (('target = "Periode"',
          'target = "Beløb"\n  transforms = []\n  [[claim.fields]]\n  target = "Beløb"'),
         "claim.fields[1].target: 'Beløb' is written twice"),
        (('[claim]\nformat = "csv"', '[claim]\nformat = "csv"\n  [claim.writer]\n  encoding = "latin-1"'),
         "claim.writer.encoding: Must be one of: utf-8, utf-8-sig, cp1252."),
    ],
)  # fmt: skip
def test_claim_mistakes_name_the_key(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    assert change[0] in CSV_CLAIM
    english, _ = errors_of(write(tmp_path, CSV_CLAIM.replace(*change, 1)))
    assert f"gladsaxe.toml: {expected}" in english, english


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("  repeat = 10\n", ""), "claim.lines.repeat: missing (required for a pdf claim)"),
        (('target = "Raekke{n}.Tekstfelt3"', 'target = "Tekstfelt3"'),
         "claim.lines.fields[0].target: a line's field name must contain {n}, the line's slot (1, 2, ...)"),
        (('template = "templates/gladsaxe/mentorrefusion.pdf"\n', ""),
         "claim.template: missing (required): the PDF form to fill"),
    ],
)  # fmt: skip
def test_pdf_claim_mistakes_name_the_key(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    english, _ = errors_of(write(tmp_path, PDF_CLAIM.replace(*change, 1)))
    assert f"gladsaxe.toml: {expected}" in english, english


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('path = "h:Linjer/h:Linje"', 'path = "h:Linjer//h:Linje"'),
         "claim.lines.path: not an element path: 'h:Linjer//h:Linje' "
         "(write h:Periode/h:Fra, or h:Linje/@nr)"),
        (('target = "h:Reference"', 'target = "x:Reference"'),
         "claim.fields[0].target: prefix 'x' is not in writer.namespaces"),
        (('target = "h:Reference"', 'target = "h:Linjer"'),
         "claim.fields[0].target: 'h:Linjer' holds the lines (h:Linjer/h:Linje): it cannot hold text too"),
        (('target = "h:Nr"', 'target = "h:Nr"\n    source = "number"\n    [[claim.lines.fields]]\n'
          '    target = "h:Nr/h:Tal"'), "claim.lines.fields[1].target: 'h:Nr/h:Tal' clashes with 'h:Nr'"),
        (('path = "h:Linjer/h:Linje"\n', ""), "claim.lines.path: missing (required for a xml claim)"),
        (('root = "h:Refusionsanmodning"\n', ""), "claim.writer.root: missing (required)"),
    ],
)  # fmt: skip
def test_xml_claim_mistakes_name_the_key(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    english, _ = errors_of(write(tmp_path, XML_CLAIM.replace(*change, 1)))
    assert any(line.startswith(f"gladsaxe.toml: {expected}") for line in english), english


# ---- against the template file -----------------------------------------------------------------------


def test_a_missing_template_file_is_named_in_both_languages(tmp_path: Path) -> None:
    path = write(tmp_path, PDF_CLAIM.replace("gladsaxe/mentorrefusion.pdf", "gladsaxe/refusion.pdf"))
    english, danish = errors_of(path)
    assert english == [
        "gladsaxe.toml: claim.template: file not found: templates/gladsaxe/refusion.pdf "
        "(relative to gladsaxe.toml)"
    ]
    assert danish == [
        "gladsaxe.toml: claim.template: filen findes ikke: templates/gladsaxe/refusion.pdf (i forhold til "
        "gladsaxe.toml)"
    ]


def test_a_field_the_pdf_lacks_is_named_with_a_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path, PDF_CLAIM.replace('target = "Tekstfelt1"', 'target = "Tekstfelt01"'))
    english, danish = errors_of(path)
    assert english == [
        "gladsaxe.toml: claim.fields[0].target: the PDF form templates/gladsaxe/mentorrefusion.pdf "
        "has no field 'Tekstfelt01' (did you mean 'Tekstfelt1'?)"
    ]
    assert danish == [
        "gladsaxe.toml: claim.fields[0].target: PDF-formularen templates/gladsaxe/mentorrefusion.pdf "
        "har intet felt 'Tekstfelt01' (mente du 'Tekstfelt1'?)"
    ]


def test_more_line_slots_than_the_form_has_are_named_by_the_first_missing_slot(tmp_path: Path) -> None:
    english, _ = errors_of(write(tmp_path, PDF_CLAIM.replace("repeat = 10", "repeat = 12")))
    assert any("has no field 'Raekke11.Tekstfelt3', the slot of line 11 of 12" in line for line in english)


def test_a_checkbox_must_be_filled_by_tick(tmp_path: Path) -> None:
    claim = PDF_CLAIM.replace('transforms = [{ name = "tick", equals = "occupied_places" }]', "")
    english, danish = errors_of(write(tmp_path, claim))
    assert english == [
        "gladsaxe.toml: claim.fields[1].target: 'Afkrydsningsfelt1' is a checkbox: "
        "end its transforms with tick"
    ]
    assert "er et afkrydsningsfelt" in danish[0]


def test_a_template_that_is_no_pdf_form(tmp_path: Path) -> None:
    path = write(tmp_path, PDF_CLAIM)
    (tmp_path / "templates/gladsaxe/mentorrefusion.pdf").write_bytes(b"%PDF-1.4\nnot really\n")
    english, danish = errors_of(path)
    assert len(english) == 1 and "claim.template: mentorrefusion.pdf:" in english[0]
    assert "mentorrefusion.pdf:" in danish[0] and ("ikke" in danish[0] or "ingen" in danish[0])


def test_an_xsd_that_does_not_parse_or_lacks_the_root(tmp_path: Path) -> None:
    path = write(tmp_path, XML_CLAIM)
    xsd = tmp_path / "templates/hoeje-taastrup/mentorrefusion.xsd"
    text = xsd.read_text(encoding="utf-8")
    xsd.write_text(text.replace('name="Refusionsanmodning"', 'name="Anmodning"'), encoding="utf-8")
    english, danish = errors_of(path)
    assert english == [
        "gladsaxe.toml: claim.writer.root: templates/hoeje-taastrup/mentorrefusion.xsd declares no top-level "
        "element {urn:dk:hoeje-taastrup:jobcenter:refusion:1}Refusionsanmodning (it declares: "
        "{urn:dk:hoeje-taastrup:jobcenter:refusion:1}Anmodning)"
    ]
    assert "erklærer intet element" in danish[0]
    xsd.write_text(text.replace('type="CPR"', 'type="CPRnummer"'), encoding="utf-8")
    english, danish = errors_of(path)
    assert english[0].startswith("gladsaxe.toml: claim.template: mentorrefusion.xsd: not a valid XML schema:")
    assert danish[0].startswith(
        "gladsaxe.toml: claim.template: mentorrefusion.xsd: ikke et gyldigt XML-skema:"
    )


# ---- documentation -----------------------------------------------------------------------------------

DOCS = (ROOT / "docs" / "config-language.md").read_text(encoding="utf-8")
CLAIM_DOCS = DOCS[DOCS.index("## Claims") :]
TEMPLATE_TEXT = (ROOT / "config" / "municipalities" / "TEMPLATE.toml.example").read_text(encoding="utf-8")
SCHEMAS: list[type[Schema]] = [ClaimSchema, ClaimFieldSchema, ClaimLinesSchema, *WRITER_SCHEMAS.values()]


@pytest.mark.parametrize("schema", SCHEMAS, ids=lambda s: s.__name__)
def test_every_claim_key_is_documented_and_in_the_template(schema: type[Schema]) -> None:
    for name, field in schema._declared_fields.items():
        key = field.data_key or name
        assert f"`{key}`" in CLAIM_DOCS, key
        assert re.search(rf"(^|\s|#\s*){re.escape(key)} =|\[\[?claim\.{key}\]\]?", TEMPLATE_TEXT, re.M), key


def test_every_outbound_transform_is_documented() -> None:
    table = CLAIM_DOCS[CLAIM_DOCS.index("### Outbound transforms") :]
    for name in OUT_TRANSFORMS:
        assert re.search(rf"^\| [^|]*`{name}`", table, re.M), name


def test_every_claim_value_is_documented() -> None:
    values = CLAIM_DOCS[CLAIM_DOCS.index("### Claim values") : CLAIM_DOCS.index("### Outbound transforms")]
    for name in (*HEADER_VALUES, *LINE_VALUES):
        assert f"`{name}`" in values, name


def test_the_templates_claim_is_a_valid_claim(tmp_path: Path) -> None:
    claim = validate_config(tomllib.loads(TEMPLATE_TEXT), tmp_path / "hoeje-taastrup.toml").claim
    assert claim is not None and claim.format == "csv"
    assert [f.target for f in claim.footer] == ["Navn", "Beløb"]
