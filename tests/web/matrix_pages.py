"""Matrix entries for the pages every user meets: sign in and out, language, agreements."""

from __future__ import annotations

from matrix import ROLES, entry

EVERYONE = " ".join(ROLES)

ENTRIES = [
    entry("pages.index", lambda t: "/", "", ok=302, page=True),
    entry("pages.login", lambda t: "/login", "", page=True),
    entry("pages.login", lambda t: "/login", "", method="POST", ok=401, page=True),
    entry(
        "pages.logout",
        lambda t: "/logout",
        EVERYONE,
        method="POST",
        ok=302,
        other=302,
        page=True,
        ends_session=True,
    ),
    entry("pages.language", lambda t: "/language", "", method="POST", ok=302, page=True),
    entry("pages.accessibility", lambda t: "/was", "", page=True),  # the statement: open to anyone
    # Staying signed in (the page's script asks for JSON; the matrix posts the form: back to a page).
    entry(
        "session_clock.extend",
        lambda t: "/session/extend",
        EVERYONE,
        method="POST",
        ok=302,
        other=302,
        page=True,
    ),
    entry("health.live", lambda t: "/healthz", ""),
    entry("health.ready", lambda t: "/readyz", ""),
    entry(
        "agreements.index", lambda t: "/agreements", EVERYONE, page=True, other=200
    ),  # a list: no party in its URL
    entry("agreements_api.list_agreements", lambda t: "/api/agreements", EVERYONE, other=200),
    entry(
        "agreements_api.get_agreement",
        lambda t: f"/api/agreements/{t.agreement}",
        EVERYONE,
        everywhere=frozenset({"admin"}),
        level="agreement",
    ),
]
