"""A token about to expire, said to its user on their first page and on the tokens page (stop 50).

A token's expiry was only shown, in the tokens page's column, and a case system learnt of it from its
first 401 `token_expired`. The person who has the token renewed sees it where they land after signing in
(every role, since an operator issues tokens for a company's or auditor's system too) and where tokens
are made; the API's answers to the token say it too (`hub.web.headers`).
"""

from __future__ import annotations

from flask import Flask, request

from hub.extensions import db
from hub.models import ApiToken
from hub.services import api_tokens
from hub.web import pages
from hub.web.guard import current

TOKENS_PAGE = "tokens.index"


def expiring_tokens() -> list[ApiToken]:
    """The signed-in user's live tokens that expire within `token_expiry.WARN_DAYS`, on their first page
    and the tokens page only (elsewhere the notice would be said on every click); else none."""
    who = current()
    if who is None or request.endpoint not in (pages.HOME.get(who.role), TOKENS_PAGE):
        return []
    return api_tokens.expiring_of(db.session, who.user_id)


def init_app(app: Flask) -> None:
    """Give every page `expiring_tokens()` (`_token_expiry.html`, from `base.html`)."""
    app.add_template_global(expiring_tokens, "expiring_tokens")
