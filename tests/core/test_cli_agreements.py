"""`hub agreements load`: the four seed partnerships, and bad files rejected whole with exit code 2."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy import event, func, select

from hub.extensions import db
from hub.models import Agreement, AuditEvent, Placement, Site
from hub.services.agreements import agreements_for_site

SEED_IDS = ["brfkredit", "danfoss", "falck-hovedstaden", "falck-randers"]


def _count(app: Flask, model: type) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model)) or 0


def test_loads_the_four_partnerships(app: Flask, runner: object) -> None:
    result = runner.invoke(args=["agreements", "load"])  # type: ignore[attr-defined]
    assert result.exit_code == 0, result.output
    with app.app_context():
        rows = {a.id: a for a in db.session.scalars(select(Agreement))}
        assert sorted(rows) == SEED_IDS
        falck = rows["falck-hovedstaden"]
        # DESIGN.md: Gladsaxe leads Ballerup, Herlev, Høje-Taastrup and Furesø; 275 kr x 3 hours a week.
        assert [(m.municipality_code, m.role) for m in falck.municipalities] == [
            ("159", "lead"),
            ("151", "partner"),
            ("163", "partner"),
            ("169", "partner"),
            ("190", "partner"),
        ]
        assert (falck.payment_basis, str(falck.hourly_rate_dkk), str(falck.hours_per_week)) == (
            "occupied_places",
            "275.00",
            "3.00",
        )
        # falck-hovedstaden.toml: Søborg 3, Ballerup 3, Taastrup 2, Farum 2 ("ten standing places").
        assert [s.places for s in sorted(falck.sites, key=lambda s: s.p_number)] == [3, 3, 2, 2]
        danfoss = rows["danfoss"]
        assert sorted(s.places for s in danfoss.sites) == [2, 4]
        assert danfoss.payment_basis == "none" and danfoss.hourly_rate_dkk is None
        brf = rows["brfkredit"]
        assert brf.payment_basis == "fixed_per_place"
        assert sorted((m.municipality_code, m.places) for m in brf.municipalities) == [("157", 3), ("173", 3)]
        assert [m.municipality_code for m in rows["falck-randers"].municipalities] == ["730"]
        assert sum(s.places for s in rows["falck-randers"].sites) == 4


def test_loading_twice_replaces_not_duplicates(app: Flask, runner: object) -> None:
    for _ in range(2):
        assert runner.invoke(args=["agreements", "load"]).exit_code == 0  # type: ignore[attr-defined]
    assert _count(app, Agreement) == 4
    with app.app_context():
        expected = sum(len(a.data["sites"]) for a in db.session.scalars(select(Agreement)))
    assert _count(app, Site) == expected


BAD = {
    "malformed.toml": ('id = "x"\nname = [unclosed\n', "not valid TOML"),
    "malformed.json": ('{"id": "x",}', "not valid JSON"),
    "wrong-type.toml": (None, "places"),
    "unknown-field.toml": (None, "colour"),
    "bad-cvr.toml": (None, "company.cvr"),
    "bad-municipality.toml": (None, "lead_municipality"),
}


def _broken(tmp_path: Path, name: str) -> Path:
    source = (ROOT / "config" / "agreements" / "danfoss.toml").read_text(encoding="utf-8")
    text, _ = BAD[name]
    if text is None:
        if name == "wrong-type.toml":
            text = source.replace("places = 4", 'places = "four"')
        elif name == "unknown-field.toml":
            text = 'colour = "red"\n' + source
        elif name == "bad-cvr.toml":
            cvr = source.split('cvr = "')[1][:8]
            # Change the check digit only: the number keeps 8 digits but fails modulus 11.
            text = source.replace(f'cvr = "{cvr}"', f'cvr = "{cvr[:7]}{(int(cvr[7]) + 1) % 10}"')
        else:
            text = source.replace('lead_municipality = "540"', 'lead_municipality = "999"')
        assert text != source, f"fixture edit for {name} did not apply"
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_exit_2_names_file_and_field_writes_nothing(
    app: Flask, runner: object, tmp_path: Path, name: str
) -> None:
    good = tmp_path / "good.toml"
    shutil.copy(ROOT / "config" / "agreements" / "brfkredit.toml", good)
    bad = _broken(tmp_path, name)
    result = runner.invoke(args=["agreements", "load", str(good), str(bad)])  # type: ignore[attr-defined]
    assert result.exit_code == 2
    assert str(bad) in result.output
    assert BAD[name][1] in result.output
    assert "fejl:" in result.output  # the Danish line for the caseworker
    assert _count(app, Agreement) == 0  # the good file was not stored either: all or nothing
    assert _count(app, AuditEvent) == 0


def test_a_site_is_looked_up_once_a_transaction(app: Flask, runner: object) -> None:
    """A batch links many forms to few sites: one query a site per transaction, a fresh one after."""
    result = runner.invoke(args=["agreements", "load"])  # type: ignore[attr-defined]
    assert result.exit_code == 0, result.output
    with app.app_context():
        statements: list[str] = []

        def count(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            # Søborg is a site of Falck Hovedstaden, whose partners include Herlev (DESIGN.md).
            first = agreements_for_site(db.session, "1900000101", "163")
            again = agreements_for_site(db.session, "1900000101", "163")
            asked = sum("FROM agreements" in s for s in statements)
            db.session.commit()
            fresh = agreements_for_site(db.session, "1900000101", "163")
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        found = [[a.id for a in result] for result in (first, again, fresh)]
        assert found == [["falck-hovedstaden"]] * 3
        assert asked == 1
        assert sum("FROM agreements" in s for s in statements) == 2


def test_a_site_shared_with_another_agreement_of_the_same_municipality_is_refused(
    app: Flask, runner: object, tmp_path: Path
) -> None:
    # A copy of Danfoss under another id: every new Sønderborg form at those sites would fit both.
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0  # type: ignore[attr-defined]
    copy = tmp_path / "danfoss3.toml"
    copy.write_text(
        (ROOT / "config" / "agreements" / "danfoss.toml")
        .read_text(encoding="utf-8")
        .replace('id = "danfoss"', 'id = "danfoss3"', 1),
        encoding="utf-8",
    )
    result = runner.invoke(args=["agreements", "load", str(copy)])  # type: ignore[attr-defined]
    assert result.exit_code == 2, result.output
    assert "site 1900000301, 1900000302 is also in agreement danfoss" in result.output
    assert "stedet 1900000301, 1900000302 findes også i aftalen danfoss" in result.output
    with app.app_context():
        assert db.session.get(Agreement, "danfoss3") is None


def test_a_municipality_with_placements_cannot_be_taken_out(
    app: Flask, runner: object, tmp_path: Path
) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0  # type: ignore[attr-defined]
    with app.app_context():
        db.session.add(
            Placement(
                agreement_id="falck-hovedstaden",
                municipality_code="190",
                cpr_key="k" * 64,
                participant_id="P-TEST0000001",
                p_number="1900000101",
                start=date(2026, 8, 3),
                end=date(2026, 10, 30),
            )
        )
        db.session.commit()
    source = (ROOT / "config" / "agreements" / "falck-hovedstaden.toml").read_text(encoding="utf-8")
    assert '"190"' in source
    without = tmp_path / "falck-hovedstaden.toml"
    without.write_text(source.replace(', "190"', ""), encoding="utf-8")
    result = runner.invoke(args=["agreements", "load", str(without)])  # type: ignore[attr-defined]
    assert result.exit_code == 2, result.output
    assert "municipality 190 is taken out of the agreement, which holds 1 of its placements" in result.output


def test_a_file_that_is_not_toml_is_said_in_danish_too(runner: object, tmp_path: Path) -> None:
    """tomllib's words are English: the Danish line says where and what in Danish, as `hub adapters
    check` does for a municipality's config."""
    path = tmp_path / "unquoted.toml"
    path.write_text("id = falck\n", encoding="utf-8")  # text must be quoted in TOML
    result = runner.invoke(args=["agreements", "load", str(path)])  # type: ignore[attr-defined]
    assert result.exit_code == 2
    danish = next(line for line in result.output.splitlines() if line.startswith("fejl:"))
    said = "ikke gyldig TOML: linje 1, kolonne 6: ugyldig værdi (tekst skal stå i anførselstegn)"
    assert danish.endswith(said), danish
    assert "Invalid value" not in danish
