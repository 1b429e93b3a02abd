"""The overbooked site's notice says one place and one intern as one, and groups thousands (0062)."""

from __future__ import annotations

from datetime import date

from hub.services.site_notices import said

DAYS = (date(2026, 8, 10), date(2026, 9, 25))


def test_a_site_of_one_place_has_one_place() -> None:
    # Two interns on a site the agreement gives one place: "1 plads", not "1 pladser".
    notice = said("Falck Søborg", "1900000101", 2, DAYS, 1)
    assert (
        "har 2 praktikanter på samme tid 10. aug. 2026–25. sep. 2026, og 1 plads i aftalen."
        in (notice["message_da"])
    )
    assert (
        "has 2 interns at once from 2026-08-10 to 2026-09-25, and 1 place in the agreement."
        in (notice["message"])
    )


def test_one_intern_on_a_site_of_no_places() -> None:
    notice = said("Falck Søborg", "1900000101", 1, DAYS, 0)
    assert "har 1 praktikant på samme tid" in notice["message_da"] and "og 0 pladser" in notice["message_da"]
    assert "has 1 intern at once" in notice["message"] and "and 0 places" in notice["message"]


def test_thousands_are_grouped() -> None:
    notice = said("Lager", "1900000101", 1200, DAYS, 1000)
    assert "har 1.200 praktikanter på samme tid" in notice["message_da"]
    assert "og 1.000 pladser i aftalen" in notice["message_da"]
    assert "has 1,200 interns at once" in notice["message"] and "and 1,000 places" in notice["message"]
