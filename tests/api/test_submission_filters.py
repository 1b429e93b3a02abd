"""The submissions' list filters by the placements' names (`agreement_id`, `municipality_code`), and by
`final`: each filtered list is exactly the unfiltered list's submissions that match, paged and linked
as every list."""

from __future__ import annotations

from typing import Any

from api_support import Caller
from flask import Flask
from page_support import demo_copy_fixture

app = demo_copy_fixture("api-submission-filters")


def _all(caller: Caller, query: str = "") -> list[dict[str, Any]]:
    """Every submission the list gives, following the `next` page until there is none."""
    found, page = [], 1
    while True:
        body = caller.json(f"/api/submissions?per_page=100&page={page}{query}")
        found += body["submissions"]
        if page * body["per_page"] >= body["total"]:
            return found
        page += 1


def test_a_filtered_list_is_the_matching_part_of_the_whole(app: Flask) -> None:
    """For each agreement and municipality the lead's whole list holds, and for `final`: the filtered
    list is the whole list's matching submissions, in the same order."""
    lead = Caller(app, "lead-gladsaxe")
    everything = _all(lead)
    asks: list[tuple[str, Any]] = [
        ("&final=true", lambda s: s["final"]),
        ("&final=false", lambda s: not s["final"]),
    ]
    for code in {s["municipality"] for s in everything} - {None}:
        asks.append((f"&municipality_code=0{code}", lambda s, c=code: s["municipality"] == c))
    for agreement in {s["agreement"] for s in everything} - {None}:
        asks.append((f"&agreement_id={agreement}", lambda s, a=agreement: s["agreement"] == a))
    assert len(asks) >= 4  # its own municipality's and at least one agreement's
    sizes = set()
    for query, keeps in asks:
        expected = [s["id"] for s in everything if keeps(s)]
        assert [s["id"] for s in _all(lead, query)] == expected, query
        sizes.add(len(expected))
    assert sizes - {0, len(everything)}  # some filter keeps some and leaves some


def test_the_filter_is_kept_in_the_page_links(app: Flask) -> None:
    response = Caller(app, "lead-gladsaxe").get("/api/submissions?agreement_id=falck-hovedstaden&per_page=1")
    assert response.status_code == 200 and response.get_json()["total"] > 1
    assert 'agreement_id=falck-hovedstaden&page=2&per_page=1>; rel="next"' in response.headers["Link"]


def test_a_municipality_that_is_no_code_is_422_naming_it(app: Flask) -> None:
    response = Caller(app, "lead-gladsaxe").get("/api/submissions?municipality_code=herlev")
    assert response.status_code == 422
    [problem] = response.get_json()["problems"]
    assert problem["field"] == "municipality_code" and "3 digits" in response.get_json()["message"]
