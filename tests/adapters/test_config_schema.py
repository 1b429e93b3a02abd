"""The config schema, the loader, the registry and form recognition."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from marshmallow import Schema

from hub.adapters.language.config_conditions import ConditionSchema
from hub.adapters.language.config_form_schema import (
    FieldSchema,
    FormSchema,
    ItemsSchema,
    ListFieldSchema,
    ListSchema,
    ListSubtotalSchema,
    RecogniseSchema,
    StopSchema,
    SubtotalSchema,
)
from hub.adapters.language.config_paths import unfilled
from hub.adapters.language.config_rules import READER_SCHEMAS
from hub.adapters.language.config_schema import (
    AuditSchema,
    ConfigSchema,
    MunicipalitySchema,
    flatten_errors,
    load_config_file,
    validate_config,
)
from hub.adapters.language.registry import load_registry
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction, SourceValue
from hub.errors import ConfigError, NotFound, NotRecognised, Rejection

HEAD = """
config_version = 1

[municipality]
code = "{code}"
slug = "{slug}"
name = "{name}"
jobcentre = "Jobcenter {name}"

[audit]
claim_period = "month"
cpr_in_bundles = "masked"
retention_years = 5
hours_signed_by_mentor = true
progress_report_every_weeks = 4
"""

PDF_FORM = """
[[forms]]
id = "{id}"
form_type = "placement"
format = "pdf"
title = "Aftale"
  [forms.recognise]
  fields = {fields}
  [[forms.fields]]
  path = "citizen.cpr"
  source = "Tekstfelt1"
  transforms = ["digits"]
"""


def write(
    tmp_path: Path, slug: str = "gladsaxe", code: str = "159", body: str = "", name: str = "Gladsaxe"
) -> Path:
    path = tmp_path / f"{slug}.toml"
    if not body:
        body = PDF_FORM.format(id="praktikaftale", fields='["Tekstfelt1"]')
    path.write_text(HEAD.format(code=code, slug=slug, name=name) + body, encoding="utf-8")
    return path


def errors_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    return info.value.message.splitlines()


def test_loads_a_minimal_file(tmp_path: Path) -> None:
    config = load_config_file(write(tmp_path, code="0159"))
    assert (config.code, config.slug, config.name) == ("159", "gladsaxe", "Gladsaxe")
    assert (config.audit.hours_signed_by_mentor, config.audit.progress_report_every_weeks) == (True, 4)
    assert (config.audit.grant_on_or_before_start, config.audit.end_form_within_days) == (False, None)
    form = config.form("praktikaftale")
    assert form.fields[0].source == "Tekstfelt1"
    assert [t.name for t in form.fields[0].transforms] == ["digits"]
    assert config.raw["forms"][0]["id"] == "praktikaftale"


def test_unknown_transform_names_file_and_key_path(tmp_path: Path) -> None:
    body = PDF_FORM.format(id="a", fields='["Tekstfelt1"]') + PDF_FORM.format(id="b", fields='["X"]').replace(
        '["digits"]', '["digits", "dato"]'
    )
    assert errors_of(write(tmp_path, body=body)) == [
        "gladsaxe.toml: forms[1].fields[0].transforms[1]: unknown transform 'dato' (did you mean 'date'?)"
    ]


def test_every_error_is_reported_with_its_path(tmp_path: Path) -> None:
    body = """
[[forms]]
id = "x"
form_type = "placemnet"
format = "pdf"
colour = "blue"
  [forms.recognise]
  [[forms.fields]]
  path = "note"
  source = "A"
  value = "b"
  [[forms.fields]]
  path = "benefit"
  source = "B"
  transforms = [{ name = "map", value = { a = "b" } }]
