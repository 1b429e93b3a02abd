"""A refresh of many placements holds its difference to the running totals summed over them all: one
item a row of the totals (decision 0030, stop 50), and the totals as a rebuild computes them."""

from __future__ import annotations

from collections import Counter

from flask import Flask
from store import FALCK, build
from test_totals import _empty, snapshot

from hub.extensions import db
from hub.services import dashboard_refresh, dashboard_totals


def test_one_refresh_of_many_placements_holds_one_difference_a_row_and_the_totals_are_right(
    backend_app: Flask,
) -> None:
    ids = build(backend_app)
    with backend_app.app_context():
        rebuilt = snapshot()
        _empty(FALCK)
        dashboard_refresh.refresh(db.session, [ids[letter] for letter in "ABCD"])
        held = [item for _, item in db.session.info[dashboard_totals.PENDING]]
        rows = Counter((table, key) for table, key, _ in held)
        # The four placements share their agreement's rows (Falck's months, its site's occupancy): summed
        # a placement at a time, as the refresh used to hold them, those rows would be held once each.
        assert rows and max(rows.values()) == 1, [row for row, n in rows.items() if n > 1]
        db.session.commit()
        assert snapshot() == rebuilt
        assert dashboard_totals.PENDING not in db.session.info
