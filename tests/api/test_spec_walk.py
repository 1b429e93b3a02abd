"""Is the spec true? Every GET it lists, called as every role on a copy of the lived demo, with its
parameters filled as an integrator fills them: ids from the lists the caller reads, enums and examples
from the spec itself, the caller's own municipality and the demo's months. Each answer is checked against
what the spec says for its status (`spec_walk.SpecCheck`), and so are the answers every operation
documents beside its success: 401 without a token, 406 to an `Accept` it does not offer, 304 to its
own `ETag`, 404 for an id nothing has, 422 for an argument it does not take.

A new route is walked without editing this test; a parameter it has no value for fails, naming it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from accounts import PEOPLE
from api_support import OWN_USER, Caller
from flask import Flask
from page_support import citizen_cprs, demo_copy_fixture, shown_cprs
from spec_walk import MISSING, SpecCheck, filled, operations

app = demo_copy_fixture("api-spec-walk")

# The demo's forms run August-October 2026: a month, and a quarter for the municipalities that claim so.
PERIODS = ["2026-09", "2026-Q3"]


@pytest.fixture(scope="module")
def spec(app: Flask) -> dict[str, Any]:
    """The spec as the app serves it."""
    served: dict[str, Any] = app.test_client().get("/api/openapi.json").get_json()
    return served


def values_for(caller: Caller) -> dict[str, list[str]]:
    """What this caller would fill each parameter with, found through the API as it sees it."""
    found: dict[str, list[str]] = defaultdict(list)
    own = PEOPLE[caller.username][1].municipality
    found["municipality"] = found["municipality_code"] = [own] if own else []
    agreements = caller.get("/api/agreements").get_json().get("agreements", [])
    found["agreement_id"] = found["agreement"] = [a["id"] for a in agreements][:2]
    placements = caller.get("/api/placements?per_page=3").get_json().get("placements", [])
    found["placement_id"] = [str(p["id"]) for p in placements]
    found["record_id"] = []
    for code in sorted({p["municipality_code"] for p in placements} - {own}):
        found["municipality"].append(code)  # another party's, or the company's interns'
    if placements:
        records = caller.get(f"/api/placements/{placements[0]['id']}/records").get_json()
        found["record_id"] = [str(r["id"]) for r in records.get("records", [])][:2]
    submissions = caller.get("/api/submissions?per_page=2").get_json().get("submissions", [])
    found["submission_id"] = [str(s["id"]) for s in submissions]
    head = caller.get("/api/audit/checkpoint").get_json()
    found["event_id"] = found["from_size"] = ["1", str(head["tree_size"])]
    found["period"] = PERIODS
    return found


Walk = tuple[list[str], dict[str, tuple[str, str]]]


def cpr_shown(response: Any, cprs: set[str]) -> list[str]:
    """The CPR numbers (whole, with a dash, or masked) in an answer's headers or text body."""
    text = str(response.headers)
    if response.mimetype.endswith(("json", "csv", "xml")) or response.mimetype.startswith("text/"):
        text += response.get_data().decode(response.mimetype_params.get("charset", "utf-8"))
    return shown_cprs(text, cprs)


@pytest.fixture(scope="module")
def walked(app: Flask, spec: dict[str, Any]) -> Walk:
    """Every role's answers to every GET: what was untrue of them (and any CPR number in the company's
    headers or text), and for each path the first (user, URL) answered 200."""
    check = SpecCheck(spec)
    untrue: list[str] = []
    succeeded: dict[str, tuple[str, str]] = {}
    cprs = citizen_cprs(app)
    for username in OWN_USER.values():
        caller = Caller(app, username)
        values = values_for(caller)
        for path, operation in operations(spec, "get"):
            for url in filled(path, operation, values):
                response = caller.get(url)
                if response.status_code == 200:
                    succeeded.setdefault(path, (username, url))
                    # What the hub took, the spec must let a generated client send.
                    untrue += [f"{username} GET {url}: {p}" for p in check.request_problems("get", url)]
                untrue += [f"{username} GET {url}: {p}" for p in check.problems(operation, response)]
                if username == OWN_USER["company"] and cpr_shown(response, cprs):
                    untrue.append(f"{username} GET {url}: a CPR number in the answer")  # DESIGN.md: never
    return untrue, succeeded


def test_every_get_answers_as_the_spec_says_for_every_role(spec: dict[str, Any], walked: Walk) -> None:
    """Each role's answers to every GET are documented and fit; every operation has a 200 for some role
    (else the walk would prove nothing about its success), and none is a 5xx."""
    untrue, succeeded = walked
    assert untrue == [], "\n".join(untrue)
    assert set(succeeded) == {path for path, _ in operations(spec, "get")} - {"/api/openapi.json"}