"""
    assert errors_of(write(tmp_path, code="999", body=body)) == [
        "gladsaxe.toml: municipality.code: not one of the 98 municipality codes: "
        "unknown municipality code '999'",
        "gladsaxe.toml: forms[0].form_type: Must be one of: placement, mentor_support, mentor_hours, "
        "progress_report, placement_end.",
        "gladsaxe.toml: forms[0].recognise: give at least one rule: fields, contains, root or title",
        "gladsaxe.toml: forms[0].fields[0]: give exactly one of source, sources, value, compute "
        "(got ['source', 'value'])",
        "gladsaxe.toml: forms[0].fields[1].transforms[0].values: missing (required)",
        "gladsaxe.toml: forms[0].fields[1].transforms[0].value: unknown key",
        "gladsaxe.toml: forms[0].colour: unknown key",
    ]


def test_format_dependent_rules(tmp_path: Path) -> None:
    body = """
[[forms]]
id = "ark"
form_type = "mentor_hours"
format = "csv"
  [forms.recognise]
  fields = ["Ark1!B3"]
  root = "{urn:x}A"
  [forms.reader]
  sheet = "Ark1"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "label:CPR"
  [[forms.fields]]
  path = "citizen"
  value = "x"
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.timer"
  [[forms.lists]]
  path = "entries"
  rows = "/a:B"
    [[forms.lists.fields]]
    key = "date"
    source = "Dato"
"""
    assert errors_of(write(tmp_path, body=body)) == [
        "gladsaxe.toml: forms[0].reader.sheet: unknown key",
        "gladsaxe.toml: forms[0].recognise.root: root is for xml forms only",
        "gladsaxe.toml: forms[0].recognise.fields[0]: a CSV file has no sheets",
        "gladsaxe.toml: forms[0].lists[0]: a csv form lists its items with 'table'",
        "gladsaxe.toml: forms[0].fields[1].path: 'citizen' is not a field of a mentor_hours record; "
        "did you mean 'citizen.cpr'?",
        "gladsaxe.toml: forms[0].fields[1].path: 'citizen' clashes with 'citizen.cpr'",
        "gladsaxe.toml: forms[0].fields[2].compute: no list 'entries' with key 'timer' in this form",
    ]


def test_list_rules(tmp_path: Path) -> None:
    body = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "pdf"
  [forms.recognise]
  contains = ["Timeseddel"]
  [[forms.fields]]
  path = "citizen.cpr"
  source = "CPR"
  [[forms.lists]]
  path = "entries"
  repeat = 5
  table = { date = "Dato" }
  [[forms.lists]]
  path = "weeks"
  repeat = 5
  aggregate = "iso_week"
    [[forms.lists.fields]]
    key = "date"
    source = "Dato"
    [[forms.lists.fields]]
    key = "date"
    source = "Timer{n}"
    transforms = ["join"]
"""
    assert errors_of(write(tmp_path, body=body)) == [
        "gladsaxe.toml: forms[0].lists[0].fields: missing (required)",
        "gladsaxe.toml: forms[0].lists[1].fields[0].source: with repeat, a source must contain {n}",
        "gladsaxe.toml: forms[0].lists[1].fields[1].key: key 'date' used twice",
        "gladsaxe.toml: forms[0].lists[1].fields[1].transforms[0]: "
        "'join' combines several sources: give sources = [...] (a column, field or element each)",
        "gladsaxe.toml: forms[0].lists[1].aggregate: "
        "iso_week needs the keys date and hours (or week and hours)",
    ]


def test_sources_need_a_combining_transform_first(tmp_path: Path) -> None:
    body = (
        PDF_FORM.format(id="a", fields='["A"]')
        + """
  [[forms.fields]]
  path = "citizen.name"
  sources = ["Fornavn", "Efternavn"]
  transforms = ["upper", "join"]
  [[forms.fields]]
  path = "benefit"
  sources = ["cb1", "cb2"]
  transforms = [{ name = "checked", values = { cb1 = "kontanthjaelp", cb3 = "sygedagpenge" } }]
"""
    )
    assert errors_of(write(tmp_path, body=body)) == [
        "gladsaxe.toml: forms[0].fields[1].transforms[0]: "
        "with sources, the first transform must be join, checked, sum, last_day or hours_minutes",
        "gladsaxe.toml: forms[0].fields[2].transforms[0]: values name boxes not in sources: ['cb3']",
    ]


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gladsaxe.toml"
    path.write_text('config_version = 1\n[municipality\ncode = "159"\n', encoding="utf-8")
    (line,) = errors_of(path)
    assert line.startswith("gladsaxe.toml: not valid TOML:") and "line 2" in line


