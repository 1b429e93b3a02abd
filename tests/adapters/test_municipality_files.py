"""Every municipality config file, one by one: valid, named right, and every form it declares exercised."""

from __future__ import annotations

from pathlib import Path

import pytest
from pipeline import GOLDEN, ROOT

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.schemas.municipalities import municipality_slug

FILES = sorted((ROOT / "config" / "municipalities").glob("*.toml"))


def test_the_nine_job_centres_of_the_seeds_are_configured() -> None:
    # And municipalities onboarded since (issue 8: Ishøj's exports, Hvidovre's and Tårnby's PDF choices).
    assert {
        "ballerup", "furesoe", "gentofte", "gladsaxe", "herlev", "hoeje-taastrup", "lyngby-taarbaek",
        "randers", "soenderborg",
    } <= {f.stem for f in FILES}  # fmt: skip


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_config_file_is_valid_and_matches_the_official_list(path: Path) -> None:
    config = load_config_file(path)
    assert config.slug == path.stem == municipality_slug(config.code)
    assert {form.form_type for form in config.forms} >= {"placement", "placement_end"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_form_of_the_config_has_a_golden_file(path: Path) -> None:
    """A form no sample exercises is a form nobody has seen work."""
    config = load_config_file(path)
    inputs = [p for p in (GOLDEN / config.slug).iterdir() if not p.name.endswith(".json")]
    seen = {config.recognise(extract(p.read_bytes(), p.name, READ_OPTIONS), p.name).id for p in inputs}
    assert seen == {form.id for form in config.forms}
