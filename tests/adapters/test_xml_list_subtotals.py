"""An xml list's weekly sums checked against the visits inside each week (`[[forms.lists]] subtotals = {
element = "f:uge", sums = { hours = "@timer" } }`; decision 0060, "Stop 67: fixes-105"): the forty-fifth
trial's shape, each course's visits grouped in an element a week that carries the week's own sum.

The file is written here by hand; every expected value is read off it by hand: week 41 holds visits of
1.5 and 2.0 hours (3.5), week 43 one of 3.0; the wrong file's week 41 says 4.0 over the same visits.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_mapping import HEAD

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import MappedForm
from hub.adapters.mapping.form_items import map_items
from hub.adapters.readers.xml import read_xml
from hub.cli.adapters import check
from hub.errors import ConfigError, FieldProblem

SHA = "ef" * 32
SUMS = 'subtotals = { element = "f:uge", sums = { hours = "@timer" } }'

FORM = """
[[forms]]
id = "mentortimer"
form_type = "mentor_hours"
format = "xml"
  [forms.recognise]
  root = "{{urn:t}}mentortimer"
  [forms.reader]
  namespaces = {{ f = "urn:t" }}
  [forms.items]
  rows = "/f:mentortimer/f:forløb"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "f:borger/@cpr"
  transforms = ["digits"]
  [[forms.fields]]
  path = "site.p_number"
  source = "f:praktiksted/@pnr"
  [[forms.fields]]
  path = "mentor.name"
  source = "f:mentor"
  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  rows = "f:uge/f:besøg"
  {rules}
    [[forms.lists.fields]]
    key = "date"
    source = "@dato"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    source = "@timer"
    transforms = ["hours"]
"""

XML = """<?xml version='1.0' encoding='UTF-8'?>
<mentortimer xmlns='urn:t'>
  <forløb>
    <borger cpr='120589-2764'>Mads Ravn Kristiansen</borger>
    <praktiksted pnr='1018273645'>Sæby Fiskeindustri A/S</praktiksted>
    <mentor>Lone Kjærgaard</mentor>
    <uge år='2026' nr='41' timer='{week41}'>
      <besøg dato='2026-10-06' timer='1.5'/>
      <besøg dato='2026-10-08' timer='2.0'/>
    </uge>
    <uge år='2026' nr='43' timer='3.0'>
      <besøg dato='2026-10-20' timer='3.0'/>
    </uge>
  </forløb>
</mentortimer>
"""


def form(tmp_path: Path, rules: str = SUMS) -> FormConfig:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + FORM.format(rules=rules), encoding="utf-8")
    return load_config_file(path).forms[0]


def run(config: FormConfig, week41: str) -> tuple[MappedForm | None, list[FieldProblem]]:
    """The one course's record, or its problems."""
    found = read_xml(XML.format(week41=week41).encode(), "t.xml")
    (item,) = map_items(found, config, SHA, "t.xml", "159")
    return item.mapped, list(item.problems)


def test_weekly_sums_that_add_up_are_read_by_their_visits(tmp_path: Path) -> None:
    mapped, _ = run(form(tmp_path), "3.5")
    assert mapped is not None and mapped.record["entries"] == [
        {"week": "2026-W41", "hours": "3.5"},
        {"week": "2026-W43", "hours": "3.0"},
    ]


def test_a_wrong_weekly_sum_refuses_the_file_at_its_xpath_with_the_visits_total(tmp_path: Path) -> None:
    (problem,) = run(form(tmp_path), "4.0")[1]
    assert (problem.file, problem.form, problem.field) == ("t.xml", "mentortimer", "entries")
    assert problem.locator == "/mentortimer/forløb/uge[1]/@timer"  # the reader names a default namespace so
    assert problem.reason_en == (
        "this element's sum gives hours '4.0', but its rows (2 × f:besøg) add up to 3.5: correct the sum"
        " or the rows in the file"
    )
    assert problem.reason_da == (
        "dette elements sum angiver timer '4.0', men dets rækker (2 × f:besøg) giver 3,5 tilsammen: ret"
        " summen eller rækkerne i filen"
    )


def test_without_the_rule_the_weeks_sum_is_not_read(tmp_path: Path) -> None:
    """A guard: the trial's config reads the visits and never the week's sum, and keeps doing so."""
    mapped, _ = run(form(tmp_path, rules=""), "4.0")
    assert mapped is not None and mapped.record["entries"][0] == {"week": "2026-W41", "hours": "3.5"}


AT = "gladsaxe.toml: forms[0].lists[0].subtotals"


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            'subtotals = { element = "f:dag", sums = { hours = "@timer" } }',
            f"{AT}.element: 'f:dag' is not a step of the list's rows (f:uge/f:besøg): each group holds rows",
        ),
        (
            'subtotals = { element = "f:uge", sums = { timer = "@timer" } }',
            f"{AT}.sums.timer: 'timer' is not a key of this list",
        ),
        (
            'subtotals = { label = "I alt" }',
            f"{AT}: an xml list's sums are in the element holding each group of its rows: give element and"
            ' sums (subtotals = { element = "f:uge", sums = { hours = "@timer" } })',
        ),
        (
            'subtotals = { element = "f:uge" }',
            f"{AT}.sums: an xml list's subtotals name the element holding each group of its rows and each"
            ' list key\'s sum inside it, together: subtotals = { element = "f:uge", sums = { hours ='
            ' "@timer" } }',
        ),
    ],
)
def test_a_bad_xml_subtotal_rule_is_a_config_error(tmp_path: Path, rules: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        form(tmp_path, rules=rules)
    assert message in str(info.value).splitlines()


def test_hub_adapters_check_says_the_xml_rule_in_danish(tmp_path: Path) -> None:
    folder, golden = tmp_path / "configs", tmp_path / "golden"
    folder.mkdir()
    golden.mkdir()
    rules = 'subtotals = { label = "I alt" }'
    (folder / "gladsaxe.toml").write_text(HEAD + FORM.format(rules=rules), encoding="utf-8")
    result = CliRunner().invoke(check, ["--dir", str(folder), "--golden", str(golden)])
    assert result.exit_code != 0
    danish = result.output.partition("på dansk:")[2]
    assert (
        f"{AT}: en xml-listes summer står i det element, der rummer hver gruppe af dens rækker: angiv"
        ' element og sums (subtotals = { element = "f:uge", sums = { hours = "@timer" } })'
    ) in danish.splitlines()


PDF_LIST = """
[[forms]]
id = "timer"
form_type = "mentor_hours"
format = "pdf"
  [forms.recognise]
  contains = ["Timeseddel"]
  [[forms.lists]]
  path = "entries"
  repeat = 4
  subtotals = { label = "I alt" }
    [[forms.lists.fields]]
    key = "hours"
    source = "Timer{n}"
"""


def test_a_pdfs_numbered_rows_take_no_subtotals(tmp_path: Path) -> None:
    path = tmp_path / "gladsaxe.toml"
    path.write_text(HEAD + PDF_LIST, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert (
        f"{AT}: subtotals checks a csv/xlsx table's lines of sums or an xml list's groups: it goes with"
        " table or rows"
    ) in str(info.value).splitlines()