def test_slug_must_equal_file_name_and_xsd_must_exist(tmp_path: Path) -> None:
    body = """
[[forms]]
id = "bevilling"
form_type = "mentor_support"
format = "xml"
  [forms.recognise]
  root = "{urn:b}Bevilling"
  [forms.reader]
  namespaces = { b = "urn:b" }
  xsd = "schemas/bevilling.xsd"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "/b:Bevilling/b:CPR"
"""
    path = write(tmp_path, body=body)
    renamed = path.rename(tmp_path / "herlev.toml")
    assert errors_of(renamed) == [
        "herlev.toml: forms[0].reader.xsd: file not found: schemas/bevilling.xsd (relative to herlev.toml)",
        "herlev.toml: municipality.slug: 'gladsaxe' must equal the file name",
    ]
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "bevilling.xsd").write_text("<xs:schema/>", encoding="utf-8")
    config = load_config_file(write(tmp_path, body=body))
    assert config.forms[0].xsd_path == (tmp_path / "schemas" / "bevilling.xsd").resolve()


def test_flatten_errors() -> None:
    assert flatten_errors({"forms": {2: {"fields": {5: {"_schema": ["x"]}}}}, "_schema": ["y"]}) == [
        "forms[2].fields[5]: x",
        "(file): y",
    ]


def test_registry_loads_finds_and_collects_all_errors(tmp_path: Path) -> None:
    write(tmp_path)
    write(tmp_path, slug="herlev", code="163", name="Herlev")
    (tmp_path / "TEMPLATE.toml.example").write_text("not toml at all [", encoding="utf-8")
    registry = load_registry(tmp_path)
    assert [c.slug for c in registry.all()] == ["gladsaxe", "herlev"]
    assert registry.get("0159") is registry.get("gladsaxe") is registry.get("159")
    assert "herlev" in registry and "101" not in registry
    with pytest.raises(NotFound) as info:
        registry.get("101")
    assert info.value.message_da == "ingen adapter for kommunen '101'"

    write(tmp_path, slug="ballerup", code="0163", name="Ballerup")  # Herlev's code again
    (tmp_path / "broken.toml").write_text("x = [", encoding="utf-8")
    with pytest.raises(ConfigError) as many:
        load_registry(tmp_path)
    lines = many.value.message.splitlines()
    assert lines[0].startswith("broken.toml: not valid TOML")
    # Which of the two was edited cannot be told: both are named.
    assert lines[1] == "ballerup.toml: code '163' is used by both ballerup.toml and herlev.toml"
    danish = many.value.message_da.splitlines()
    assert danish[0].startswith("broken.toml: ikke gyldig TOML: ")
    assert danish[1] == "ballerup.toml: kommunekoden '163' bruges af både ballerup.toml og herlev.toml"


def two_forms(tmp_path: Path) -> Path:
    body = (
        PDF_FORM.format(id="aftale", fields='["Tekstfelt1"]')
        + """
[[forms]]
id = "slut"
form_type = "placement_end"
format = "pdf"
title = "Afslutning"
  [forms.recognise]
  fields = ["Tekstfelt1"]
  contains = ["afslutning"]
  [[forms.fields]]
  path = "citizen.cpr"
  source = "Tekstfelt1"
"""
    )
    return write(tmp_path, body=body)


def doc(*values: tuple[str, str]) -> Extraction:
    return Extraction("pdf", tuple(SourceValue(k, v, {"page": 1}) for k, v in values))


def test_a_form_without_a_title_is_named_by_its_id(tmp_path: Path) -> None:
    config = load_config_file(write(tmp_path, body=PDF_FORM.format(id="aftale", fields='["Tekstfelt1"]')))
    assert config.forms[0].label("en") == "'Aftale'"
    untitled = load_config_file(
        write(
            tmp_path,
            body=PDF_FORM.replace('title = "Aftale"\n', "").format(id="aftale", fields='["Tekstfelt1"]'),
        )
    )
    assert untitled.forms[0].title == "" and untitled.forms[0].label("da") == "aftale"


