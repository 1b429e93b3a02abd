"""A site with more interns than its places: every intern is counted, and the lead sees it overbooked.

From the store of `store.py` on 16 September 2026: Søborg (3 places) has A and B running. Herlev then
sends two placements at Søborg running that day (its golden form, and the same form for another
citizen): four interns on three places. The company's export and the lead's dashboard both say 4, not 3
("full"), and the dashboard says one more than its places; and whoever sent the fourth hears it in the
submission's status (the API, `hub ingest`), in both languages. Four run together from 10 August (the
Herlev form's start) to 25 September (B's end): the notice names those days.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import ROOT, make_app
from flask import Flask, render_template_string, session
from flask.testing import FlaskCliRunner
from page_support import accepted
from store import AS_OF, FALCK, build

from hub.access import Principal
from hub.cli import cli
from hub.exports.facts import PlacementFacts
from hub.extensions import db
from hub.models import Agreement
from hub.periods import parse_period
from hub.services import company, dashboard, records
from hub.services.site_notices import peak
from hub.services.submission_status import result_of

SOEBORG = "1900000101"
LEAD = Principal(1, "lead-gladsaxe", "lead", municipality="159")


class Sent(NamedTuple):
    app: Flask
    third: int  # the submission that filled Søborg's three places
    fourth: int  # the one that took it past them
    notices_at_three: list[dict[str, str]]  # the third's notices, read before the fourth came


def _notices(app: Flask, submission_id: int) -> list[dict[str, str]]:
    with app.app_context():
        return list(result_of(db.session, records.submission(db.session, submission_id))["notices"])


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Sent:
    app = make_app(tmp_path_factory.mktemp("overbooked"))
    build(app)
    form = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
    third = accepted(app, form, "praktik.csv", "herlev")
    at_three = _notices(app, third)
    other = form.replace(b"221100-4237", b"150599-1236").replace(b"Ahmad Rahimi", b"Sara Holm")
    return Sent(app, third, accepted(app, other, "praktik-2.csv", "herlev"), at_three)


@pytest.fixture(scope="module")
def overbooked(sent: Sent) -> Flask:
    return sent.app


def test_the_companys_export_counts_every_intern_on_the_site(overbooked: Flask) -> None:
    with overbooked.app_context():
        sites = company.occupancy(db.session, db.session.get_one(Agreement, FALCK), AS_OF)
    soeborg = next(s for s in sites if s.p_number == SOEBORG)
    assert (soeborg.places, soeborg.occupied) == (3, 4)


def test_the_dashboard_counts_them_and_says_the_site_is_overbooked(overbooked: Flask) -> None:
    with overbooked.app_context():
        board = dashboard.build(db.session, LEAD, FALCK, parse_period("2026-09"), AS_OF, None)
    soeborg = next(s for s in board.sites if s.p_number == SOEBORG)
    assert (soeborg.places, soeborg.occupied, soeborg.empty, soeborg.over) == (3, 4, 0, 1)
    others = [s.over for s in board.sites if s.p_number != SOEBORG]
    assert others == [0, 0, 0]


def test_the_lead_reads_how_many_more_than_its_places(overbooked: Flask) -> None:
    with overbooked.app_context():
        board = dashboard.build(db.session, LEAD, FALCK, parse_period("2026-09"), AS_OF, None)
    template = '{% import "_dashboard.html" as d %}{{ d.sites(board) }}'
    with overbooked.test_request_context("/"):  # Danish, the default
        danish = render_template_string(template, board=board)
    with overbooked.test_request_context("/"):
        session["lang"] = "en"  # the user's choice (`web.i18n.locale`)
        english = render_template_string(template, board=board)
    row = re.search(rf'<tr data-site="{SOEBORG}"[^>]*>.*?</tr>', danish, re.S)
    assert row is not None
    assert '4 <strong class="overbooked">(1 mere end pladserne)</strong>' in row.group(0)
    assert "(1 more than its places)" in english
    assert danish.count("overbooked") == 1


def test_the_sender_of_the_fourth_hears_the_site_is_past_its_places(sent: Sent) -> None:
    assert sent.notices_at_three == []  # three on three places: nothing to say
    [notice] = _notices(sent.app, sent.fourth)
    assert notice["code"] == "site_overbooked"
    assert notice["message_da"].startswith(
        f"Falck Søborg (P-nummer {SOEBORG}) har 4 praktikanter på samme tid 10. aug. 2026–25. sep. 2026, "
        "og 3 pladser"
    )
    assert "4 interns at once from 2026-08-10 to 2026-09-25, and 3 places" in notice["message"]
    # Read now, the third's status says so too: it is one of the four.
    assert _notices(sent.app, sent.third) == [notice]


def test_a_submission_of_another_form_type_carries_no_notice(sent: Sent) -> None:
    form = (ROOT / "tests" / "golden" / "herlev" / "mentor_support.csv").read_bytes()
    assert _notices(sent.app, accepted(sent.app, form, "bevilling.csv", "herlev")) == []


def _facts(start: str, end: str) -> PlacementFacts:
    day = date.fromisoformat
    return PlacementFacts("", "", "", SOEBORG, "Falck Søborg", start=day(start), end=day(end))


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], (0, "2026-08-01", "2026-08-31")),
        # Two at once from 08-10; a third starts the day after the first ends: two at once to the end
        # of the span, never three.
        (
            [("2026-07-01", "2026-08-20"), ("2026-08-10", "2026-09-30"), ("2026-08-21", "2026-12-31")],
            (2, "2026-08-10", "2026-08-31"),
        ),
        # Three at once for one day, the day one ends and the next has started.
        (
            [("2026-08-01", "2026-08-10"), ("2026-08-05", "2026-08-31"), ("2026-08-10", "2026-08-31")],
            (3, "2026-08-10", "2026-08-10"),
        ),
        # Cut to the span asked about: one running from before and one after it count only within it.
        ([("2026-01-01", "2026-12-31"), ("2026-09-01", "2026-09-30")], (1, "2026-08-01", "2026-08-31")),
        # The most at once is found after a smaller peak, and ends with the span.
        (
            [("2026-08-01", "2026-08-05"), ("2026-08-20", "2026-09-30"), ("2026-08-25", "2026-08-31")],
            (2, "2026-08-25", "2026-08-31"),
        ),
    ],
)
def test_the_most_at_once_and_the_days_they_run(
    spans: list[tuple[str, str]], expected: tuple[int, str, str]
) -> None:
    most, first, last = peak([_facts(*s) for s in spans], date(2026, 8, 1), date(2026, 8, 31))
    assert (most, first.isoformat(), last.isoformat()) == expected


def test_hub_ingest_says_it_under_the_file_that_took_the_site_past_its_places(tmp_path: Path) -> None:
    app = make_app(tmp_path / "app")
    build(app)
    form = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
    third, fourth = tmp_path / "praktik.csv", tmp_path / "praktik-2.csv"
    third.write_bytes(form)
    fourth.write_bytes(form.replace(b"221100-4237", b"150599-1236").replace(b"Ahmad Rahimi", b"Sara Holm"))
    runner = FlaskCliRunner(app)
    first = runner.invoke(cli, args=["ingest", str(third), "-m", "herlev"])
    assert first.exit_code == 0, first.output
    assert "bemærk" not in first.output and "note:" not in first.output
    second = runner.invoke(cli, args=["ingest", str(fourth), "-m", "herlev"])
    assert second.exit_code == 0, second.output
    lines = second.output.splitlines()
    at = next(n for n, line in enumerate(lines) if "praktik-2.csv: accepted / godkendt" in line)
    notes = [line for line in lines[at:] if line.startswith(("  note:", "  bemærk:"))]
    assert len(notes) == 2
    assert notes[0].startswith(f"  note: Falck Søborg (P-number {SOEBORG}) has 4 interns at once")
    assert notes[1].startswith(f"  bemærk: Falck Søborg (P-nummer {SOEBORG}) har 4 praktikanter på samme tid")


def test_the_lead_is_told_at_the_top_which_site_is_past_its_places(overbooked: Flask) -> None:
    """The sites table marks the row; the notice above it says it without the lead having to scan."""
    with overbooked.app_context():
        board = dashboard.build(db.session, LEAD, FALCK, parse_period("2026-09"), AS_OF, None)
    template = '{% import "_dashboard.html" as d %}{{ d.overbooked(board) }}'
    with overbooked.test_request_context("/"):
        danish = render_template_string(template, board=board)
    with overbooked.test_request_context("/"):
        session["lang"] = "en"
        english = render_template_string(template, board=board)
    assert "Ét arbejdssted har i dag flere praktikanter, end aftalen giver det pladser:" in danish
    assert (
        f'Falck Søborg</a> <span class="muted site-number">(P-nummer {SOEBORG})</span>: '
        "4 praktikanter på 3 pladser" in danish
    )
    assert "One site has more interns today" in english and "4 interns in 3 places" in english
    # The other sites are within their places: named nowhere in the notice.
    others = [s.name for s in board.sites if s.p_number != SOEBORG]
    assert others and not any(name in danish for name in others)


def test_no_notice_when_every_site_is_within_its_places(overbooked: Flask) -> None:
    with overbooked.app_context():
        board = dashboard.build(db.session, LEAD, FALCK, parse_period("2026-09"), date(2026, 10, 1), None)
    assert all(s.over == 0 for s in board.sites)  # B's end on 25 September frees Søborg's fourth place
    with overbooked.test_request_context("/"):
        shown = render_template_string(
            '{% import "_dashboard.html" as d %}{{ d.overbooked(board) }}', board=board
        )
    assert shown.strip() == ""


def test_two_or_more_over_its_places_are_said_in_the_plural(overbooked: Flask) -> None:
    # "1 flere end pladserne" was said of one over; one is "mere", two or more "flere".
    template = '{{ ngettext("%(num)d more than its places", "%(num)d more than its places", n, num=n) }}'
    with overbooked.test_request_context("/"):  # Danish, the default
        said = [render_template_string(template, n=n) for n in (1, 2)]
    assert said == ["1 mere end pladserne", "2 flere end pladserne"]
