"""A browser signed in under one test's demo clock is still signed in under the next test's.

The access matrix keeps one signed-in client per user for its whole module, each test under
`demo_today`. When every test's clock started again at 10:00:00, a client that signed in after the
clock had passed a whole second (a cold first sign-in under load) held a cookie from the next test's
future, which Flask reads as no session: its user's page cases all failed (`demo_clock`'s docstring).
"""

from __future__ import annotations

import time

from accounts import add_user, sign_in
from demo_clock import demo_clock
from flask import Flask


def test_a_session_signed_in_late_in_one_journey_holds_in_the_next(app: Flask) -> None:
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    with demo_clock():
        started = int(time.time())
        while int(time.time()) == started:  # the clock passes a whole second, as a slow sign-in's does
            time.sleep(0.02)
        sign_in(client, "lead-gladsaxe")
        assert client.get("/agreements").status_code == 200
    with demo_clock():  # the next test's journey
        assert client.get("/agreements").status_code == 200


def test_the_demo_clock_never_runs_backwards() -> None:
    with demo_clock():
        time.time()  # the clock starts ticking at its first reading
        time.sleep(0.05)
        left = time.time()
    with demo_clock():
        assert time.time() >= left
        assert time.gmtime(time.time())[:3] == (2026, 12, 1)  # still the demo's day