def test_recognise_one_none_several(tmp_path: Path) -> None:
    config = load_config_file(two_forms(tmp_path))
    ended = doc(("Tekstfelt1", "0101901234"), ("Overskrift", "AFSLUTNING af praktik"))
    # The placement form's only rule (Tekstfelt1 exists) holds here too: both match.
    with pytest.raises(Rejection) as several:
        config.recognise(ended, "a.pdf")
    # The sender knows a form by its title, in either language, not by the config's id.
    assert several.value.problems[0].reason_en == "ambiguous: matches 'Aftale' and 'Afslutning'"
    titles = {form.id: form.title for form in config.forms}
    assert several.value.problems[0].reason_da == (
        f"tvetydig: passer til både '{titles['aftale']}' og '{titles['slut']}'"
    )
    assert several.value.problems[0].file == "a.pdf"

    with pytest.raises(Rejection) as none:
        config.recognise(doc(("Andet", "x")), "b.pdf")
    problem = none.value.problems[0]
    # Each form of the document's format says which of its rules the document broke.
    assert problem.reason_en == (
        "not a form Gladsaxe sends: the hub read the file as a PDF, but none of the forms it takes from "
        "Gladsaxe as a PDF fits: 'Aftale': it has no form field named "
        "'Tekstfelt1'; 'Afslutning': it has no form field named 'Tekstfelt1'"
    )
    assert problem.reason_da == (
        "ikke en blanket fra Gladsaxe: hubben læste filen som en PDF, men ingen af de blanketter, hubben "
        f"tager imod fra Gladsaxe som en PDF, passer: '{titles['aftale']}': den har "
        f"intet formularfelt ved navn 'Tekstfelt1'; '{titles['slut']}': den har intet formularfelt ved navn "
        "'Tekstfelt1'"
    )
    assert "aftale:" not in problem.reason_da and "slut:" not in problem.reason_da
    # An XML export whose namespace moved to a version 2: each XML form names the root it wanted.
    taastrup = load_config_file(
        Path(__file__).parents[2] / "config" / "municipalities" / "hoeje-taastrup.toml"
    )
    moved = Extraction("xml", (), {"root": "{urn:dk:hoeje-taastrup:jobcenter:praktik:2}Praktikaftale"})
    with pytest.raises(Rejection) as bumped:
        taastrup.recognise(moved, "eksport.xml")
    # Said in words, not lxml's {namespace}name (decision 0064, "Stop 47").
    assert (
        'its root element Praktikaftale is in the namespace "urn:dk:hoeje-taastrup:jobcenter:praktik:2", '
        'not in the namespace "urn:dk:hoeje-taastrup:jobcenter:praktik:1"'
        in bumped.value.problems[0].reason_en
    )
    assert (
        'dens rodelement Praktikaftale hører til navnerummet "urn:dk:hoeje-taastrup:jobcenter:praktik:2", '
        'ikke til navnerummet "urn:dk:hoeje-taastrup:jobcenter:praktik:1"'
        in bumped.value.problems[0].reason_da
    )
    assert "{" not in bumped.value.problems[0].reason_en + bumped.value.problems[0].reason_da

    with pytest.raises(Rejection, match="the hub read the file as XML, and none of the forms it takes"):
        config.recognise(Extraction("xml", ()), "c.xml")


def test_a_text_note_names_what_it_was_read_as_and_the_forms_taken(tmp_path: Path) -> None:
    """A note saved from a sheet as .txt, sent to a sender of PDF forms only: the reason says the hub
    read it as text (CSV) and names the forms the hub takes, with their format, rather than a bare "no
    form in format csv". (A note without columns is no CSV: the sniffer refuses it, test_readers_sniff_text.)
    """
    config = load_config_file(two_forms(tmp_path))
    note = extract(b"Huskeliste;\nRing til;Anna om praktikken\nMvh;Peter\n", "note.txt")
    with pytest.raises(NotRecognised) as none:
        config.recognise(note, "note.txt")
    problem = none.value.problems[0]
    assert problem.reason_en == (
        "not a form Gladsaxe sends: the hub read the file as text (CSV), and none of the forms it takes "
        "from Gladsaxe is text (CSV); it takes as a PDF: 'Aftale', 'Afslutning'"
    )
    assert problem.reason_da == (
        "ikke en blanket fra Gladsaxe: hubben læste filen som tekst (CSV), og ingen af de blanketter, "
        "hubben tager imod fra Gladsaxe, er tekst (CSV); hubben tager imod som en PDF: 'Aftale', "
        "'Afslutning'"
    )


