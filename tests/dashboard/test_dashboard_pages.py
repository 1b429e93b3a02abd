"""The dashboard pages over HTTP: the same number of SQL statements at two sizes, the partner sees no
other municipality's citizen, another party's agreement does not exist, a bad month is a clear 400."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import lxml.html
import pytest
from accounts import add_user, sign_in
from conftest import make_app
from flask import Flask, render_template_string
from sqlalchemy import event
from store import CPR, NAMES, build, more

from hub.datewords import day_da
from hub.extensions import db
from hub.periods import local_today, month_of


def _app(tmp_path: Path, extra: int) -> Flask:
    app = make_app(tmp_path)
    build(app)
    if extra:
        more(app, extra)
    for name in ("lead-gladsaxe", "kommune-herlev"):
        add_user(app, name)
    return app


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    app = _app(tmp_path_factory.mktemp("small"), 0)
    yield app
    with app.app_context():
        db.engine.dispose()


def statements(app: Flask, user: str, path: str) -> tuple[int, str]:
    """How many SQL statements one request makes, and the page."""
    client = app.test_client()
    sign_in(client, user)
    client.get(path)  # warm: the first request loads what every later one finds cached
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(args[2])

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        response = client.get(path)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert response.status_code == 200, response.text[:500]
    return len(seen), response.text


@pytest.mark.parametrize(
    ("user", "path"),
    [("lead-gladsaxe", "/dashboard?month=2026-09"), ("kommune-herlev", "/municipality?month=2026-09")],
)
def test_statements_per_page_do_not_grow_with_the_placements(
    small: Flask, tmp_path: Path, user: str, path: str
) -> None:
    few, _ = statements(small, user, path)
    large = _app(tmp_path, 60)  # 65 placements: more than a list shows
    many, page = statements(large, user, path)
    with large.app_context():
        db.engine.dispose()
    assert few == many
    if user == "lead-gladsaxe":
        assert "Viser 1–20 af 61." in page  # Gladsaxe's 61 with a report missing in September


def test_partner_page_names_no_other_municipalitys_citizen(small: Flask) -> None:
    client = small.test_client()
    sign_in(client, "kommune-herlev")
    page = client.get("/municipality?month=2026-09").text
    assert NAMES["B"] in page and "150500-4235" in page
    for other in ("A", "C", "D", "E"):
        assert NAMES[other] not in page
        assert CPR[other][:6] not in page


def test_lead_sees_partners_cpr_masked(small: Flask) -> None:
    client = small.test_client()
    sign_in(client, "lead-gladsaxe")
    page = client.get("/dashboard?month=2026-09").text
    assert "010190-1234" in page  # A, Gladsaxe's own
    assert "150500-XXXX" in page and "150500-4235" not in page  # B, Herlev's


def test_an_agreement_of_another_party_is_not_found(small: Flask) -> None:
    client = small.test_client()
    sign_in(client, "lead-gladsaxe")
    assert client.get("/dashboard?agreement=brfkredit").status_code == 404  # led by Gentofte
    sign_in(client, "kommune-herlev")
    assert client.get("/municipality?agreement=brfkredit").status_code == 404  # Herlev is not in it


def test_a_bad_month_is_a_clear_error(small: Flask) -> None:
    client = small.test_client()
    sign_in(client, "lead-gladsaxe")
    response = client.get("/dashboard?month=2026-13")
    assert response.status_code == 400
    assert "Traceback" not in response.text


def test_a_month_not_yet_begun_is_refused_as_payments_refuse_it(small: Flask) -> None:
    # Its figures would all be zeros, shown as if they were the month's; a month long past is shown as it
    # is (zeros before the agreement), as payments show it.
    today = local_today()
    later = month_of(today).end + timedelta(days=1)
    client = small.test_client()
    sign_in(client, "lead-gladsaxe")
    for path in (f"/dashboard?month={later:%Y-%m}", f"/payments?period={later:%Y-%m}"):
        response = client.get(path)
        assert response.status_code == 400, path
        named = month_of(later).describe("da")  # "januar 2027"
        assert f"Perioden {named} ligger i fremtiden (i dag er {day_da(today)})" in response.text
    assert client.get(f"/dashboard?month={today:%Y-%m}").status_code == 200  # this month has begun
    assert client.get("/dashboard?month=1999-01").status_code == 200
    assert client.get("/payments?period=1999-01").status_code == 200
    sign_in(client, "kommune-herlev")
    assert client.get(f"/municipality?month={later:%Y-%m}").status_code == 400


def test_the_chart_leaves_room_for_the_tallest_bars_number(small: Flask) -> None:
    # 12 places occupied of 10 agreed: the tallest bar set the scale and its number was drawn above the
    # picture, where no one saw it.
    board = SimpleNamespace(
        places=10, chart=[(date(2026, 8, 15), 12), (date(2026, 9, 15), 5), (date(2026, 12, 1), 10)]
    )
    with small.test_request_context("/"):
        svg = render_template_string('{% import "_dashboard.html" as d %}{{ d.chart(board) }}', board=board)
    bars = [float(y) for y in re.findall(r'<rect x="[^"]+" y="([^"]+)"', svg)]
    numbers = [float(y) for y in re.findall(r'<text class="count" x="[^"]+" y="([^"]+)"', svg)]
    assert len(bars) == len(numbers) == 3
    # A phone draws the numbers 26 units high (hub.css), a digit's top about 3/4 of that above its foot.
    assert min(bars) >= 26 and min(numbers) >= 20


@pytest.mark.parametrize(("bars", "mid", "small_days"), [(3, 3, 3), (12, 6, 4), (24, 6, 5)])
def test_a_narrow_chart_labels_as_many_days_as_fit(
    small: Flask, bars: int, mid: int, small_days: int
) -> None:
    """Drawn narrower than 600 units a day's label is 16 or 26 units high and wants about 80 or 120 units
    (hub.css): of bars 600 / n wide, every ceil(80 / bar)-th and ceil(120 / bar)-th day keeps it, counted
    back from today (the last bar), and a chart of a few wide bars keeps them all."""
    days = [(date(2026, 1, 15) + timedelta(days=30 * n), 5) for n in range(bars)]
    board = SimpleNamespace(places=10, chart=days)
    with small.test_request_context("/"):
        svg = render_template_string('{% import "_dashboard.html" as d %}{{ d.chart(board) }}', board=board)
    labels = re.findall(r'<text class="day([^"]*)"', svg)
    assert len(labels) == bars
    assert sum(" mid" in c for c in labels) == mid and sum(" small" in c for c in labels) == small_days
    assert " mid" in labels[-1] and " small" in labels[-1], "today keeps its label"


@pytest.mark.parametrize(
    ("user", "path", "latest", "words"),
    [
        # A's hours run to ISO week 40 (28 September-4 October): four of its days are October's.
        ("lead-gladsaxe", "/dashboard", "2026-10", "Se oktober 2026, den seneste måned med timer"),
        ("kommune-herlev", "/municipality", "2026-09", "Se september 2026, den seneste måned med timer"),
    ],
)
@pytest.mark.usefixtures("demo_today")
def test_a_month_without_hours_points_to_the_latest_with_hours(
    small: Flask, user: str, path: str, latest: str, words: str
) -> None:
    # Opened on 1 December, the page shows November, when nobody delivered hours: a new user saw an empty
    # month and had to guess where the hours were. Herlev's own hours end in week 38.
    client = small.test_client()
    sign_in(client, user)
    page = client.get(path).text
    assert "Der er ikke leveret timer i november 2026." in page
    assert words in page and f"period={latest}" in page  # the pages' one name for it (stop 45)
    assert 'id="earlier-hours"' not in client.get(f"{path}?period=2026-11").text  # picked on purpose
    assert 'id="earlier-hours"' not in client.get(f"{path}?period={latest}").text
    assert 'id="earlier-hours"' not in client.get(f"{path}?month={latest}").text  # as bookmarked before


@pytest.mark.parametrize(
    ("user", "path", "letter"),
    [
        ("lead-gladsaxe", "/dashboard?month=2026-09", "A"),
        ("kommune-herlev", "/municipality?month=2026-09", "B"),
    ],
)
def test_a_citizen_named_on_the_page_links_to_the_placements_record(
    small: Flask, user: str, path: str, letter: str
) -> None:
    """From "ending soon" or "missing evidence" to the placement itself is one click, not a search."""
    client = small.test_client()
    sign_in(client, user)
    page = lxml.html.fromstring(client.get(path).text)
    links = {a.get("href") for a in page.xpath("//a") if a.text_content().strip() == NAMES[letter]}
    assert links and all(re.fullmatch(r"/records/\d+", href) for href in links)
    for href in links:
        record = client.get(href)
        cpr = f"{CPR[letter][:6]}-{CPR[letter][6:]}"  # its own municipality's citizen: the full number
        assert record.status_code == 200 and NAMES[letter] in record.text and cpr in record.text


def test_the_average_days_read_as_the_outcome_report_writes_them(small: Flask) -> None:
    # C ended after 117 days (`test_dashboard_numbers`): `hub report outcomes` says "117 dage", the
    # page said "117,00", as if days were kroner.
    client = small.test_client()
    sign_in(client, "lead-gladsaxe")
    page = lxml.html.fromstring(client.get("/dashboard").get_data(as_text=True))
    (cell,) = page.xpath("//tr[th[normalize-space()='Gennemsnitligt antal dage (afsluttede)']]/td")
    assert cell.text_content().strip() == "117"
