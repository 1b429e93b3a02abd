"""Default-deny, for the two ways a new route is forgotten (decision 0020): the mark on its view and its
line in the access matrix. Each is tried on an app with routes added, so that a guard or a check that
let one through would be seen here rather than trusted."""

from __future__ import annotations

from accounts import add_user, bearer, sign_in
from flask import Flask
from test_access_matrix import endpoints_without_entry

from hub.web.guard import requires


def test_a_route_forgotten_both_ways_is_refused_and_named(app: Flask) -> None:
    """Default-deny, for the two ways a new route is forgotten: a view with no `@requires` is refused to
    everyone, the admin and an API token included, signed in or not (403 before it runs); and a route
    with no matrix line, marked or not, a new method on a known one too, is named by the check above."""
    ran: list[str] = []

    def report() -> dict[str, str]:
        ran.append("ran")
        return {"citizen": "0101901234"}

    app.add_url_rule("/new-report", "new_report", report)
    app.add_url_rule("/api/new-report", "new_report_api", report, methods=["GET", "POST"])
    # The same function marked for another endpoint: the mark is that endpoint's, and opens neither above.
    app.add_url_rule("/api/new-marked", "new_marked_api", requires("placements:read")(report))
    # A method added to a known endpoint: its view, at another URL (Flask takes no second view for it).
    app.add_url_rule("/company/new", "company.index", app.view_functions["company.index"], methods=["POST"])
    add_user(app, "admin")
    add_user(app, "lead-gladsaxe")
    browser = app.test_client()
    sign_in(browser, "admin")
    token = bearer(app, "lead-gladsaxe")
    answers = {
        (who, path): client.get(path, headers=headers)
        for who, client, headers in (
            ("no one", app.test_client(), {}),
            ("admin", browser, {}),
            ("token", app.test_client(), token),
        )
        for path in ("/new-report", "/api/new-report")
    }
    assert ran == []
    assert not any(b"0101901234" in answer.get_data() for answer in answers.values())
    # 403 to everyone: before "sign in" (no one's sign-in would open it) and before "a token is no
    # sign-in on a page".
    assert {answer.status_code for answer in answers.values()} == {403}
    assert set(endpoints_without_entry(app)) == {
        "GET /new-report (new_report)",
        "GET /api/new-report (new_report_api)",
        "POST /api/new-report (new_report_api)",
        "GET /api/new-marked (new_marked_api)",
        "POST /company/new (company.index)",
    }


def test_one_function_at_two_endpoints_needs_each_its_own_permission(app: Flask) -> None:
    """The permission belongs to the endpoint: one function registered at two endpoints, each with a
    permission of its own, is opened by each to its own roles only, whichever was registered last (a
    mark on the function itself gave both the last one)."""

    def report() -> dict[str, str]:
        return {"report": "ran"}

    # `users:admin` is the admin's alone and `company_form:submit` a company's alone (`hub.access`).
    app.add_url_rule("/admin-report", "admin_report", requires("users:admin")(report))
    app.add_url_rule("/company-report", "company_report", requires("company_form:submit")(report))
    answers: dict[tuple[str, str], int] = {}
    for username in ("admin", "falck"):
        add_user(app, username)
        browser = app.test_client()
        sign_in(browser, username)
        for path in ("/admin-report", "/company-report"):
            answers[(username, path)] = browser.get(path).status_code
    assert answers == {
        ("admin", "/admin-report"): 200,
        ("admin", "/company-report"): 403,
        ("falck", "/admin-report"): 403,
        ("falck", "/company-report"): 200,
    }
