"""A downloaded claim's comparison is kept under what that period's claim depends on (decision 0010, "Stop
39"): a new record version builds again only the periods whose placements it touches, and a change of
the municipality's config or the agreement's terms is seen at the next view, with no restart.

Herlev (163) downloads its claims of June, September and October 2026; an hour is then taken off a
September week of a participant placed all September (`claim_changes_support`). Herlev's placements
placed all September began in July (the demo's), so June's claim cannot have changed.
"""

from __future__ import annotations

import shutil
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from accounts import bearer
from claim_changes_support import chosen, take_an_hour_off
from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import select

from hub.adapters.language.registry import load_registry
from hub.extensions import db
from hub.models import Agreement, Placement
from hub.periods import parse_period
from hub.services import claims

LISTING = "/api/municipalities/163/claims?agreement=falck-hovedstaden"
CLAIM = "/api/municipalities/163/claim?agreement=falck-hovedstaden&period={}"
DOWNLOADED = ("2026-10", "2026-09", "2026-06")  # newest first, as listed

versions = demo_copy_fixture("claim-changes-versions", name="versions")
config = demo_copy_fixture("claim-changes-config", name="config")
agreement_terms = demo_copy_fixture("claim-changes-terms", name="agreement_terms")


def api(app: Flask, url: str) -> Any:
    return app.test_client().get(url, headers=bearer(app, "kommune-herlev"))


def download_all(app: Flask) -> dict[str, Any]:
    """Herlev's claims of `DOWNLOADED` downloaded, then listed: each as listed, by period."""
    for label in DOWNLOADED:
        assert api(app, CLAIM.format(label)).status_code == 200, label
    listed = api(app, LISTING).get_json()["claims"]
    assert [c["period"]["label"] for c in listed] == list(DOWNLOADED)
    assert [c["changed_since_download"] for c in listed] == [None, None, None]
    return {c["period"]["label"]: c for c in listed}


def built_periods(app: Flask, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], dict[str, Any]]:
    """The listing asked for once more: the periods whose claim it built, and each claim by period."""
    built: list[str] = []
    build = claims.build_claim

    def counting(*args: Any) -> Any:
        built.append(args[3].label)
        return build(*args)

    monkeypatch.setattr(claims, "build_claim", counting)
    try:
        listed = api(app, LISTING).get_json()["claims"]
    finally:
        monkeypatch.undo()
    return built, {c["period"]["label"]: c for c in listed}


@pytest.mark.usefixtures("demo_today")
def test_a_new_version_builds_again_only_the_periods_its_placement_is_in(
    versions: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    download_all(versions)
    participant = chosen(versions)
    with versions.app_context():
        placement = db.session.scalars(select(Placement).where(Placement.participant_id == participant)).one()
        start, end = placement.start, placement.end
    touched = [
        label for label in DOWNLOADED if parse_period(label).start <= end and start <= parse_period(label).end
    ]
    assert "2026-06" not in touched and "2026-09" in touched  # placed all September, from July on

    take_an_hour_off(versions, participant)
    built, listed = built_periods(versions, monkeypatch)
    assert sorted(built) == sorted(touched)
    assert listed["2026-09"]["changed_since_download"]["difference_dkk"] == "-275.00"
    assert listed["2026-06"]["changed_since_download"] is None

    # Nothing new since: nothing built.
    assert built_periods(versions, monkeypatch)[0] == []


@pytest.mark.usefixtures("demo_today")
def test_a_config_that_no_longer_claims_is_seen_without_a_restart(
    config: Flask, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sent = download_all(config)["2026-09"]
    assert D(sent["amount_dkk"]) > 0
    # Herlev's config loaded again without its `[claim]` (the text up to its first form): it pays no
    # mentor support any more, so its claim now has no lines. No record version or term changed.
    folder = tmp_path / "municipalities"
    shutil.copytree(config.config["MUNICIPALITIES_DIR"], folder)
    herlev = folder / "herlev.toml"
    text = herlev.read_text(encoding="utf-8")
    start = text.index("\n[claim]\n")
    herlev.write_text(text[:start] + text[text.index("\n[[forms]]", start) :], encoding="utf-8")
    kept = config.extensions["hub.registry"]
    config.extensions["hub.registry"] = load_registry(folder)
    try:
        assert config.extensions["hub.registry"].get("163").claim is None
        built, listed = built_periods(config, monkeypatch)
    finally:
        config.extensions["hub.registry"] = kept
    assert sorted(built) == sorted(DOWNLOADED)
    change = listed["2026-09"]["changed_since_download"]
    assert (change["lines_now"], change["amount_dkk_now"]) == (0, "0.00")
    assert D(change["difference_dkk"]) == -D(sent["amount_dkk"])

    # The config as it was: the claims as they were, none changed.
    listed = api(config, LISTING).get_json()["claims"]
    assert [c["changed_since_download"] for c in listed] == [None, None, None]


@pytest.mark.usefixtures("demo_today")
def test_terms_that_pay_nothing_are_seen_without_a_restart(agreement_terms: Flask) -> None:
    sent = download_all(agreement_terms)["2026-09"]
    with agreement_terms.app_context():
        # Written in the database behind the hub's back: a load of a file would be refused, as it would
        # reprice the downloaded periods (decision 0063). Payments read the terms' versions.
        found = db.session.get(Agreement, "falck-hovedstaden")
        assert found is not None
        found.payment_basis = "none"
        for version in found.terms_history:
            version.basis = "none"
        db.session.commit()
    change = api(agreement_terms, LISTING).get_json()["claims"][1]["changed_since_download"]
    assert (change["lines_now"], change["amount_dkk_now"]) == (0, "0.00")
    assert D(change["difference_dkk"]) == -D(sent["amount_dkk"])