def test_recognise_exactly_one(tmp_path: Path) -> None:
    path = two_forms(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'fields = ["Tekstfelt1"]\n  [[', 'fields = ["Tekstfelt1"]\n  contains = ["Aftale om"]\n  [[', 1
        ),
        encoding="utf-8",
    )
    config = load_config_file(path)
    assert config.recognise(doc(("Tekstfelt1", "1"), ("T", "Afslutning")), "a.pdf").id == "slut"
    assert config.recognise(doc(("Tekstfelt1", "1"), ("T", "aftale OM praktik")), "a.pdf").id == "aftale"


TEMPLATE = Path(__file__).parents[2] / "config" / "municipalities" / "TEMPLATE.toml.example"


def test_template_is_a_valid_config(tmp_path: Path) -> None:
    data = tomllib.loads(TEMPLATE.read_text(encoding="utf-8"))
    config = validate_config(data, tmp_path / "hoeje-taastrup.toml")
    assert [f.id for f in config.forms] == ["praktikaftale", "timeseddel", "mentorbevilling"]


@pytest.mark.parametrize(
    "schema",
    [
        ConfigSchema,
        MunicipalitySchema,
        AuditSchema,
        FormSchema,
        RecogniseSchema,
        FieldSchema,
        ListSchema,
        ListFieldSchema,
        ItemsSchema,
        StopSchema,
        SubtotalSchema,
        ListSubtotalSchema,
        ConditionSchema,
        *READER_SCHEMAS.values(),
    ],
)
def test_template_mentions_every_key(schema: type[Schema]) -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    for name, field in schema._declared_fields.items():
        key = field.data_key or name
        assert f"{key} =" in text or f"[forms.{key}]" in text or f"[{key}]" in text, key


def test_a_path_the_record_does_not_have_is_caught_at_load_with_a_suggestion(tmp_path: Path) -> None:
    """A misspelt path would reject every document and seem the document's fault; catch it at start."""
    data = tomllib.loads(TEMPLATE.read_text(encoding="utf-8"))
    rule = next(r for r in data["forms"][0]["fields"] if r.get("path") == "citizen.cpr")
    rule["path"] = "citizen.cpt"
    with pytest.raises(ConfigError) as caught:
        validate_config(data, tmp_path / "hoeje-taastrup.toml")
    message = caught.value.message
    assert "'citizen.cpt' is not a field of a placement record; did you mean 'citizen.cpr'?" in message
    paths = {r["path"] for r in data["forms"][0]["fields"] if "path" in r}
    assert "citizen.cpr" in unfilled("placement", paths)  # which `hub adapters check` reports


def test_a_title_that_does_not_fit_is_quoted_masked_and_short(tmp_path: Path) -> None:
    # The title is the document's own text and is kept with the rejection: a CPR number in it is
    # masked, and a long title is cut.
    body = PDF_FORM.replace("  fields = {fields}\n", '  title = "Aftale om praktik"\n').format(id="aftale")
    config = load_config_file(write(tmp_path, body=body))
    title = "Statusnotat for Jens Hansen 010190-1234 " + "med en meget lang forklaring " * 5
    with pytest.raises(Rejection) as info:
        config.recognise(Extraction("pdf", (), {"title": title}), "notat.pdf")
    reason = info.value.problems[0].reason_en
    assert "its title is 'Statusnotat for Jens Hansen 010190-XXXX med en meget" in reason
    assert "1234" not in reason and "…', without 'Aftale om praktik'" in reason
