"""A claim downloaded and then changed by a corrected timesheet: the payments page and the API say by
how much and for whom, to the municipality that downloaded it only (decision 0010).

Falck Hovedstaden pays 275,00 kr. an hour of the claimable hours, min(granted, delivered). An hour taken
off a signed timesheet's week that lies wholly in September and in the placement takes one hour off the
delivered hours; where those were at most the grant, the claimable hours fall by one too, and the
participant's line by 275,00 kr.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal as D
from typing import Any

import lxml.html
import pytest
from accounts import bearer
from claim_changes_support import chosen, take_an_hour_off
from claim_data import hand_claim
from flask import Flask
from page_support import client_of, demo_copy_fixture

from hub.extensions import db
from hub.models import AuditEvent
from hub.periods import parse_period
from hub.services import claim_compare, claim_lines_kept, claims

LISTING = "/api/municipalities/163/claims?agreement=falck-hovedstaden"
CLAIM = "/api/municipalities/163/claim?agreement=falck-hovedstaden&period=2026-09"
PAGE = "/payments?agreement=falck-hovedstaden&period=2026-09"


demo = demo_copy_fixture("claim-changes", name="demo")


def api(app: Flask, username: str, url: str) -> Any:
    return app.test_client().get(url, headers=bearer(app, username))


def test_the_kept_lines_are_each_participants_amount_and_each_empty_places() -> None:
    # claim_data's three lines: P-0001 1234.56, place 2 empty 1718.75, P-0003 2593.25.
    kept = claim_lines_kept.decode(claim_lines_kept.encode(hand_claim()))
    assert kept == {("P-0001", None): D("1234.56"), (None, 2): D("1718.75"), ("P-0003", None): D("2593.25")}
    assert b"0101901234" not in claim_lines_kept.encode(hand_claim())  # never a CPR number


@pytest.mark.usefixtures("demo_today")
def test_a_timesheet_corrected_after_a_download_shows_on_the_page_and_in_the_api(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert api(demo, "kommune-herlev", LISTING).get_json()["claims"] == []  # never downloaded
    assert api(demo, "kommune-herlev", CLAIM).status_code == 200
    listed = api(demo, "kommune-herlev", LISTING).get_json()["claims"]
    assert [(c["period"]["label"], c["changed_since_download"]) for c in listed] == [("2026-09", None)]
    page = client_of(demo, "kommune-herlev").get(PAGE).get_data(as_text=True)
    assert 'id="claim-changes"' not in page  # downloaded and unchanged: nothing extra

    participant = chosen(demo)
    take_an_hour_off(demo, participant)
    claim = api(demo, "kommune-herlev", LISTING).get_json()["claims"][0]
    change = claim["changed_since_download"]
    sent = D(claim["amount_dkk"])
    assert change["difference_dkk"] == "-275.00"  # one hour × 275,00 kr.
    assert D(change["amount_dkk_now"]) == sent - 275
    assert change["participants"] == 1 and change["lines_now"] == claim["lines"]
    [line] = change["changed_lines"]
    assert line["participant_id"] == participant and line["place"] is None
    assert D(line["amount_dkk_now"]) - D(line["amount_dkk_sent"]) == -275
    assert line["difference_dkk"] == "-275.00"

    # The page, in Danish: the day of the download (the demo's 1 December), the difference, one participant.
    html = client_of(demo, "kommune-herlev").get(PAGE).get_data(as_text=True)
    tree = lxml.html.fromstring(html)
    [summary] = tree.xpath('//section[@data-period="2026-09"]/p[@class="claim-change-summary"]')
    assert " ".join(summary.text_content().split()) == (
        "Ændret siden den blev hentet 1. dec. 2026: -275,00 kr., 1 deltager"
    )
    rows = tree.xpath('//section[@data-period="2026-09"]//tbody/tr')
    assert [" | ".join(" ".join(c.text_content().split()) for c in row) for row in rows] == [
        f"{participant} | {_da(D(line['amount_dkk_sent']))} | {_da(D(line['amount_dkk_now']))} | -275,00"
    ]
    assert not any(c.isdigit() and len(c) == 10 for c in html.split())  # no bare CPR-like word

    # Asked again with no new record version, terms or download: the comparison kept is given, no claim
    # is built (the one before the correction was kept too, and not given after it: its state was older).
    builds: list[object] = []
    built = claims.build_claim

    def counting(*args: Any) -> Any:
        builds.append(args)
        return built(*args)

    monkeypatch.setattr(claims, "build_claim", counting)
    assert api(demo, "kommune-herlev", LISTING).get_json()["claims"][0]["changed_since_download"] == change
    assert builds == []
    monkeypatch.undo()

    # Gladsaxe, the lead, has downloaded nothing of its own: Herlev's claim is not its to see.
    lead = client_of(demo, "lead-gladsaxe").get(PAGE).get_data(as_text=True)
    assert 'id="claim-changes"' not in lead
    assert api(demo, "lead-gladsaxe", LISTING).status_code == 404
    assert api(demo, "lead-gladsaxe", LISTING.replace("163", "159")).get_json()["claims"] == []
    # A company and an auditor have no claims at all.
    assert api(demo, "falck", LISTING).status_code == 403
    assert api(demo, "revisor-ballerup", LISTING.replace("163", "151")).status_code == 403


def _da(amount: D) -> str:
    """An amount as the Danish page writes it, worked out here: 1234.50 → 1.234,50."""
    whole, cents = f"{amount:.2f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + f",{cents}"


@pytest.mark.usefixtures("demo_today")
def test_a_download_from_before_the_lines_were_kept_is_compared_by_its_totals(demo: Flask) -> None:
    september, today = parse_period("2026-09"), date(2026, 12, 1)
    with demo.app_context():
        claim, _ = claims.build_claim(db.session, "159", "falck-hovedstaden", september, today)
        lines, amount = len(claim.lines), claim.total("amount_dkk")
        assert lines > 0

        def old(lines: int, amount: D) -> AuditEvent:
            detail = {
                "municipality": "159",
                "period": "2026-09",
                "lines": str(lines),
                "amount_dkk": f"{amount:.2f}",
            }
            return AuditEvent(id=1, occurred_at=datetime(2026, 10, 5, 9, tzinfo=UTC), detail=detail)

        same = claim_compare.compare(
            db.session, "159", "falck-hovedstaden", september, old(lines, amount), today
        )
        assert same is None
        # Sent with 100,00 kr. less on one line fewer: now 100,00 kr. more, participants not known.
        change = claim_compare.compare(
            db.session, "159", "falck-hovedstaden", september, old(lines - 1, amount - 100), today
        )
        db.session.rollback()
    assert change is not None
    assert (change.difference, change.lines, change.participants) == (D("100.00"), None, None)
