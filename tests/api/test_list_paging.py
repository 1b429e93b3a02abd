"""The agreements' and a municipality's claims' lists come a page at a time, as every list: `page` and
`per_page`, the body's `page`, `per_page` and `total`, and the `Link` header (decision 0016, "Stop 41")."""

from __future__ import annotations

import pytest
from api_support import Caller
from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import func, select

from hub.extensions import db
from hub.models import Agreement
from hub.services import claim_changes

app = demo_copy_fixture("api-list-paging")
CLAIMS = "/api/municipalities/163/claims?agreement=falck-hovedstaden"


def agreement_ids(app: Flask) -> list[str]:
    """Every agreement's id, by id: what an administrator may see."""
    with app.app_context():
        return list(db.session.scalars(select(Agreement.id).order_by(Agreement.id)))


def test_the_agreements_come_a_page_at_a_time(app: Flask) -> None:
    admin, ids = Caller(app, "admin"), agreement_ids(app)
    assert len(ids) >= 2  # the demo loads every configured agreement
    first = admin.get("/api/agreements?per_page=1")
    assert first.status_code == 200
    body = first.get_json()
    assert (body["page"], body["per_page"], body["total"]) == (1, 1, len(ids))
    assert [a["id"] for a in body["agreements"]] == ids[:1]
    assert '<http://localhost/api/agreements?page=2&per_page=1>; rel="next"' in first.headers["Link"]
    assert (
        f'<http://localhost/api/agreements?page={len(ids)}&per_page=1>; rel="last"' in first.headers["Link"]
    )
    second = admin.json("/api/agreements?page=2&per_page=1")
    assert [a["id"] for a in second["agreements"]] == ids[1:2]
    whole = admin.json("/api/agreements")  # the default page of 25 holds them all
    assert [a["id"] for a in whole["agreements"]] == ids[:25]
    assert (whole["page"], whole["per_page"]) == (1, 25)


def test_the_agreements_refuse_a_page_past_the_limit_and_an_unknown_argument(app: Flask) -> None:
    admin = Caller(app, "admin")
    too_many = admin.get("/api/agreements?per_page=101")
    assert too_many.status_code == 422
    assert [p["field"] for p in too_many.get_json()["problems"]] == ["per_page"]
    assert admin.get("/api/agreements?pagesize=5").status_code == 422  # not 25 rows without a word


def test_a_companys_count_is_its_own_agreements(app: Flask) -> None:
    with app.app_context():
        cvr = db.session.scalar(select(Agreement.company_cvr).where(Agreement.id == "falck-hovedstaden"))
        own = db.session.scalar(
            select(func.count()).select_from(Agreement).where(Agreement.company_cvr == cvr)
        )
    assert Caller(app, "falck").json("/api/agreements?per_page=1")["total"] == own


@pytest.mark.usefixtures("demo_today")
def test_the_claims_come_a_page_at_a_time_newest_period_first(app: Flask) -> None:
    herlev = Caller(app, "kommune-herlev")  # Herlev claims per month
    for month in ("2026-08", "2026-09", "2026-10"):
        assert (
            herlev.get(
                f"/api/municipalities/163/claim?agreement=falck-hovedstaden&period={month}"
            ).status_code
            == 200
        )
    first = herlev.get(CLAIMS + "&per_page=2")
    assert first.status_code == 200
    body = first.get_json()
    assert (body["page"], body["per_page"], body["total"]) == (1, 2, 3)
    assert [c["period"]["label"] for c in body["claims"]] == ["2026-10", "2026-09"]
    link = first.headers["Link"]
    # Pinned to the newest download while it is paged (`until_id`: tests/api/test_claims_paging_arrivals.py).
    with app.app_context():
        pin = claim_changes.newest_download(db.session, "163", "falck-hovedstaden")
    nxt = (
        f"<http://localhost/api/municipalities/163/claims?until_id={pin}&agreement=falck-hovedstaden"
        "&page=2&per_page=2>"
    )
    assert f'{nxt}; rel="next"' in link and f'{nxt}; rel="last"' in link
    second = herlev.json(CLAIMS + f"&page=2&per_page=2&until_id={pin}")
    assert [c["period"]["label"] for c in second["claims"]] == ["2026-08"]
    assert herlev.json(CLAIMS + "&page=3&per_page=2")["claims"] == []  # past the end: empty, not an error
