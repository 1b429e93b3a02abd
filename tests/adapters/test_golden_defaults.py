"""`hub adapters check`: a value's `default` whose source no golden file of its form holds is a config
error, named by its key and source: a misspelt name reads as the default for every document, without a
word (decision 0060, "Stop 53: noticed-61")."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from pipeline import GOLDEN

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.golden_defaults import unmatched_defaults

CONFIG = Path(__file__).parents[2] / "config" / "municipalities" / "gladsaxe.toml"
SITE = '  path = "site.name"\n  source = "Tekstfelt5"\n'


def _with_site(tmp_path: Path, source: str) -> Path:
    # The site's name given a default (a form version without it); its source as the config's author typed it.
    text = CONFIG.read_text(encoding="utf-8")
    assert SITE in text
    default = '  transforms = [{ name = "default", value = "Ukendt" }]\n'
    defaulted = f'  path = "site.name"\n  source = "{source}"\n{default}'
    path = tmp_path / "gladsaxe.toml"
    path.write_text(text.replace(SITE, defaulted, 1), encoding="utf-8")
    (tmp_path / "templates").symlink_to(CONFIG.parent / "templates")
    return path


def test_a_default_whose_source_is_in_no_golden_file_of_its_form_is_told_by_key_and_name(
    tmp_path: Path,
) -> None:
    # Two placements and an end form (another form of the same config: its files say nothing of this one).
    inputs = [GOLDEN / "gladsaxe" / f"{name}.pdf" for name in ("placement_kontanthjaelp", "placement_end")]
    config = load_config_file(_with_site(tmp_path, "Tekstfelt55"))
    [(en, da)] = unmatched_defaults(config, inputs)
    assert en == (
        "gladsaxe.toml: forms[0].fields[4] (site.name): its source 'Tekstfelt55' is in none of the form's "
        "golden files (placement_kontanthjaelp.pdf): a misspelt name? its default would stand for every "
        "document"
    )
    assert da.startswith("gladsaxe.toml: forms[0].fields[4] (site.name): kilden 'Tekstfelt55' findes i ingen")
    # Spelt as the form names it, the default stands only where a document lacks the field: nothing said.
    other = tmp_path / "right"
    other.mkdir()
    assert unmatched_defaults(load_config_file(_with_site(other, "Tekstfelt5")), inputs) == []


def test_hub_adapters_check_says_it_and_exits_2(runner: Any, tmp_path: Path) -> None:
    configs, golden = tmp_path / "configs", tmp_path / "golden" / "gladsaxe"
    configs.mkdir()
    golden.mkdir(parents=True)
    _with_site(configs, "Tekstfelt55")
    for name in ("placement_kontanthjaelp.pdf", "placement_kontanthjaelp.expected.json"):
        shutil.copy(GOLDEN / "gladsaxe" / name, golden / name)
    result = runner.invoke(args=["adapters", "check", "--dir", str(configs), "--golden", str(golden.parent)])
    assert result.exit_code == 2, result.output
    assert "error: gladsaxe.toml: forms[0].fields[4] (site.name): its source 'Tekstfelt55'" in result.output
    assert "fejl: gladsaxe.toml: forms[0].fields[4] (site.name): kilden 'Tekstfelt55'" in result.output
