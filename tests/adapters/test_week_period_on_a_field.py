"""`period` on a field of [[forms.fields]] (decision 0061, "Stop 68: fixes-111"): only a list's weeks are
placed in the period their document states (`list_period`), so on a top-level field it was accepted and
did nothing. It is a config error at load, naming the field's transform and where `period` belongs, in
English and in Danish as `hub adapters check` says it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_mapping import HEAD
from test_week_in_period import FORM, PERIOD

from hub.adapters.language.config_schema import load_config_file
from hub.cli.adapters import check
from hub.errors import ConfigError

# The fixes-105 form with a week read on its own, as a field, beside the list's week column (into a text
# field of the record: what the field holds does not matter to where `period` may go).
ON_FIELD = FORM.replace(
    '  [[forms.fields]]\n  path = "total_hours"',
    '  [[forms.fields]]\n  path = "signed_by"\n  source = "label:Uge"\n  transforms = [{week}]\n'
    '  [[forms.fields]]\n  path = "total_hours"',
)
AT = "gladsaxe.toml: forms[0].fields[3].transforms[0]"


def _write(folder: Path, week: str) -> Path:
    path = folder / "gladsaxe.toml"
    path.write_text(HEAD + ON_FIELD.format(fmt="csv", week=week), encoding="utf-8")
    return path


def test_period_on_a_field_is_a_config_error_saying_where_it_goes(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config_file(_write(tmp_path, PERIOD))
    assert (
        f"{AT}: period does nothing on field 'signed_by': it places a list's weeks written without their"
        " year in the period their document states, so it goes on the week transform of a [[forms.lists]]"
        " field (the table's week column)"
    ) in str(info.value).splitlines()


def test_hub_adapters_check_says_it_in_danish(tmp_path: Path) -> None:
    folder, golden = tmp_path / "configs", tmp_path / "golden"
    folder.mkdir()
    golden.mkdir()
    _write(folder, PERIOD)
    result = CliRunner().invoke(check, ["--dir", str(folder), "--golden", str(golden)])
    assert result.exit_code != 0
    assert (
        f"{AT}: period gør intet på feltet 'signed_by': den placerer en listes uger skrevet uden år i den"
        " periode, deres dokument angiver, så den hører til week-transformationen i et felt af"
        " [[forms.lists]] (tabellens ugekolonne)"
    ) in result.output.partition("på dansk:")[2].splitlines()


def test_a_week_without_period_on_a_field_still_loads(tmp_path: Path) -> None:
    """A guard: the field's `week` alone, and the list's `period`, are what they were."""
    assert load_config_file(_write(tmp_path, '"week"')).forms[0].id == "timer"
