"""A broken claim template stops the starts that write claims, and only those (decision 0010, "Stop 68").

The web app (its pages and API write and serve claims: `hub serve`, a WSGI server's `create_app`) and the
core app's claim commands (`hub claim`, `hub bundle`) check every `[claim]` against its template at their
start, exit 2 with the line that names the file and the field; the other commands start without reading
the templates (pypdf and lxml, a quarter of a `hub` start). One test a kind of start, run in this
process: that the other commands import no pypdf is `test_lazy_commands`' (a process of their own).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT
from hub_process import operator_env

from hub.app import create_app
from hub.cli import cli
from hub.errors import ConfigError

CONFIGS = ROOT / "config" / "municipalities"
# Gladsaxe's claim fills its PDF form's `Tekstfelt1` first (config/municipalities/gladsaxe.toml).
FIELD = 'target = "Tekstfelt1"'
LINE = (
    "gladsaxe.toml: claim.fields[0].target: the PDF form templates/gladsaxe/mentorrefusion.pdf has no "
    "field 'Tekstfelt01' (did you mean 'Tekstfelt1'?)"
)
LINE_DA = (
    "gladsaxe.toml: claim.fields[0].target: PDF-formularen templates/gladsaxe/mentorrefusion.pdf har "
    "intet felt 'Tekstfelt01' (mente du 'Tekstfelt1'?)"
)


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """The repository's configs, Gladsaxe's claim filling a field its PDF form does not have."""
    folder = tmp_path / "municipalities"
    shutil.copytree(CONFIGS, folder)
    config = folder / "gladsaxe.toml"
    text = config.read_text(encoding="utf-8")
    assert text.index(FIELD) > text.index("[claim]")  # the first of the claim's fields
    config.write_text(text.replace(FIELD, 'target = "Tekstfelt01"', 1), encoding="utf-8")
    return folder


def _hub(tmp_path: Path, configs: Path, *args: str) -> tuple[int, str]:
    env = operator_env(tmp_path / "var") | {"HUB_MUNICIPALITIES_DIR": str(configs)}
    done = CliRunner().invoke(cli, list(args), prog_name="hub", env=env)
    return done.exit_code, done.output


def test_the_web_apps_start_refuses_a_broken_claim_template(tmp_path: Path, broken: Path) -> None:
    with pytest.raises(ConfigError) as refused:
        create_app({"DATA_DIR": str(tmp_path / "var"), "MUNICIPALITIES_DIR": str(broken)})
    assert (refused.value.message, refused.value.message_da) == (LINE, LINE_DA)


def test_a_claim_command_refuses_a_broken_claim_template_and_others_start(
    tmp_path: Path, broken: Path
) -> None:
    out = tmp_path / "claim.pdf"
    code, said = _hub(
        tmp_path, broken, "claim", "gladsaxe", "--agreement", "x", "--period", "2026-08", "--out", str(out)
    )
    assert code == 2 and LINE in said and LINE_DA in said, said
    assert not out.exists()
    # A command that writes no claim starts with the same configs: `hub validate` of no records.
    empty = tmp_path / "empty.json"
    empty.write_text("[]", encoding="utf-8")
    assert _hub(tmp_path, broken, "validate", str(empty)) == (
        0,
        f"{empty}: 0 valid records / 0 gyldige poster\n",
    )