def beside(caller: Caller, path: str, url: str, operation: dict[str, Any]) -> dict[str, Any]:
    """The answers a call that succeeded gets when one thing about it is changed, by what was changed."""
    tried = {
        "no token": caller.client.get(url),
        "Accept": caller.get(url, Accept="image/png"),
        "unknown argument": caller.get(url + ("&" if "?" in url else "?") + "no_such_argument=1"),
    }
    # A list held still by `until_id` is asked again as its `Link` pins it: the audit log's grows by each
    # read of it, so the same URL unpinned is rightly another answer, with another tag.
    again = link_to(caller.get(url), "first") or url
    tag = caller.get(again).headers.get("ETag")
    if tag:
        tried["If-None-Match"] = caller.get(again, **{"If-None-Match": tag})
    segments, where = url.split("/"), path.split("/")
    for parameter in operation["parameters"]:
        if parameter["in"] == "path" and parameter["schema"].get("type") == "integer":
            at = where.index("{" + parameter["name"] + "}")
            missing = [*segments[:at], MISSING["integer"], *segments[at + 1 :]]
            tried[f"no such {parameter['name']}"] = caller.get("/".join(missing))
    return tried


# What each change must be answered with (the others: whatever the operation lists for it).
EXPECTED = {"no token": 401, "Accept": 406, "If-None-Match": 304}


def test_the_answers_beside_the_success_are_as_documented(
    app: Flask, spec: dict[str, Any], walked: Walk
) -> None:
    """For each GET that answered 200, the same call without a token (401), with an `Accept` it does not
    offer (406), with its own `ETag` (304), with an argument it does not take, and with a path id
    nothing has: each answer is one the operation lists, in its documented shape."""
    check = SpecCheck(spec)
    untrue: list[str] = []
    statuses: set[int] = set()
    for path, operation in operations(spec, "get"):
        if path not in walked[1]:
            continue
        username, url = walked[1][path]
        for what, response in beside(Caller(app, username), path, url, operation).items():
            found = check.problems(operation, response)
            statuses.add(response.status_code)
            if what in EXPECTED and response.status_code != EXPECTED[what]:
                found.append(f"{response.status_code}, not {EXPECTED[what]}")
            untrue += [f"{username} GET {url} ({what}): {p}" for p in found]
    assert untrue == [], "\n".join(untrue)
    assert {304, 401, 404, 406, 422} <= statuses  # each kind of change was met somewhere


def link_to(response: Any, rel: str) -> str | None:
    """The path and query the answer's `Link` header gives for `rel`, or None."""
    for part in response.headers.get("Link", "").split(","):
        target, _, params = part.partition(";")
        if params.strip() == f'rel="{rel}"':
            return target.strip().strip("<>").removeprefix("http://localhost")
    return None


def test_every_paged_list_adds_up_to_its_total_by_its_links(
    app: Flask, spec: dict[str, Any], walked: Walk
) -> None:
    """Every GET that takes `page` (a list) is walked in about three pages by its `Link` header's `next`,
    each page as the spec says; together they hold `total` different items, and the last page has no
    `next`. The lists an integrator pages are all among them."""
    check = SpecCheck(spec)
    untrue: list[str] = []
    paged: set[str] = set()
    for path, operation in operations(spec, "get"):
        names = {p["name"] for p in operation["parameters"] if p["in"] == "query"}
        headers = check.answer(operation, 200) or {}
        if "page" not in names or "Link" not in headers.get("headers", {}):
            continue
        paged.add(path)
        username, url = walked[1][path]
        caller = Caller(app, username)
        first = caller.json(url)
        [key] = [k for k, v in first.items() if isinstance(v, list)]
        [most] = [p["schema"].get("maximum", 100) for p in operation["parameters"] if p["name"] == "per_page"]
        per_page = min(most, max(1, -(-first["total"] // 3)))
        seen: list[str] = []
        total: int | None = None  # the walk's first page's: the audit log's grows by each read of it
        at: str | None = url + ("&" if "?" in url else "?") + f"per_page={per_page}"
        while at is not None and len(seen) <= (first["total"] if total is None else total):
            response = caller.get(at)
            untrue += [f"{username} GET {at}: {p}" for p in check.problems(operation, response)]
            total = response.get_json()["total"] if total is None else total
            seen += [str(item) for item in response.get_json()[key]]
            at = link_to(response, "next")
        if len(seen) != total or len(set(seen)) != len(seen):
            untrue.append(f"{username} {url}: {len(seen)} items by the links, total {total}")
    assert untrue == [], "\n".join(untrue)
    lists = {
        "/api/agreements",
        "/api/submissions",
        "/api/placements",
        "/api/placements/{placement_id}/records",
        "/api/municipalities/{municipality}/claims",
    }
    assert lists <= paged
