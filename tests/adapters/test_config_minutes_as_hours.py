"""A value named as minutes read by `hours` alone is a config error (decision 0060, "Stop 70: trial-117"):
Solrød's papaparse CSV writes a visit's length as whole minutes under `varighed_min`, and a config
written by hand that gave that column `hours` loaded and read `90` as 90 hours, a week of 135 hours, with
no word. The refusal names the column and gives the `regex` that reads whole minutes (as `hub adapters
suggest` drafts it), in English and in Danish; a name that says hours too, and the regex before
`hours`, load as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_mapping import HEAD

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.golden import canonical_records
from hub.adapters.language.registry import load_registry
from hub.cli.adapters import check
from hub.errors import ConfigError

FORM = """
[[forms]]
id = "besoeg"
form_type = "mentor_hours"
format = "csv"
  [forms.recognise]
  contains = ["godkendt_af"]
  [forms.reader]
  delimiter = ";"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "label:CPR"
  transforms = ["digits"]
  [[forms.fields]]
  path = "site.p_number"
  source = "label:P-nr"
  [[forms.fields]]
  path = "mentor.name"
  source = "label:Mentor"
  [[forms.fields]]
  path = "signed_by"
  source = "label:godkendt_af"
  [[forms.fields]]
  path = "signed_on"
  value = "2027-03-31"
  [[forms.fields]]
  path = "total_hours"
  {total}
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  table = {{ date = "dato", hours = "{column}" }}
    [[forms.lists.fields]]
    key = "date"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    transforms = [{hours}]
"""
SUMMED = 'compute = "sum:entries.hours"'
REGEX = '{ name = "regex", pattern = "^\\\\s*(\\\\d+)\\\\s*$", template = "{1} min" }, "hours"'
CSV = (
    "CPR;2011914417\r\nP-nr;1022334455\r\nMentor;Kim Thorsen\r\ngodkendt_af;Kim Thorsen\r\n\r\n"
    "dato;{column}\r\n2027-03-01T23:00:00.000Z;90\r\n2027-03-03T23:00:00.000Z;45\r\n"
)
AT = "gladsaxe.toml: forms[0].lists[0].fields[1].transforms[0]"


def _write(folder: Path, column: str, hours: str, total: str = SUMMED) -> Path:
    path = folder / "gladsaxe.toml"
    path.write_text(HEAD + FORM.format(column=column, hours=hours, total=total), encoding="utf-8")
    return path


@pytest.mark.parametrize("column", ["varighed_min", "Minutter", "Varighed (min.)", "minutes", "Min. tid"])
def test_a_column_named_as_minutes_read_by_hours_is_a_config_error(tmp_path: Path, column: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config_file(_write(tmp_path, column, '"hours"'))
    assert (
        f"{AT}: '{column}' is named as minutes, but hours reads a figure as hours (90 would be 90 hours):"
        f" read whole minutes with a regex before hours, transforms = [{REGEX}], or with hours_minutes"
        " beside a column of hours"
    ) in str(info.value).splitlines()


def test_a_field_reading_a_label_named_as_minutes_by_hours_is_one_too(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "timer", '"hours"', total='source = "label:Minutter i alt"\n  transforms = ["hours"]'
    )
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert (
        "gladsaxe.toml: forms[0].fields[5].transforms[0]: 'label:Minutter i alt' is named as minutes"
        in str(info.value)
    )


def test_hub_adapters_check_says_it_in_danish(tmp_path: Path) -> None:
    folder, golden = tmp_path / "configs", tmp_path / "golden"
    folder.mkdir()
    golden.mkdir()
    _write(folder, "varighed_min", '"hours"')
    result = CliRunner().invoke(check, ["--dir", str(folder), "--golden", str(golden)])
    assert result.exit_code != 0
    danish = result.output.partition("på dansk:")[2]
    assert (
        f"{AT}: 'varighed_min' er navngivet som minutter, men hours læser et tal som timer (90 ville være"
        in danish
    )


@pytest.mark.parametrize("column", ["Timer og minutter", "Tid (t:min)", "timer"])
def test_a_name_saying_hours_too_still_loads(tmp_path: Path, column: str) -> None:
    """A guard: "1:30" under "Timer og minutter" is hours as `hours` reads them."""
    assert load_config_file(_write(tmp_path, column, '"hours"')).forms[0].id == "besoeg"


def test_a_length_named_by_no_unit_loads(tmp_path: Path) -> None:
    """A guard (decision 0060, "Stop 71: fixes-119"): "Varighed" names a length, not its unit: Køge's
    `PT1H30M`, a `1:30` and a `1,5` are all hours as `hours` reads them, so its name alone refuses nothing;
    "Min. tid" (above) names minutes plainly."""
    assert load_config_file(_write(tmp_path, "Varighed", '"hours"')).forms[0].id == "besoeg"


def test_the_regex_before_hours_loads_and_reads_whole_minutes(tmp_path: Path) -> None:
    """A guard: the refusal's own advice reads 90 and 45 minutes as 2.25 hours in week 9."""
    folder = tmp_path / "configs"
    folder.mkdir()
    _write(folder, "varighed_min", REGEX)
    config = load_registry(folder).get("gladsaxe")
    data = CSV.format(column="varighed_min").encode()
    record = canonical_records(config, data, "besoeg.csv")
    assert record["entries"] == [{"week": "2027-W09", "hours": "2.25"}]
    assert record["total_hours"] == "2.25"
