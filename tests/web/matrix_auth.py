"""Matrix entries for signing in by single sign-on, API tokens and the admin's users page.

DESIGN.md: staff (lead, partner) and the admin manage API tokens for their systems; only the admin
manages users; single sign-on is open to everyone. Each user sees only its own tokens, so a token id of
no one's is "not found" for every role that may open the page at all; `tests/auth/test_tokens_page.py`
shows a real token of another user is not found either. An API token opens none of these pages: managing
tokens and users is a person's work, in a browser (`test_a_token_opens_no_page`).
"""

from __future__ import annotations

from matrix import entry

TOKEN_MANAGERS = "lead municipality admin"
NO_ONES_TOKEN = 987654

ENTRIES = [
    entry("tokens.index", lambda t: "/tokens", TOKEN_MANAGERS, page=True, other=200),
    entry(
        "tokens.create",
        lambda t: "/tokens",
        TOKEN_MANAGERS,
        method="POST",
        page=True,
        ok=201,
        other=201,
        send=lambda t: {"data": {"name": "matrix"}},
    ),
    entry(
        "tokens.revoke",
        lambda t: f"/tokens/{NO_ONES_TOKEN}/revoke",
        TOKEN_MANAGERS,
        method="POST",
        page=True,
        ok=404,
    ),
    entry("admin_users.index", lambda t: "/admin/users", "admin", page=True, everywhere=frozenset({"admin"})),
    entry(
        "admin_users.create",
        lambda t: "/admin/users",
        "admin",
        method="POST",
        page=True,
        # A company user without its CVR: refused with the reason, nothing stored (the matrix runs twice).
        ok=422,
        everywhere=frozenset({"admin"}),
        send=lambda t: {"data": {"username": "matrix-user", "role": "company"}},
    ),
    entry(
        "admin_users.deactivate",
        lambda t: "/admin/users/nobody-at-all/deactivate",
        "admin",
        method="POST",
        page=True,
        ok=404,
        everywhere=frozenset({"admin"}),
    ),
    entry(
        "admin_users.activate",
        lambda t: "/admin/users/nobody-at-all/activate",
        "admin",
        method="POST",
        page=True,
        ok=404,
        everywhere=frozenset({"admin"}),
    ),
    # Single sign-on is not configured in the matrix's app: both steps answer "not found" to everyone.
    entry("oidc.start", lambda t: "/login/sso", "", ok=404, page=True),
    entry("oidc.callback", lambda t: "/login/sso/callback", "", ok=404, page=True),
]
