"""`hub reprocess` says what it did in English and Danish, as `hub ingest` does: each submission whose
outcome changes, each change not applied, and the count at the end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import ROOT, make_app
from flask import Flask

from hub import create_app
from hub.cli import cli
from hub.extensions import db
from hub.services import agreements

HERLEV = ROOT / "tests" / "golden" / "herlev" / "placement.csv"


def _configs(tmp_path: Path) -> Path:
    """A copy of the municipality configs, so that a test can change Herlev's."""
    configs = tmp_path / "municipalities"
    configs.mkdir()
    for path in (ROOT / "config" / "municipalities").glob("*.toml"):
        (configs / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    for folder in ("schemas", "templates"):
        (configs / folder).symlink_to(ROOT / "config" / "municipalities" / folder)
    return configs


def _again(app: Flask) -> Flask:
    """A new app on the same database and files, reading the configs afresh."""
    keys = ("DATABASE_URL", "BLOB_DIR", "MUNICIPALITIES_DIR", "SECRET_KEY", "AGREEMENTS_DIR")
    return create_app({k: app.config[k] for k in keys} | {"TESTING": True})


def _run(app: Flask, *args: str) -> Any:
    return app.test_cli_runner().invoke(cli, list(args))


def test_a_submission_accepted_on_a_second_look_is_said_in_both_languages(tmp_path: Path) -> None:
    app = make_app(tmp_path / "a", MUNICIPALITIES_DIR=str(_configs(tmp_path)))
    brf = str(ROOT / "config" / "agreements" / "brfkredit.toml")
    assert _run(app, "agreements", "load", brf).exit_code == 0
    # Falck Søborg is in no agreement of Herlev's yet: rejected, for a reason outside the document.
    assert _run(app, "ingest", str(HERLEV), "-m", "herlev").exit_code == 2
    falck = str(ROOT / "config" / "agreements" / "falck-hovedstaden.toml")
    assert _run(app, "agreements", "load", falck).exit_code == 0
    dry = _run(app, "reprocess", "-m", "herlev", "--dry-run")
    assert dry.exit_code == 0, dry.output
    lines = dry.output.splitlines()
    changed = "submission 1 (placement.csv): rejected -> accepted / indsendelse 1 (placement.csv): afvist"
    assert f"{changed} -> godkendt" in lines
    assert lines[-1] == (
        "would change 1 of the stored documents of herlev (dry run: nothing written)"
        " / ville ændre 1 af de gemte dokumenter fra herlev (prøvekørsel: intet skrevet)"
    )
    done = _run(app, "reprocess", "-m", "herlev")
    assert done.output.splitlines()[-1] == (
        "committing 1 of the stored documents of herlev / gemmer 1 af de gemte dokumenter fra herlev"
    )


def _herlev_stored(tmp_path: Path) -> tuple[Flask, Path, str]:
    """An app with every agreement and Herlev's placement form stored; Herlev's config file (a copy the
    test may change) and its text."""
    app = make_app(tmp_path / "a", MUNICIPALITIES_DIR=str(_configs(tmp_path)))
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
    assert _run(app, "ingest", str(HERLEV), "-m", "herlev").exit_code == 0
    config = Path(app.config["MUNICIPALITIES_DIR"]) / "herlev.toml"
    return app, config, config.read_text(encoding="utf-8")


def test_a_change_not_applied_is_said_in_both_languages(tmp_path: Path) -> None:
    app, config, text = _herlev_stored(tmp_path)
    # Herlev's config no longer knows the benefit its placement form says ("Kontanthjælp").
    config.write_text(text.replace('"Kontanthjælp" = "kontanthjaelp", ', "", 1), encoding="utf-8")
    dry = _run(_again(app), "reprocess", "-m", "herlev", "--dry-run")
    assert dry.exit_code == 0, dry.output
    lines = dry.output.splitlines()
    assert lines[0] == "submission 1 (placement.csv) / indsendelse 1 (placement.csv)"
    english = next(line for line in lines if line.startswith("  not applied: "))
    danish = lines[lines.index(english) + 1]
    assert "benefit: no mapping for 'Kontanthjælp'" in english
    assert danish.startswith("  ikke anvendt: ") and "ydelse: ukendt værdi 'Kontanthjælp'" in danish


def test_a_difference_never_prints_a_cpr_number(tmp_path: Path) -> None:
    # The terminal's lines may be kept by cron or systemd as a log, where no CPR number may be.
    app, config, text = _herlev_stored(tmp_path)
    # A mistaken config: the citizen's name read from the CPR number's line of the form (221100-4237).
    name = 'path = "citizen.name"\n  source = "label:Navn"'
    assert name in text
    mistaken = 'path = "citizen.name"\n  source = "label:CPR-nr."'
    config.write_text(text.replace(name, mistaken, 1), encoding="utf-8")
    dry = _run(_again(app), "reprocess", "-m", "herlev", "--dry-run")
    assert dry.exit_code == 0, dry.output
    changed = [line for line in dry.output.splitlines() if line.startswith("  citizen.name: ")]
    assert changed and changed[0].endswith("-> '221100-XXXX'"), dry.output
    assert "4237" not in dry.output
