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


SEEDS = (
    "ballerup", "furesoe", "gentofte", "gladsaxe", "herlev", "hoeje-taastrup", "lyngby-taarbaek", "randers",
    "soenderborg",
)  # fmt: skip
# Dialects onboarded for issue 8, each sending the forms that show a capability, none in an agreement of
# the seeds: tables that end, label blocks, predicates, conditions (albertslund, roedovre); PDF choices
# (hvidovre, taarnby); case-system exports of many citizens (ishoej).
ROUND_2 = ("albertslund", "hvidovre", "ishoej", "roedovre", "taarnby")


def test_the_nine_job_centres_of_the_seeds_and_the_round_2_dialects_are_configured() -> None:
    assert [f.stem for f in FILES] == sorted(SEEDS + ROUND_2)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_config_file_is_valid_and_matches_the_official_list(path: Path) -> None:
    config = load_config_file(path)
    assert config.slug == path.stem == municipality_slug(config.code)
    if config.slug in SEEDS:  # a job centre of the seeds sends placements and their ends
        assert {form.form_type for form in config.forms} >= {"placement", "placement_end"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_form_of_the_config_has_a_golden_file(path: Path) -> None:
    """A form no sample exercises is a form nobody has seen work."""
    config = load_config_file(path)
    inputs = [p for p in (GOLDEN / config.slug).iterdir() if not p.name.endswith(".json")]
    seen = {config.recognise(extract(p.read_bytes(), p.name, READ_OPTIONS), p.name).id for p in inputs}
    assert seen == {form.id for form in config.forms}
